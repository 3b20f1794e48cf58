package org.slant.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.failure.OutputLockedException;

/** The output lock on the local file system: exclusive, named, refreshed, and taken over only when stale. */
class OutputLockTest {
    @TempDir
    Path out;

    private final ByteArrayOutputStream warned = new ByteArrayOutputStream();
    private final PrintStream warnings = new PrintStream(warned, true, StandardCharsets.UTF_8);

    private FileSystem fs() throws Exception {
        return FileSystem.getLocal(new Configuration());
    }

    private OutputLock acquire(String runId) throws Exception {
        return OutputLock.acquire(fs(), new org.apache.hadoop.fs.Path(out.toUri()), runId, Instant.now(), warnings);
    }

    private Path lockFile() {
        return out.resolve("_staging/_LOCK");
    }

    @Test
    void aSecondRunIsRefusedWithTheHolderNamedUntilTheFirstReleases() throws Exception {
        try (OutputLock first = acquire("run-1")) {
            String content = Files.readString(lockFile());
            assertTrue(content.contains("run_id=run-1") && content.contains("pid=" + ProcessHandle.current().pid())
                    && content.contains("host=") && content.contains("started="), content);
            OutputLockedException e = assertThrows(OutputLockedException.class, () -> acquire("run-2"));
            assertTrue(e.getMessage().contains("run run-1") && e.getMessage().contains("pid " + ProcessHandle.current().pid()),
                    e.getMessage());
            assertEquals(content, Files.readString(lockFile()), "the refused run leaves the lock alone");
        }
        assertFalse(Files.exists(lockFile()), "released on close");
        try (OutputLock second = acquire("run-2")) {
            assertTrue(Files.readString(lockFile()).contains("run_id=run-2"));
        }
    }

    @Test
    void ofRunsStartingAtOnceExactlyOneGetsTheLock() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 10; round++) {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<OutputLock>> tries = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    String runId = "r" + round + "-" + i;
                    Callable<OutputLock> attempt = () -> {
                        go.await();
                        try {
                            return acquire(runId);
                        } catch (OutputLockedException e) {
                            return null;
                        }
                    };
                    tries.add(pool.submit(attempt));
                }
                go.countDown();
                List<OutputLock> winners = new ArrayList<>();
                for (Future<OutputLock> f : tries) {
                    OutputLock l = f.get(30, TimeUnit.SECONDS);
                    if (l != null) {
                        winners.add(l);
                    }
                }
                assertEquals(1, winners.size(), "round " + round);
                winners.get(0).close();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aLockNotRefreshedForTenMinutesIsTakenOverWithAWarning() throws Exception {
        writeLock("run_id=old\nhost=another-host\npid=1\nstarted=2024-10-09T00:00:00Z\n", Duration.ofMinutes(11));
        try (OutputLock lock = acquire("new")) {
            assertTrue(Files.readString(lockFile()).contains("run_id=new"));
            assertTrue(warned.toString(StandardCharsets.UTF_8).contains("run old"), warned.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void aRecentLockOfAnotherHostIsRespected() throws Exception {
        writeLock("run_id=remote\nhost=another-host\npid=1\nstarted=2024-10-09T00:00:00Z\n", Duration.ofMinutes(9));
        assertThrows(OutputLockedException.class, () -> acquire("new"));
        // A lock still being written (no holder yet) is a live run too, until it is stale.
        writeLock("", Duration.ZERO);
        OutputLockedException e = assertThrows(OutputLockedException.class, () -> acquire("new"));
        assertTrue(e.getMessage().contains("still writing the lock"), e.getMessage());
    }

    @Test
    void aLockWhoseProcessDiedOnThisHostIsStaleAtOnce() throws Exception {
        Process dead = new ProcessBuilder("true").start();
        dead.waitFor(10, TimeUnit.SECONDS);
        String host = OutputLock.Holder.current("x", Instant.now()).host();
        writeLock("run_id=killed\nhost=" + host + "\npid=" + dead.pid() + "\nstarted=" + Instant.now().minusSeconds(5) + "\n",
                Duration.ZERO);
        try (OutputLock lock = acquire("new")) {
            assertTrue(Files.readString(lockFile()).contains("run_id=new"));
            String w = warned.toString(StandardCharsets.UTF_8);
            assertTrue(w.contains("run killed") && w.contains("no longer runs"), w);
        }
    }

    @Test
    void aPidReusedByALaterProcessDoesNotKeepTheLockAlive() throws Exception {
        // This JVM is alive, but started long before this (invented) holder's run: it cannot be the holder.
        String host = OutputLock.Holder.current("x", Instant.now()).host();
        writeLock("run_id=gone\nhost=" + host + "\npid=" + ProcessHandle.current().pid() + "\nstarted=2000-01-01T00:00:00Z\n",
                Duration.ZERO);
        // The pid is alive and started after 2000: the holder's process is gone, the pid reused.
        try (OutputLock lock = acquire("new")) {
            assertTrue(Files.readString(lockFile()).contains("run_id=new"));
        }
    }

    @Test
    void refreshingTouchesTheLockAndNoticesATakeOver() throws Exception {
        try (OutputLock lock = acquire("mine")) {
            Files.setLastModifiedTime(lockFile(), FileTime.from(Instant.now().minus(Duration.ofMinutes(5))));
            lock.refresh();
            long age = System.currentTimeMillis() - Files.getLastModifiedTime(lockFile()).toMillis();
            assertTrue(age < 60_000, "refreshed " + age + " ms ago");
            lock.verifyHeld();

            // Another run took the lock over (this one looked dead): this run must not commit, nor delete it.
            Files.writeString(lockFile(), "run_id=successor\nhost=h\npid=1\nstarted=2024-10-09T00:00:00Z\n");
            lock.refresh();
            assertThrows(OutputLockedException.class, lock::verifyHeld);
            lock.close();
            assertTrue(Files.readString(lockFile()).contains("successor"));
        }
    }

    private void writeLock(String content, Duration age) throws Exception {
        Files.createDirectories(lockFile().getParent());
        Files.writeString(lockFile(), content);
        Files.setLastModifiedTime(lockFile(), FileTime.from(Instant.now().minus(age)));
    }
}
