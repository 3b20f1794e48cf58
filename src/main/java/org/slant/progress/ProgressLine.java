package org.slant.progress;

import java.time.Duration;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * One progress line for stderr, e.g.
 * {@code slant: 0:42 reading and analysing: 3/12 files, 8,214 records, 41.2 MB of 130.5 MB, 547 articles/s, about 1:20 left}
 * while reading, and {@code slant: 2:05 writing by_outlet_date_target: 3/16 tasks; 20,000 records, 19,950 articles, 410 articles/s}
 * after it. Times are m:ss (h:mm:ss past an hour), sizes in decimal units, counts with thousands
 * separators.
 */
public final class ProgressLine {
    private ProgressLine() {
    }

    public static String format(Progress p) {
        StringBuilder line = new StringBuilder("slant: ").append(clock(p.elapsed())).append(' ').append(p.stage());
        if (p.reading()) {
            line.append(": ").append(p.filesDone()).append('/').append(p.filesTotal()).append(" files, ")
                    .append(count(p.records())).append(" records");
            if (p.bytesTotal() > 0) {
                line.append(", ").append(bytes(p.bytesDone())).append(" of ").append(bytes(p.bytesTotal()));
            }
            rate(line, p.articlesPerSecond());
            p.readingTimeLeft().ifPresent(left -> line.append(", about ").append(clock(left)).append(" left"));
            return line.toString();
        }
        String sep = ": ";
        if (p.tasksTotal() > 0) {
            line.append(sep).append(p.tasksDone()).append('/').append(p.tasksTotal()).append(" tasks");
            sep = "; ";
        }
        line.append(sep).append(count(p.records())).append(" records, ").append(count(p.articles())).append(" articles");
        rate(line, p.articlesPerSecond());
        return line.toString();
    }

    private static void rate(StringBuilder line, OptionalDouble perSecond) {
        if (perSecond.isPresent()) {
            line.append(", ").append(rate(perSecond.getAsDouble())).append(" articles/s");
        }
    }

    /** {@code 0:07}, {@code 12:30}, {@code 1:02:03}; whole seconds, rounded down. */
    static String clock(Duration d) {
        long s = Math.max(0, d.toSeconds());
        if (s >= 3600) {
            return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** {@code 512 B}, {@code 41.2 MB}, {@code 1.3 GB}: powers of 1000, one decimal from kB up. */
    static String bytes(long n) {
        if (n < 1000) {
            return n + " B";
        }
        String[] units = {"kB", "MB", "GB", "TB", "PB", "EB"};
        double v = n;
        int u = -1;
        while (v >= 999.95 && u < units.length - 1) {
            v /= 1000;
            u++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }

    /** Below 10 with one decimal ({@code 3.5}), above as a whole number ({@code 1,204}). */
    static String rate(double perSecond) {
        return perSecond < 10 ? String.format(Locale.ROOT, "%.1f", perSecond) : count(Math.round(perSecond));
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
