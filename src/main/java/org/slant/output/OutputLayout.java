package org.slant.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The {@code --output} folder and its staging area. Every table is first written under
 * {@code _staging/RUN_ID/}, on the same file system, and only moved into place by renames once the
 * whole run has succeeded, so a failed or killed run leaves the previous output as it was.
 * Partitioned tables are committed partition by partition: a run replaces only the dates it wrote.
 */
public final class OutputLayout {
    private static final long STALE_STAGING_MILLIS = 24L * 3600 * 1000;
    private final FileSystem fs;
    private final Path root;
    private final Path staging;
    private final Path replaced;

    private OutputLayout(FileSystem fs, Path root, String runId) {
        this.fs = fs;
        this.root = root;
        this.staging = new Path(root, "_staging/" + runId);
        this.replaced = new Path(staging, "_replaced");
    }

    /** Checks that the output can be a folder and clears staging left by runs that died over a day ago. */
    public static OutputLayout prepare(String output, Configuration conf, String runId) throws IOException {
        Path root = new Path(output);
        FileSystem fs = root.getFileSystem(conf);
        if (fs.exists(root) && !fs.getFileStatus(root).isDirectory()) {
            throw new IllegalArgumentException("--output " + output + " is a file, not a folder");
        }
        fs.mkdirs(root);
        root = fs.makeQualified(root);
        Path stagingParent = new Path(root, "_staging");
        if (fs.exists(stagingParent)) {
            long now = System.currentTimeMillis();
            for (FileStatus old : fs.listStatus(stagingParent)) {
                if (now - old.getModificationTime() > STALE_STAGING_MILLIS) {
                    fs.delete(old.getPath(), true);
                }
            }
        }
        return new OutputLayout(fs, root, runId);
    }

    public String root() {
        return root.toString();
    }

    public String staged(String table) {
        return new Path(staging, table).toString();
    }

    public String committed(String table) {
        return new Path(root, table).toString();
    }

    public boolean exists(String table) throws IOException {
        return fs.exists(new Path(root, table));
    }

    /** Moves each staged {@code date=...} partition over its committed twin; returns the dates moved. */
    public List<String> commitPartitions(String table) throws IOException {
        Path from = new Path(staging, table);
        Path to = new Path(root, table);
        fs.mkdirs(to);
        List<String> dates = new ArrayList<>();
        if (!fs.exists(from)) {
            return dates;
        }
        for (FileStatus part : fs.listStatus(from)) {
            String name = part.getPath().getName();
            if (!part.isDirectory() || !name.startsWith("date=")) {
                continue;
            }
            Path target = new Path(to, name);
            if (fs.exists(target)) {
                Path aside = new Path(replaced, table + "/" + name);
                fs.mkdirs(aside.getParent());
                rename(target, aside);
            }
            rename(part.getPath(), target);
            dates.add(name.substring("date=".length()));
        }
        return dates;
    }

    /** Replaces a whole committed table (or file) by its staged version. */
    public void commitWhole(String name) throws IOException {
        Path from = new Path(staging, name);
        Path to = new Path(root, name);
        if (fs.exists(to)) {
            Path aside = new Path(replaced, name);
            fs.mkdirs(aside.getParent());
            rename(to, aside);
        }
        fs.mkdirs(to.getParent());
        rename(from, to);
    }

    /** Moves the single data file Spark wrote into a staged folder to {@code target} under the output. */
    public void commitSingleFile(String stagedFolder, String target, String suffix) throws IOException {
        Path folder = new Path(staging, stagedFolder);
        Path file = null;
        for (FileStatus s : fs.listStatus(folder)) {
            if (s.isFile() && s.getPath().getName().startsWith("part-") && s.getPath().getName().endsWith(suffix)) {
                file = s.getPath();
            }
        }
        if (file == null) {
            throw new IOException("no " + suffix + " file was written under " + folder);
        }
        Path staged = new Path(staging, target);
        fs.mkdirs(staged.getParent());
        rename(file, staged);
        commitWhole(target);
    }

    /** Writes a small text file (the manifest) into staging. */
    public void stageText(String name, String content) throws IOException {
        try (OutputStream out = fs.create(new Path(staging, name), true)) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Copies a staged text file to a second committed place (e.g. the run's own manifest). */
    public void copyCommitted(String name, String target) throws IOException {
        Path to = new Path(root, target);
        fs.mkdirs(to.getParent());
        org.apache.hadoop.fs.FileUtil.copy(fs, new Path(root, name), fs, to, false, true, fs.getConf());
    }

    /** Removes this run's staging area: after a commit it holds only what was replaced. */
    public void cleanUp() throws IOException {
        fs.delete(staging, true);
        Path parent = staging.getParent();
        if (fs.exists(parent) && fs.listStatus(parent).length == 0) {
            fs.delete(parent, true);
        }
    }

    private void rename(Path from, Path to) throws IOException {
        if (!fs.rename(from, to)) {
            throw new IOException("could not move " + from + " to " + to);
        }
    }
}
