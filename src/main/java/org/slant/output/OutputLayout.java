package org.slant.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The {@code --output} folder and its staging area. Every table is first written under
 * {@code _staging/RUN_ID/}, on the same file system, and only moved into place by renames once the
 * whole run has succeeded, so a failed or killed run leaves the previous output as it was.
 * Partitioned tables are committed partition by partition: a run replaces only the dates it covers.
 * The commit is journalled, so a run that dies while committing is completed by the next one. Only
 * one run at a time uses a layout: it holds the folder's {@link OutputLock}.
 */
public final class OutputLayout {
    /** The zero-row file that keeps a table without any partition readable. */
    public static final String EMPTY_TABLE = "empty.parquet";
    static final String JOURNAL_END = "END";
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

    /**
     * Opens the output folder for run {@code runId} (creating it if needed) and settles what earlier
     * runs left under {@code _staging}; see {@link #prepare(FileSystem, Path, String)}. The caller holds
     * the folder's {@link OutputLock}, or is a test.
     */
    public static OutputLayout prepare(String output, Configuration conf, String runId) throws IOException {
        Path root = new Path(output);
        FileSystem fs = root.getFileSystem(conf);
        if (fs.exists(root) && !fs.getFileStatus(root).isDirectory()) {
            throw new IllegalArgumentException("--output " + output + " is a file, not a folder");
        }
        if (!fs.mkdirs(root)) {
            throw new IOException("--output " + output + ": the folder cannot be created");
        }
        return prepare(fs, fs.makeQualified(root), runId);
    }

