package org.slant.output;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.util.ShutdownHookManager;
import org.slant.failure.OutputLockedException;

/**
 * Keeps two runs from writing one output folder at once: {@code OUTPUT/_staging/_LOCK}, created
 * exclusively (on HDFS by the NameNode, locally with {@code O_EXCL}) and naming its holder's run id,
 * host, pid and start time. The holder touches it every {@value #REFRESH_SECONDS} s from a daemon
 * thread. A lock that has not been touched for {@value #STALE_MINUTES} minutes, or whose holder
 * process no longer exists on this host, is stale: the next run takes it over with a warning.
 * Released on close and by a shutdown hook; a SIGKILLed holder leaves it behind, stale at once for a
 * run on the same host.
 */
public final class OutputLock implements AutoCloseable {
    public static final String NAME = "_LOCK";
    static final int REFRESH_SECONDS = 30;
    static final int STALE_MINUTES = 10;
    /** Runs before Hadoop closes its cached file systems at shutdown, so the lock can still be deleted. */
    private static final int SHUTDOWN_PRIORITY = FileSystem.SHUTDOWN_HOOK_PRIORITY + 5;

    private final FileSystem fs;
    private final Path path;
    private final Holder self;
    private final PrintStream warnings;
    private final Duration stale;
    private final ScheduledExecutorService refresher;
    private final Runnable hook = this::close;
    private final AtomicBoolean released = new AtomicBoolean();
    private volatile boolean lost;

    /** Who holds a lock: what a blocked run reports, and what tells a stale lock from a live one. */
    public record Holder(String runId, String host, long pid, Instant started) {
        static Holder current(String runId, Instant started) {
            return new Holder(runId, localHost(), ProcessHandle.current().pid(), started);
        }

        String format() {
            return "run_id=" + runId + "\nhost=" + host + "\npid=" + pid + "\nstarted=" + started + "\n";
        }

        /** Empty for a lock still being written or not written by slant. */
        static Optional<Holder> parse(String text) {
            Map<String, String> f = new LinkedHashMap<>();
            for (String line : text.split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    f.put(line.substring(0, eq), line.substring(eq + 1).trim());
                }
            }
            try {
                return Optional.of(new Holder(f.get("run_id"), f.get("host"), Long.parseLong(f.get("pid")),
                        Instant.parse(f.get("started"))));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }

        public String describe() {
            return "run " + runId + " (pid " + pid + " on " + host + ", started " + started + ")";
        }
    }

    /** What a lock file said and when it was last touched, as one run saw it. */
    private record Seen(String text, long modified) {
        Optional<Holder> holder() {
            return Holder.parse(text);
        }

        String describe() {
            return holder().map(Holder::describe).orElse("a run that is still writing the lock");
        }
    }

