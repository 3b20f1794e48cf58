package org.slant.ingest;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.RemoteIterator;
import org.slant.failure.InputException;
import org.slant.failure.UsageException;
import org.slant.config.InputFormat;

/**
 * Expands {@code --input} paths, folders and globs (any Hadoop file system) into the list of files to
 * read. Only names are listed here, with a Hadoop {@link Configuration} and no Spark session, so it can
 * run before Spark starts; contents are read by the executors.
 *
 * <p>On the local file system folders are walked here rather than by Hadoop, which follows symbolic
 * links blindly: each real file is listed once (under a path without links when there is one), a
 * linked folder already seen is not entered again (so a link loop ends), a dangling link becomes a
 * reject, and only regular files are read: a FIFO, device or socket would block or never end, so it is
 * skipped with a warning and named in the manifest.
 */
public final class InputFiles {
    /**
     * What to read and what was left out: files for the line readers, Parquet files, names skipped as not
     * articles, non-regular files skipped, rejects found while listing (dangling links, unreadable
     * folders), and the total size of the files to read.
     */
    public record Listing(List<InputFile> files, List<String> skipped, List<String> skippedNotRegular,
                          List<Reject> rejects, long bytes) {
        public Listing {
            files = List.copyOf(files);
            skipped = List.copyOf(skipped);
            skippedNotRegular = List.copyOf(skippedNotRegular);
            rejects = List.copyOf(rejects);
        }

        public int fileCount() {
            return files.size();
        }

        /** The files read by line readers (CSV, TSV, JSON Lines, text), in reading order. */
        public List<String> lineFiles() {
            return files.stream().filter(f -> f.format() != InputFormat.PARQUET).map(InputFile::path).toList();
        }

        /** The Parquet files, in reading order. */
        public List<String> parquetFiles() {
            return files.stream().filter(f -> f.format() == InputFormat.PARQUET).map(InputFile::path).toList();
        }

        /** The names of the files to read, in reading order. */
        public List<String> paths() {
            return files.stream().map(InputFile::path).toList();
        }

        /** Lines for stderr about inputs left out that the summary does not count. */
        public List<String> warnings() {
            List<String> lines = new ArrayList<>();
            skipped.forEach(f -> lines.add("slant: skipped (not an article file): " + f));
            skippedNotRegular.forEach(f -> lines.add("slant: skipped (not a regular file): " + f));
            return lines;
        }
    }

    private InputFiles() {
    }

    /**
     * @throws UsageException for an empty or malformed {@code --input}
     * @throws InputException when an input does not exist, cannot be listed, or holds no article file
     */
    /**
     * The checks that need no Hadoop file system, done first so the commonest mistakes (a blank or
     * mistyped local path) are reported in well under a second: Hadoop's configuration and file system
     * take about a second to start. Globs and URIs with a scheme other than {@code file:} are left to
     * {@link #list}.
     */
    public static void checkLocal(List<String> inputs) {
        for (String input : inputs) {
            if (input == null || input.isBlank()) {
                throw new UsageException("--input: empty path");
            }
            java.util.Optional<java.nio.file.Path> local = localPath(input);
            if (local.isPresent() && !Files.exists(local.get(), LinkOption.NOFOLLOW_LINKS)) {
                throw new InputException("--input " + input + ": no such file or folder");
            }
        }
    }

