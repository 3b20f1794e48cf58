package org.slant.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.slant.cli.InputException;
import org.slant.config.InputFormat;
import org.slant.ingest.Readers;

/**
 * Expands {@code --input} paths, folders and globs (any Hadoop file system) into the list of files to
 * read, on the driver. Only names are listed here; contents are read by the executors.
 */
final class InputFiles {
    /** Files to read by line readers, Parquet files, files skipped as not articles, and total bytes. */
    record Listing(List<String> lineFiles, List<String> parquetFiles, List<String> skipped, long bytes) {
        int fileCount() {
            return lineFiles.size() + parquetFiles.size();
        }
    }

    private InputFiles() {
    }

    static Listing list(List<String> inputs, InputFormat format, Configuration conf) {
        TreeMap<String, InputFormat> files = new TreeMap<>();
        List<String> skipped = new ArrayList<>();
        long[] bytes = {0};
        for (String input : inputs) {
            Path path = new Path(input);
            try {
                FileSystem fs = path.getFileSystem(conf);
                FileStatus[] matches = fs.globStatus(path);
                if (matches == null || matches.length == 0) {
                    throw new InputException("--input " + input + ": no such file or folder");
                }
                for (FileStatus match : matches) {
                    if (match.isDirectory()) {
                        RemoteIterator<LocatedFileStatus> it = fs.listFiles(match.getPath(), true);
                        while (it.hasNext()) {
                            LocatedFileStatus f = it.next();
                            if (!hiddenBelow(match.getPath(), f.getPath())) {
                                add(f, format, false, files, skipped, bytes);
                            }
                        }
                    } else {
                        add(match, format, true, files, skipped, bytes);
                    }
                }
            } catch (FileNotFoundException e) {
                throw new InputException("--input " + input + ": no such file or folder", e);
            } catch (IOException e) {
                throw new InputException("--input " + input + ": cannot be read: " + e.getMessage(), e);
            }
        }
        List<String> lineFiles = new ArrayList<>();
        List<String> parquet = new ArrayList<>();
        files.forEach((name, f) -> (f == InputFormat.PARQUET ? parquet : lineFiles).add(name));
        if (lineFiles.isEmpty() && parquet.isEmpty()) {
            throw new InputException("--input " + String.join(" ", inputs) + ": no article files found"
                    + (skipped.isEmpty() ? "" : " (skipped as not articles: " + skipped.size() + ")"));
        }
        return new Listing(lineFiles, parquet, skipped, bytes[0]);
    }

    private static void add(FileStatus f, InputFormat format, boolean named, TreeMap<String, InputFormat> files,
                            List<String> skipped, long[] bytes) {
        String name = f.getPath().getName();
        InputFormat detected = Readers.detect(name);
        InputFormat chosen;
        if (format == InputFormat.AUTO) {
            chosen = detected;
        } else {
            // A forced format applies to files named on the command line and to unrecognised names in
            // folders, but never turns a README or script found in a folder into articles.
            chosen = named || (detected == InputFormat.AUTO && !looksLikeDocs(name)) || detected == format ? format : InputFormat.AUTO;
        }
        if (chosen == InputFormat.AUTO) {
            skipped.add(f.getPath().toString());
            return;
        }
        if (files.put(f.getPath().toString(), chosen) == null) {
            bytes[0] += f.getLen();
        }
    }

    private static boolean looksLikeDocs(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.startsWith("readme") || n.startsWith("license") || n.startsWith("copying") || n.endsWith(".md")
                || n.endsWith(".sh") || n.endsWith(".py") || n.endsWith(".ipynb") || n.endsWith(".yaml") || n.endsWith(".yml");
    }

    /** Hidden or underscore-prefixed (Spark/Hadoop metadata) names anywhere below the listed root. */
    private static boolean hiddenBelow(Path root, Path file) {
        String rel = file.toUri().getPath().substring(root.toUri().getPath().length());
        for (String part : rel.split("/")) {
            if (part.startsWith(".") || part.startsWith("_")) {
                return true;
            }
        }
        return false;
    }
}