    private OutputLock(FileSystem fs, Path path, Holder self, PrintStream warnings, Duration stale) {
        this.fs = fs;
        this.path = path;
        this.self = self;
        this.warnings = warnings;
        this.stale = stale;
        this.refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "slant-output-lock");
            t.setDaemon(true);
            return t;
        });
    }

    /** The lock file of an output folder. */
    public static Path file(Path root) {
        return new Path(root, "_staging/" + NAME);
    }

    /**
     * Takes the lock of the output folder {@code root} for run {@code runId}, or throws
     * {@link OutputLockedException} naming the live holder. A stale lock is taken over, with a warning.
     *
     * @throws IOException when the folder cannot be written at all
     */
    public static OutputLock acquire(FileSystem fs, Path root, String runId, Instant started, PrintStream warnings)
            throws IOException {
        return acquire(fs, root, Holder.current(runId, started), warnings, Duration.ofMinutes(STALE_MINUTES));
    }

    static OutputLock acquire(FileSystem fs, Path root, Holder self, PrintStream warnings, Duration stale) throws IOException {
        OutputLock lock = new OutputLock(fs, fs.makeQualified(file(root)), self, warnings, stale);
        lock.take();
        lock.refresher.scheduleWithFixedDelay(lock::refresh, REFRESH_SECONDS, REFRESH_SECONDS, TimeUnit.SECONDS);
        ShutdownHookManager.get().addShutdownHook(lock.hook, SHUTDOWN_PRIORITY);
        return lock;
    }

    private void take() throws IOException {
        for (int attempt = 0; attempt < 5; attempt++) {
            if (createExclusive()) {
                return;
            }
            Seen seen = read();
            if (seen == null) {
                continue; // released in the meantime
            }
            Optional<String> why = staleness(seen);
            if (why.isEmpty()) {
                throw new OutputLockedException("--output " + path.getParent().getParent() + " is locked by "
                        + seen.describe() + "; not starting. Two runs must not write one output at once: wait for it to "
                        + "finish or choose another --output. (The lock " + path + " is taken over once it has not been "
                        + "refreshed for " + STALE_MINUTES + " minutes, or at once if its process has died on this host.)");
            }
            warnings.println("slant: taking over the stale lock of " + seen.describe() + ": " + why.get());
            // Remove only the lock judged stale: if another run replaced it meanwhile, look again.
            if (seen.equals(read())) {
                fs.delete(path, false);
            }
        }
        throw new OutputLockedException("--output " + path.getParent().getParent()
                + ": other runs keep taking its lock " + path + "; not starting");
    }

    /** Creates the lock file holding this run's details, unless it exists. Exclusive on HDFS and locally. */
    private boolean createExclusive() throws IOException {
        byte[] content = self.format().getBytes(StandardCharsets.UTF_8);
        if ("file".equals(fs.getUri().getScheme())) {
            // Hadoop's local create(overwrite=false) checks, then opens: two runs could both pass the check.
            java.nio.file.Path local = java.nio.file.Path.of(path.toUri());
            Files.createDirectories(local.getParent());
            try (OutputStream out = Files.newOutputStream(local, java.nio.file.StandardOpenOption.CREATE_NEW,
                    java.nio.file.StandardOpenOption.WRITE)) {
                out.write(content);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                return false;
            }
            return true;
        }
        try (OutputStream out = fs.create(path, false)) {
            out.write(content);
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (IOException e) {
            if (fs.exists(path)) {
                return false;
            }
            throw e;
        }
        return true;
    }

    private Optional<String> staleness(Seen seen) {
        long idle = System.currentTimeMillis() - seen.modified();
        if (idle > stale.toMillis()) {
            return Optional.of("not refreshed since " + Instant.ofEpochMilli(seen.modified()) + " ("
                    + Duration.ofMillis(idle).toMinutes() + " minutes)");
        }
        Optional<Holder> holder = seen.holder();
        if (holder.isPresent() && holder.get().host().equals(self.host()) && !alive(holder.get())) {
            return Optional.of("its process " + holder.get().pid() + " no longer runs on this host");
        }
        return Optional.empty();
    }

    /** Whether the holder's process still runs (a process with its pid that started after it is another one). */
    private static boolean alive(Holder holder) {
        Optional<ProcessHandle> p = ProcessHandle.of(holder.pid());
        if (p.isEmpty() || !p.get().isAlive()) {
            return false;
        }
        Optional<Instant> start = p.get().info().startInstant();
        return start.isEmpty() || !start.get().isAfter(holder.started());
    }

    /** The lock file as it is now; null when there is none. */
    private Seen read() throws IOException {
        try {
            FileStatus status = fs.getFileStatus(path);
            try (var in = fs.open(path)) {
                return new Seen(new String(in.readAllBytes(), StandardCharsets.UTF_8), status.getModificationTime());
            }
        } catch (FileNotFoundException e) {
            return null;
        }
    }

    private boolean ours(Seen seen) {
        return seen != null && seen.holder().map(self::equals).orElse(false);
    }

    /** Marks the lock as alive; notices when another run has taken it over. */
    void refresh() {
        try {
            Seen seen = read();
            if (!ours(seen)) {
                if (!lost) {
                    lost = true;
                    warnings.println("slant: lost the lock " + path + " to " + (seen == null ? "nobody (deleted)"
                            : seen.describe()) + "; this run will not commit");
                }
                return;
            }
            long now = System.currentTimeMillis();
            fs.setTimes(path, now, -1);
            if (fs.getFileStatus(path).getModificationTime() < now - 1000) {
                // File systems that ignore setTimes (object stores) get the lock rewritten instead.
                try (OutputStream out = fs.create(path, true)) {
                    out.write(self.format().getBytes(StandardCharsets.UTF_8));
                }
            }
        } catch (IOException | RuntimeException e) {
            warnings.println("slant: could not refresh the lock " + path + ": " + e.getMessage());
        }
    }

    /** Throws unless this run still holds the lock: checked right before the commit. */
    public void verifyHeld() throws IOException {
        if (lost || !ours(read())) {
            lost = true;
            throw new OutputLockedException("--output " + path.getParent().getParent() + ": this run (" + self.runId()
                    + ") lost its lock " + path + " to another run; nothing of this run was committed");
        }
    }

    public Holder holder() {
        return self;
    }

    /** Releases the lock if this run still holds it. Idempotent. */
    @Override
    public void close() {
        if (!released.compareAndSet(false, true)) {
            return;
        }
        refresher.shutdownNow();
        try {
            ShutdownHookManager.get().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // Called from the hook itself.
        }
        try {
            if (ours(read())) {
                fs.delete(path, false);
            }
        } catch (IOException e) {
            warnings.println("slant: could not release the lock " + path + ": " + e.getMessage()
                    + " (the next run on this host takes it over)");
        }
    }

    private static String localHost() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
