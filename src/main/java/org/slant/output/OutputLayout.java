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
 * Partitioned tables are committed partition by partition: a run replaces only the dates it covers.
 * The commit is journalled, so a run that dies while committing is completed by the next one.
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
                OutputLayout earlier = new OutputLayout(fs, root, old.getPath().getName());
                if (fs.exists(earlier.journal())) {
                    // A run died while committing: its staged tables are complete, so finish its commit.
                    earlier.rollForward();
                    earlier.cleanUp();
                } else if (now - old.getModificationTime() > STALE_STAGING_MILLIS) {
                    fs.delete(old.getPath(), true);
                }
            }
        }
        return new OutputLayout(fs, root, runId);
    }

    /** The dates ({@code yyyy-MM-dd}) of a staged, date-partitioned table. */
    public List<String> stagedDates(String table) throws IOException {
        Path from = new Path(staging, table);
        List<String> dates = new ArrayList<>();
        if (fs.exists(from)) {
            for (FileStatus part : fs.listStatus(from)) {
                String name = part.getPath().getName();
                if (part.isDirectory() && name.startsWith("date=")) {
                    dates.add(name.substring("date=".length()));
                }
            }
        }
        dates.sort(null);
        return dates;
    }

    /**
     * Commits the staged run: writes a journal naming what to move, then moves. If the process dies
     * part-way, the next run (of any window) finds the journal and completes the moves first, so the
     * output converges to this run's result; every partition is whole at every moment.
     *
     * @param partitioned     date-partitioned tables whose staged partitions replace committed ones
     * @param windowFrom      with {@code windowTo}, the covered dates: committed partitions in this range
     *                        that the run did not produce are removed (null: only replace what was staged)
     * @param whole           tables and files replaced as a whole (rejects, csv/..., manifest.json)
     */
    public void commit(List<String> partitioned, String windowFrom, String windowTo, List<String> whole) throws IOException {
        StringBuilder journal = new StringBuilder();
        for (String t : partitioned) {
            journal.append("P\t").append(t).append('\n');
        }
        if (windowFrom != null && windowTo != null) {
            journal.append("R\t").append(windowFrom).append('\t').append(windowTo).append('\n');
        }
        for (String w : whole) {
            journal.append("W\t").append(w).append('\n');
        }
        try (OutputStream out = fs.create(journal(), true)) {
            out.write(journal.toString().getBytes(StandardCharsets.UTF_8));
        }
        rollForward();
    }

    private Path journal() {
        return new Path(staging, "_COMMIT");
    }

    /** Idempotent: performs whatever moves of the journal are not done yet. */
    private void rollForward() throws IOException {
        String text;
        try (var in = fs.open(journal())) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> partitioned = new ArrayList<>();
        String from = null;
        String to = null;
        for (String line : text.split("\n")) {
            String[] f = line.split("\t");
            switch (f[0]) {
                case "P" -> partitioned.add(f[1]);
                case "R" -> {
                    from = f[1];
                    to = f[2];
                }
                case "W" -> {
                    if (fs.exists(new Path(staging, f[1]))) {
                        commitWhole(f[1]);
                    }
                }
                default -> throw new IOException("unreadable commit journal " + journal());
            }
        }
        for (String table : partitioned) {
            if (from != null) {
                removeUncovered(table, from, to);
            }
            commitPartitions(table);
        }
    }

    /** Moves aside committed partitions inside [from, to] for which this run staged nothing. */
    private void removeUncovered(String table, String from, String to) throws IOException {
        Path committed = new Path(root, table);
        if (!fs.exists(committed)) {
            return;
        }
        for (FileStatus part : fs.listStatus(committed)) {
            String name = part.getPath().getName();
            if (!name.startsWith("date=")) {
                continue;
            }
            String date = name.substring("date=".length());
            if (date.compareTo(from) >= 0 && date.compareTo(to) <= 0 && !fs.exists(new Path(staging, table + "/" + name))) {
                Path aside = new Path(replaced, table + "/" + name);
                fs.mkdirs(aside.getParent());
                rename(part.getPath(), aside);
            }
        }
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
    List<String> commitPartitions(String table) throws IOException {
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
    void commitWhole(String name) throws IOException {
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

    /** Moves the single data file Spark wrote into a staged folder to the staged name {@code target}. */
    public void stageSingleFile(String stagedFolder, String target, String suffix) throws IOException {
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
        fs.delete(folder, true);
    }

    /** Writes a small text file (the manifest) into staging. */
    public void stageText(String name, String content) throws IOException {
        try (OutputStream out = fs.create(new Path(staging, name), true)) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
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
