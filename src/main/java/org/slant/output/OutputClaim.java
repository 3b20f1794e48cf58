package org.slant.output;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slant.failure.UsageException;

/**
 * One run's hold on its {@code --output}: the folder checked and created ({@link OutputFolder}) and its
 * lock taken ({@link OutputLock}), both before Spark starts and before anything else is written.
 * Closing releases the lock and removes what the claim alone created (an empty {@code _staging}, a
 * folder that was created for a run that then failed early).
 */
public final class OutputClaim implements AutoCloseable {
    private final OutputFolder folder;
    private final OutputLock lock;

    private OutputClaim(OutputFolder folder, OutputLock lock) {
        this.folder = folder;
        this.lock = lock;
    }

    /**
     * Checks and locks {@code output} for run {@code runId}.
     *
     * @throws UsageException                          the output is refused or cannot be written
     * @throws org.slant.failure.OutputLockedException     another live run holds it
     */
    public static OutputClaim take(String output, List<String> inputs, Configuration conf, String runId, Instant started,
                                   PrintStream warnings) {
        OutputFolder folder = OutputFolder.check(output, inputs, conf);
        try {
            return new OutputClaim(folder, OutputLock.acquire(folder.fs(), folder.root(), runId, started, warnings));
        } catch (IOException e) {
            removeEmptyStaging(folder);
            folder.removeIfUnused();
            throw new UsageException("--output " + output + ": cannot write into the folder: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            removeEmptyStaging(folder);
            folder.removeIfUnused();
            throw e;
        }
    }

    public FileSystem fs() {
        return folder.fs();
    }

    public Path root() {
        return folder.root();
    }

    public OutputLock lock() {
        return lock;
    }

    @Override
    public void close() {
        lock.close();
        removeEmptyStaging(folder);
        folder.removeIfUnused();
    }

    private static void removeEmptyStaging(OutputFolder folder) {
        Path staging = new Path(folder.root(), "_staging");
        try {
            if (folder.fs().exists(staging) && folder.fs().listStatus(staging).length == 0) {
                folder.fs().delete(staging, false);
            }
        } catch (IOException ignored) {
            // Left for the next run, which ignores an empty staging folder.
        }
    }
}
