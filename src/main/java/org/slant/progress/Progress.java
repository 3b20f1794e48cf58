package org.slant.progress;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Where a run stands at one moment, as the driver knows it: the stage it is in and the reading counts
 * so far. Records have no known total until every file is read, so the share of bytes read stands in
 * for the share of work done while reading.
 *
 * @param stage       what the run is doing ({@code reading and analysing}, {@code deduplicating},
 *                    {@code writing articles}, {@code committing}, …)
 * @param reading     whether that stage is reading and analysing
 * @param elapsed     time since the command started
 * @param readingTime time spent reading and analysing so far (all of it once reading is over)
 * @param filesDone   input files read to their end
 * @param filesTotal  input files listed
 * @param records     records read (articles, rejects and records outside the window)
 * @param articles    records analysed as articles
 * @param bytesDone   bytes of input read
 * @param bytesTotal  bytes of input listed
 * @param tasksDone   finished tasks of the Spark stages running now (0 of 0 when none runs)
 * @param tasksTotal  tasks of the Spark stages running now
 */
public record Progress(String stage, boolean reading, Duration elapsed, Duration readingTime, long filesDone,
                       long filesTotal, long records, long articles, long bytesDone, long bytesTotal, long tasksDone,
                       long tasksTotal) {
    public Progress {
        // Task retries and files that grew after listing can count past a total; a line never says 13/12.
        filesDone = Math.min(filesDone, filesTotal);
        bytesDone = Math.min(bytesDone, bytesTotal);
        tasksDone = Math.min(tasksDone, tasksTotal);
    }

    /** The share of the input read, from bytes (else files); empty before anything is read. */
    public OptionalDouble readShare() {
        if (bytesTotal > 0 && bytesDone > 0) {
            return OptionalDouble.of((double) bytesDone / bytesTotal);
        }
        if (filesTotal > 0 && filesDone > 0) {
            return OptionalDouble.of((double) filesDone / filesTotal);
        }
        return OptionalDouble.empty();
    }

    /**
     * Time left to read and analyse the rest at the pace so far; empty before anything is read or once
     * reading is over (the stages after it have no such measure).
     */
    public Optional<Duration> readingTimeLeft() {
        OptionalDouble share = readShare();
        if (!reading || share.isEmpty() || share.getAsDouble() >= 1.0) {
            return Optional.empty();
        }
        double f = share.getAsDouble();
        return Optional.of(Duration.ofMillis(Math.round(readingTime.toMillis() * (1 - f) / f)));
    }

    /** Articles analysed per second of reading; empty before the first second. */
    public OptionalDouble articlesPerSecond() {
        double seconds = readingTime.toMillis() / 1000.0;
        return seconds < 1 ? OptionalDouble.empty() : OptionalDouble.of(articles / seconds);
    }
}
