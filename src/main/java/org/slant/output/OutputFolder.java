package org.slant.output;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.GlobPattern;
import org.apache.hadoop.fs.Path;
import org.slant.failure.UsageException;

/**
 * Checks an {@code --output} folder before anything is written or Spark starts, and creates it:
 * refuses the root of a file system, a file, a folder that is or lies inside an {@code --input}
 * (the next run would read the tables as articles), and a non-empty folder that is not a slant output
 * (to keep tables out of someone's home folder). Paths are compared qualified and normalised, local
 * ones with symbolic links resolved.
 *
 * @param created whether this check created the folder (so a run that fails early can remove it again)
 */
public record OutputFolder(FileSystem fs, Path root, boolean created) {
    /** What a folder may hold before slant first writes into it: what {@code jobs/nightly.sh} creates first. */
    private static final Set<String> BEFORE_FIRST_RUN = Set.of("logs", ".nightly.lock");
    /** Any of these marks a slant output. */
    private static final Set<String> SLANT_MARKS = Set.of("manifest.json", "_staging");

    /** Checks {@code output} against the rules above and creates it if missing. */
    public static OutputFolder check(String output, List<String> inputs, Configuration conf) {
        Path given = new Path(output);
        FileSystem fs;
        try {
            fs = given.getFileSystem(conf);
        } catch (IOException e) {
            throw new UsageException("--output " + output + ": " + e.getMessage(), e);
        }
        Path root = fs.makeQualified(given);
        Path real = resolved(root);
        if (real.isRoot()) {
            throw new UsageException("--output " + output + " is the root of its file system; choose a folder for slant's tables");
        }
        for (String input : inputs) {
            if (inside(real, input, conf)) {
                throw new UsageException("--output " + output + " is " + (isGlob(input) ? "matched by" : "inside")
                        + " --input " + input + ": a later run would read the tables as articles; choose an output outside the inputs");
            }
        }
        try {
            FileStatus status = statusOrNull(fs, root);
            if (status == null) {
                if (!fs.mkdirs(root) || !fs.getFileStatus(root).isDirectory()) {
                    throw new UsageException("--output " + output + ": the folder cannot be created");
                }
                return new OutputFolder(fs, root, true);
            }
            if (!status.isDirectory()) {
                throw new UsageException("--output " + output + " is a file, not a folder");
            }
            List<String> names = new ArrayList<>();
            for (FileStatus s : fs.listStatus(root)) {
                names.add(s.getPath().getName());
            }
            if (names.stream().noneMatch(SLANT_MARKS::contains) && !BEFORE_FIRST_RUN.containsAll(names)) {
                throw new UsageException("--output " + output + " is not empty and not a slant output (it has no manifest.json); "
                        + "choose a new or empty folder");
            }
            return new OutputFolder(fs, root, false);
        } catch (IOException e) {
            throw new UsageException("--output " + output + ": the folder cannot be created or read: " + e.getMessage(), e);
        }
    }

    /** Removes the folder again if this check created it and nothing has been put in it since. */
    public void removeIfUnused() {
        try {
            if (created && fs.exists(root) && fs.listStatus(root).length == 0) {
                fs.delete(root, false);
            }
        } catch (IOException ignored) {
            // An empty folder left behind is harmless.
        }
    }

    private static FileStatus statusOrNull(FileSystem fs, Path p) throws IOException {
        try {
            return fs.getFileStatus(p);
        } catch (FileNotFoundException e) {
            return null;
        }
    }

    /** Whether {@code output} is an input folder, lies inside one, or is matched by an input glob. */
    private static boolean inside(Path output, String input, Configuration conf) {
        Path in;
        try {
            Path given = new Path(input);
            in = given.getFileSystem(conf).makeQualified(given);
        } catch (IOException | IllegalArgumentException e) {
            return false; // an input slant cannot even name is reported when inputs are listed
        }
        if (!sameFileSystem(output, in)) {
            return false;
        }
        List<String> outParts = parts(output);
        if (isGlob(input)) {
            List<String> globParts = parts(in);
            if (outParts.size() < globParts.size()) {
                return false;
            }
            for (int i = 0; i < globParts.size(); i++) {
                if (!new GlobPattern(globParts.get(i)).matches(outParts.get(i))) {
                    return false;
                }
            }
            return true;
        }
        List<String> inParts = parts(resolved(in));
        return outParts.size() >= inParts.size() && outParts.subList(0, inParts.size()).equals(inParts);
    }

    private static boolean isGlob(String path) {
        return path.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

    private static boolean sameFileSystem(Path a, Path b) {
        return String.valueOf(a.toUri().getScheme()).equalsIgnoreCase(String.valueOf(b.toUri().getScheme()))
                && String.valueOf(a.toUri().getAuthority()).equalsIgnoreCase(String.valueOf(b.toUri().getAuthority()));
    }

    private static List<String> parts(Path p) {
        List<String> out = new ArrayList<>();
        for (String s : p.toUri().getPath().split("/")) {
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * A local path with symbolic links resolved as far as it exists (the rest appended as given), so a
     * link cannot hide that two paths are one folder; other file systems have no links to resolve.
     */
    static Path resolved(Path qualified) {
        if (!"file".equals(qualified.toUri().getScheme())) {
            return qualified;
        }
        java.nio.file.Path p = java.nio.file.Path.of(qualified.toUri()).normalize();
        java.nio.file.Path existing = p;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return qualified;
        }
        try {
            java.nio.file.Path real = existing.toRealPath().resolve(existing.relativize(p));
            return new Path(real.toUri());
        } catch (IOException e) {
            return qualified;
        }
    }
}