    /** A plain local path (no scheme, or {@code file:}) without glob characters, as a java.nio path. */
    public static java.util.Optional<java.nio.file.Path> localPath(String name) {
        if (name.chars().anyMatch(ch -> "*?[]{}\\".indexOf(ch) >= 0)) {
            return java.util.Optional.empty();
        }
        try {
            if (name.startsWith("file:")) {
                return java.util.Optional.of(java.nio.file.Path.of(java.net.URI.create(name)));
            }
            if (name.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(java.nio.file.Path.of(name));
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return java.util.Optional.empty();
        }
    }

    public static Listing list(List<String> inputs, InputFormat format, Configuration conf) {
        checkLocal(inputs);
        Collector found = new Collector(format);
        for (String input : inputs) {
            Path path;
            try {
                path = new Path(input);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--input " + input + ": not a valid path or URI: " + e.getMessage(), e);
            }
            try {
                FileSystem fs = path.getFileSystem(conf);
                FileStatus[] matches = fs.globStatus(path);
                if (matches == null || matches.length == 0) {
                    throw new InputException("--input " + input + ": no such file or folder");
                }
                boolean local = fs instanceof LocalFileSystem || fs instanceof RawLocalFileSystem;
                for (FileStatus match : matches) {
                    if (local) {
                        found.local(java.nio.file.Path.of(match.getPath().toUri().getPath()));
                    } else if (match.isDirectory()) {
                        RemoteIterator<LocatedFileStatus> it = fs.listFiles(match.getPath(), true);
                        while (it.hasNext()) {
                            LocatedFileStatus f = it.next();
                            if (!hiddenBelow(match.getPath(), f.getPath())) {
                                found.add(f.getPath().toString(), f.getLen(), false);
                            }
                        }
                    } else {
                        found.add(match.getPath().toString(), match.getLen(), true);
                    }
                }
            } catch (FileNotFoundException | NoSuchFileException e) {
                throw new InputException("--input " + input + ": no such file or folder", e);
            } catch (IOException e) {
                throw new InputException("--input " + input + ": cannot be read: " + describe(e), e);
            }
        }
        try {
            found.walkLinkedFolders();
        } catch (IOException e) {
            throw new InputException("--input " + String.join(" ", inputs) + ": cannot be read: " + describe(e), e);
        }
        return found.listing(inputs);
    }

    /** Files found so far, each real local file once. */
    private static final class Collector {
        private final InputFormat format;
        private final TreeMap<String, InputFormat> files = new TreeMap<>();
        private final Map<String, Long> lengths = new HashMap<>();
        private final List<String> skipped = new ArrayList<>();
        private final List<String> notRegular = new ArrayList<>();
        private final List<Reject> rejects = new ArrayList<>();
        /** Real path of each local file listed → the name it is listed under, and whether that is a link. */
        private final Map<java.nio.file.Path, Listed> byRealPath = new HashMap<>();
        private final Set<java.nio.file.Path> visitedFolders = new HashSet<>();
        /** Linked folders met in a walk, entered only after every real folder, so real paths win. */
        private final Deque<java.nio.file.Path> linkedFolders = new ArrayDeque<>();
        private long bytes;

        private record Listed(String name, boolean viaLink) {
        }

        Collector(InputFormat format) {
            this.format = format;
        }

        /** A local path an input named or matched (a link is followed: the user asked for it). */
        void local(java.nio.file.Path p) throws IOException {
            if (Files.isDirectory(p)) {
                walk(p, true);
            } else if (Files.isRegularFile(p)) {
                addLocalFile(p, true);
            } else if (Files.isSymbolicLink(p) && !Files.exists(p)) {
                unresolvableLink(p);
            } else {
                notRegular(p);
            }
        }

        void walkLinkedFolders() throws IOException {
            while (!linkedFolders.isEmpty()) {
                walk(linkedFolders.poll(), false);
            }
        }

        private void walk(java.nio.file.Path folder, boolean named) throws IOException {
            if (!visitedFolders.add(folder.toRealPath())) {
                return;
            }
            List<java.nio.file.Path> entries = new ArrayList<>();
            try (DirectoryStream<java.nio.file.Path> list = Files.newDirectoryStream(folder)) {
                list.forEach(entries::add);
            } catch (IOException e) {
                if (named) {
                    throw e;
                }
                // One unreadable subfolder must not hide the rest of the corpus.
                rejects.add(Reject.of(name(folder), "folder", "unreadable folder: " + reason(e), ""));
                return;
            }
            entries.sort(null);
            for (java.nio.file.Path entry : entries) {
                String n = entry.getFileName().toString();
                // Hidden and underscore names are metadata (.DS_Store, _SUCCESS, _temporary), as for Spark.
                if (n.startsWith(".") || n.startsWith("_")) {
                    continue;
                }
                try {
                    entry(entry);
                } catch (IOException e) {
                    // Gone or unreadable since the folder was listed: say so, and list the rest.
                    rejects.add(Reject.of(name(entry), "file", "unreadable: " + reason(e), ""));
                }
            }
        }

        private void entry(java.nio.file.Path entry) throws IOException {
            BasicFileAttributes own = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (own.isDirectory()) {
                walk(entry, false);
            } else if (own.isSymbolicLink() && !Files.exists(entry)) {
                unresolvableLink(entry);
            } else if (own.isSymbolicLink() && Files.isDirectory(entry)) {
                linkedFolders.add(entry);
            } else if (Files.isRegularFile(entry)) {
                addLocalFile(entry, false);
            } else {
                notRegular(entry);
            }
        }

        private void addLocalFile(java.nio.file.Path file, boolean named) throws IOException {
            String name = name(file);
            InputFormat chosen = choose(file.getFileName().toString(), named);
            if (chosen == InputFormat.AUTO) {
                skipped.add(name);
                return;
            }
            java.nio.file.Path real = file.toRealPath();
            boolean viaLink = !real.equals(file.toAbsolutePath().normalize());
            Listed before = byRealPath.get(real);
            if (before == null) {
                byRealPath.put(real, new Listed(name, viaLink));
                files.put(name, chosen);
                lengths.put(name, Files.size(real));
                bytes += Files.size(real);
            } else if (before.viaLink() && !viaLink) {
                files.remove(before.name());
                files.put(name, chosen);
                lengths.put(name, lengths.remove(before.name()));
                byRealPath.put(real, new Listed(name, false));
            }
        }

        /** A file found by a non-local listing; {@code named} when the input named it rather than its folder. */
        void add(String name, long length, boolean named) {
            InputFormat chosen = choose(new Path(name).getName(), named);
            if (chosen == InputFormat.AUTO) {
                skipped.add(name);
            } else if (files.put(name, chosen) == null) {
                lengths.put(name, length);
                bytes += length;
            }
        }

        private InputFormat choose(String fileName, boolean named) {
            InputFormat detected = Readers.detect(fileName);
            if (format == InputFormat.AUTO) {
                return detected;
            }
            // A forced format applies to files named on the command line and to unrecognised names in
            // folders, but never turns a README or script found in a folder into articles.
            return named || (detected == InputFormat.AUTO && !looksLikeDocs(fileName)) || detected == format
                    ? format : InputFormat.AUTO;
        }

        private void unresolvableLink(java.nio.file.Path link) {
            String target;
            try {
                target = Files.readSymbolicLink(link).toString();
            } catch (IOException e) {
                target = "?";
            }
            String why;
            try {
                link.toRealPath();
                why = "symbolic link cannot be followed: " + target;
            } catch (NoSuchFileException e) {
                why = "dangling symbolic link (target missing): " + target;
            } catch (FileSystemException e) {
                why = "symbolic link cannot be followed (" + reason(e) + "): " + target;
            } catch (IOException e) {
                why = "symbolic link cannot be followed (" + e.getMessage() + "): " + target;
            }
            rejects.add(Reject.of(name(link), "file", why, ""));
        }

        private void notRegular(java.nio.file.Path p) {
            notRegular.add(name(p) + " (" + kind(p) + ")");
        }

        Listing listing(List<String> inputs) {
            // Line files first, then Parquet, each in name order: the order tasks are cut from.
            List<InputFile> listed = new ArrayList<>();
            files.forEach((name, f) -> {
                if (f != InputFormat.PARQUET) {
                    listed.add(new InputFile(name, f, lengths.get(name)));
                }
            });
            files.forEach((name, f) -> {
                if (f == InputFormat.PARQUET) {
                    listed.add(new InputFile(name, f, lengths.get(name)));
                }
            });
            if (listed.isEmpty()) {
                List<String> left = new ArrayList<>();
                if (!skipped.isEmpty()) {
                    left.add("skipped as not articles: " + skipped.size());
                }
                if (!notRegular.isEmpty()) {
                    left.add("not regular files: " + String.join(", ", notRegular));
                }
                if (!rejects.isEmpty()) {
                    left.add(rejects.get(0).source() + ": " + rejects.get(0).reason()
                            + (rejects.size() > 1 ? " and " + (rejects.size() - 1) + " more" : ""));
                }
                throw new InputException("--input " + String.join(" ", inputs) + ": no article files found"
                        + (left.isEmpty() ? "" : " (" + String.join("; ", left) + ")"));
            }
            return new Listing(listed, skipped, notRegular, rejects, bytes);
        }
    }

    /** A local path as the Hadoop name the readers open ({@code file:/...}), without resolving links. */
    private static String name(java.nio.file.Path p) {
        return new Path(p.toAbsolutePath().normalize().toUri()).toString();
    }

    /** What kind of non-regular file {@code p} is, for the warning. */
    private static String kind(java.nio.file.Path p) {
        try {
            int type = (Integer) Files.getAttribute(p, "unix:mode") & 0170000;
            return switch (type) {
                case 0010000 -> "FIFO";
                case 0020000 -> "character device";
                case 0060000 -> "block device";
                case 0140000 -> "socket";
                default -> "special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "special file";
        }
    }

    private static String reason(FileSystemException e) {
        return e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
    }

    private static String reason(IOException e) {
        return e instanceof FileSystemException f ? reason(f) : String.valueOf(e.getMessage());
    }

    /** An I/O failure for a message that does not name the file already. */
    private static String describe(IOException e) {
        if (e instanceof FileSystemException f) {
            return (f.getFile() == null ? "" : f.getFile() + ": ") + reason(f);
        }
        return String.valueOf(e.getMessage());
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
