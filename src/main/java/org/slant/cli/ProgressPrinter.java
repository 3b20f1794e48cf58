package org.slant.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slant.failure.UsageException;
import org.slant.progress.Progress;
import org.slant.progress.ProgressLine;

/**
 * Prints a progress line on stderr every interval (5 s unless the system property
 * {@value #INTERVAL_PROPERTY} says otherwise), from a daemon thread, so a run shorter than one interval
 * prints none. After {@link #close} returns no further line is printed, so the summary and any error
 * come last.
 */
final class ProgressPrinter implements AutoCloseable {
    static final String INTERVAL_PROPERTY = "slant.progress.interval";
    static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(5);
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m)?");

    private final ScheduledExecutorService timer;

    private ProgressPrinter(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    /** Prints {@code source}'s progress on {@code err} every {@code interval}, the first after one interval. */
    static ProgressPrinter start(Supplier<Progress> source, Duration interval, PrintStream err) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "slant-progress");
            t.setDaemon(true);
            return t;
        });
        long ms = interval.toMillis();
        timer.scheduleAtFixedRate(() -> {
            try {
                err.println(StderrText.line(ProgressLine.format(source.get())));
            } catch (RuntimeException e) {
                // Progress is a courtesy: a failure to read it (Spark stopping) must not end the run.
            }
        }, ms, ms, TimeUnit.MILLISECONDS);
        return new ProgressPrinter(timer);
    }

    /** Prints nothing ({@code --quiet}). */
    static ProgressPrinter off() {
        return new ProgressPrinter(null);
    }

    /**
     * The interval the system property asks for ({@code 1s}, {@code 500ms}, {@code 2m}, or seconds as a
     * plain number), else the default.
     *
     * @throws UsageException for anything else, or an interval under 100 ms
     */
    static Duration interval(String property) {
        if (property == null || property.isBlank()) {
            return DEFAULT_INTERVAL;
        }
        Matcher m = DURATION.matcher(property.strip().toLowerCase(Locale.ROOT));
        if (m.matches()) {
            double n = Double.parseDouble(m.group(1));
            String unit = m.group(2) == null ? "s" : m.group(2);
            double ms = switch (unit) {
                case "ms" -> n;
                case "m" -> n * 60_000;
                default -> n * 1000;
            };
            if (ms >= 100 && ms <= Long.MAX_VALUE / 2) {
                return Duration.ofMillis(Math.round(ms));
            }
        }
        throw new UsageException("-D" + INTERVAL_PROPERTY + "=" + property
                + ": not an interval of at least 100 ms, such as 5s, 500ms or 1m");
    }

    /** Stops printing; waits for a line being printed to be finished. Idempotent. */
    @Override
    public void close() {
        if (timer == null || timer.isShutdown()) {
            return;
        }
        timer.shutdown();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