    /**
     * Completes the commit of a run that died while committing (its journal is whole), removes the
     * staging of a run that died while writing its journal (it never started moving), and clears
     * journal-less staging left by runs that died over a day ago. Must be called under the folder's lock.
     */
    public static OutputLayout prepare(FileSystem fs, Path root, String runId) throws IOException {
        Path stagingParent = new Path(root, "_staging");
        if (fs.exists(stagingParent)) {
            long now = System.currentTimeMillis();
            for (FileStatus old : fs.listStatus(stagingParent)) {
                String name = old.getPath().getName();
                if (!old.isDirectory() || name.startsWith("_") || name.startsWith(".")) {
                    continue; // the lock, checksum files
                }
                OutputLayout earlier = new OutputLayout(fs, root, name);
                if (fs.exists(earlier.journal())) {
                    Optional<Journal> journal = earlier.readJournal();
                    if (journal.isPresent()) {
                        // A run died while committing: its staged tables are complete, so finish its commit.
                        earlier.rollForward(journal.get());
                        earlier.cleanUp();
                    } else {
                        // Its journal was never completed, so it never moved anything: the output is as before.
                        System.err.println("slant: removing the staging of run " + name
                                + ", which died before its commit started (incomplete journal)");
                        fs.delete(old.getPath(), true);
                    }
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
     * output converges to this run's result; every partition is whole at every moment. The journal is
     * written to a temporary file and renamed, and ends with {@value #JOURNAL_END}: a journal that is
     * missing, empty or cut short means the commit never started.
     *
     * @param partitioned     date-partitioned tables whose staged partitions replace committed ones
     * @param windowFrom      with {@code windowTo}, the covered dates: committed partitions in this range
     *                        that the run did not produce are removed (null: only replace what was staged)
     * @param whole           tables and files replaced as a whole (rejects, csv/..., manifest.json)
     */
    public void commit(List<String> partitioned, LocalDate windowFrom, LocalDate windowTo, List<String> whole) throws IOException {
        boolean window = windowFrom != null && windowTo != null;
        Journal journal = new Journal(partitioned, window ? windowFrom : null, window ? windowTo : null, whole);
        Path temporary = new Path(staging, "_COMMIT.tmp");
        try (OutputStream out = fs.create(temporary, true)) {
            out.write(journal.format().getBytes(StandardCharsets.UTF_8));
        }
        rename(temporary, journal());
        rollForward(journal);
    }

    private Path journal() {
        return new Path(staging, "_COMMIT");
    }

    /** What a commit moves: written before the first move, replayed by the next run if this one dies. */
    record Journal(List<String> partitioned, LocalDate from, LocalDate to, List<String> whole) {
        String format() {
            StringBuilder out = new StringBuilder();
            for (String t : partitioned) {
                out.append("P\t").append(t).append('\n');
            }
            if (from != null) {
                out.append("R\t").append(from).append('\t').append(to).append('\n');
            }
            for (String w : whole) {
                out.append("W\t").append(w).append('\n');
            }
            return out.append(JOURNAL_END).append('\n').toString();
        }

        /** Empty unless the text is a whole journal. */
        static Optional<Journal> parse(String text) {
            List<String> partitioned = new ArrayList<>();
            List<String> whole = new ArrayList<>();
            LocalDate from = null;
            LocalDate to = null;
            boolean ended = false;
            for (String line : text.split("\n")) {
                String[] f = line.split("\t");
                if (ended) {
                    return Optional.empty();
                }
                try {
                    switch (f[0]) {
                        case "P" -> partitioned.add(f[1]);
                        case "R" -> {
                            from = LocalDate.parse(f[1]);
                            to = LocalDate.parse(f[2]);
                        }
                        case "W" -> whole.add(f[1]);
                        case JOURNAL_END -> ended = true;
                        default -> {
                            return Optional.empty();
                        }
                    }
                } catch (ArrayIndexOutOfBoundsException | DateTimeParseException e) {
                    return Optional.empty();
                }
            }
            return ended ? Optional.of(new Journal(partitioned, from, to, whole)) : Optional.empty();
        }
    }

    private Optional<Journal> readJournal() throws IOException {
        try (var in = fs.open(journal())) {
            return Journal.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** Idempotent: performs whatever moves of the journal are not done yet. */
    private void rollForward(Journal journal) throws IOException {
        for (String w : journal.whole()) {
            if (fs.exists(new Path(staging, w))) {
                commitWhole(w);
            }
        }
        for (String table : journal.partitioned()) {
            if (journal.from() != null) {
                removeUncovered(table, journal.from(), journal.to());
            }
            commitPartitions(table);
            settleEmptyTable(table);
        }
    }

    /** Moves aside committed partitions inside [from, to] for which this run staged nothing. */
    private void removeUncovered(String table, LocalDate from, LocalDate to) throws IOException {
        Path committed = new Path(root, table);
        if (!fs.exists(committed)) {
            return;
        }
        for (FileStatus part : fs.listStatus(committed)) {
            String name = part.getPath().getName();
            LocalDate date = partitionDate(part);
            // Dates compare as dates: as text, "+10000-01-01" sorts before "2024-10-09".
            if (date != null && !date.isBefore(from) && !date.isAfter(to) && !fs.exists(new Path(staging, table + "/" + name))) {
                moveAside(part.getPath(), table + "/" + name);
            }
        }
    }

    /** The date of a {@code date=yyyy-MM-dd} partition folder; null for anything else. */
    private static LocalDate partitionDate(FileStatus part) {
        String name = part.getPath().getName();
        if (!part.isDirectory() || !name.startsWith("date=")) {
            return null;
        }
        try {
            return LocalDate.parse(name.substring("date=".length()));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Spark cannot read a partitioned table without a partition, so a table left with none holds one
     * zero-row file with its schema ({@value #EMPTY_TABLE}, staged by a run that produced no rows for it);
     * a table with partitions holds none (other readers reject a file beside the partition folders).
     */
    private void settleEmptyTable(String table) throws IOException {
        Path committed = new Path(root, table);
        Path marker = new Path(committed, EMPTY_TABLE);
        boolean partitions = false;
        for (FileStatus part : fs.listStatus(committed)) {
            partitions |= part.isDirectory() && part.getPath().getName().startsWith("date=");
        }
        Path staged = new Path(staging, table + "/" + EMPTY_TABLE);
        if (partitions) {
            if (fs.exists(marker)) {
                moveAside(marker, table + "/" + EMPTY_TABLE);
            }
        } else if (fs.exists(staged)) {
            if (fs.exists(marker)) {
                moveAside(marker, table + "/" + EMPTY_TABLE);
            }
            rename(staged, marker);
        }
    }

    private void moveAside(Path committed, String name) throws IOException {
        Path aside = new Path(replaced, name);
        fs.mkdirs(aside.getParent());
        rename(committed, aside);
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
                moveAside(target, table + "/" + name);
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
            moveAside(to, name);
        }
        fs.mkdirs(to.getParent());
        rename(from, to);
    }

    /** Moves the single data file Spark wrote into a staged folder to the staged name {@code target}. */
    public void stageSingleFile(String stagedFolder, String target, String suffix) throws IOException {
        Path folder = new Path(staging, stagedFolder);
        Path file = partFile(folder, suffix);
        Path staged = new Path(staging, target);
        fs.mkdirs(staged.getParent());
        rename(file, staged);
        fs.delete(folder, true);
    }

    /**
     * Copies the one {@code part-*suffix} file Spark wrote under {@code stagedFolder} into
     * {@code table/date=D/} for each date, then removes the folder: file-system copies of a schema-only
     * file, so empty partitions cost no Spark job however many dates there are.
     */
    public void stageCopies(String stagedFolder, String table, List<String> dates, String suffix) throws IOException {
        Path folder = new Path(staging, stagedFolder);
        Path file = partFile(folder, suffix);
        for (String date : dates) {
            Path target = new Path(new Path(staging, table), "date=" + date + "/" + file.getName());
            if (!org.apache.hadoop.fs.FileUtil.copy(fs, file, fs, target, false, fs.getConf())) {
                throw new IOException("could not copy " + file + " to " + target);
            }
        }
        fs.delete(folder, true);
    }

    /** The single {@code part-*suffix} data file Spark wrote into {@code folder}. */
    private Path partFile(Path folder, String suffix) throws IOException {
        Path file = null;
        for (FileStatus s : fs.listStatus(folder)) {
            if (s.isFile() && s.getPath().getName().startsWith("part-") && s.getPath().getName().endsWith(suffix)) {
                file = s.getPath();
            }
        }
        if (file == null) {
            throw new IOException("no " + suffix + " file was written under " + folder);
        }
        return file;
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
