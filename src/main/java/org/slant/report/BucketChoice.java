package org.slant.report;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slant.config.Granularity;
import org.slant.failure.UsageException;

/**
 * The time buckets a report draws: the run's own, the ones {@code --granularity} asks for, or, when the
 * run's days are too thin for intervals (most outlet-days with fewer than {@value #THIN} articles), weeks;
 * and never more than {@value #MAX_BUCKETS} buckets on an axis, so a long corpus stays readable.
 *
 * @param granularity the buckets the report draws
 * @param note what was decided and why, in words for the page (empty when the run's buckets are kept as they are)
 */
record BucketChoice(Granularity granularity, String note) {
    /** Fewer articles than this in a bucket leave its interval empty or too wide to read. */
    static final int THIN = 3;
    static final int MAX_BUCKETS = 400;

    /** Articles of one outlet in one of the run's buckets (a row of {@code by_outlet_date}). */
    record OutletCount(String outlet, LocalDate date, long articles) {
    }

    static BucketChoice choose(Granularity run, Optional<Granularity> requested, List<OutletCount> counts) {
        if (requested.isPresent()) {
            Granularity g = requested.get();
            if (g.ordinal() < run.ordinal()) {
                throw new UsageException("--granularity " + name(g) + " is finer than this output's buckets ("
                        + name(run) + "); use " + name(run) + " or coarser");
            }
            String note = g == run ? "" : "Buckets: " + plural(g) + ", pooled from the run's " + plural(run) + " as --granularity asks.";
            return new BucketChoice(g, note + thinNote(g, counts, ""));
        }
        Granularity g = run;
        StringBuilder note = new StringBuilder();
        Thinness atRun = Thinness.of(g, counts);
        if (g == Granularity.DAY && atRun.thin()) {
            g = Granularity.WEEK;
            note.append(String.format(Locale.ROOT, "%d of %d outlet-days have fewer than %d articles, too few for daily "
                    + "intervals: this report pools the days into weeks (starting Monday). --granularity day keeps days.",
                    atRun.small(), atRun.buckets(), THIN));
        }
        while (g != Granularity.MONTH && Thinness.of(g, counts).dates() > MAX_BUCKETS) {
            Granularity coarser = Granularity.values()[g.ordinal() + 1];
            note.append(note.length() == 0 ? "" : " ").append(String.format(Locale.ROOT,
                    "More than %d %s in the window: this report pools them into %s.", MAX_BUCKETS, plural(g), plural(coarser)));
            g = coarser;
        }
        return new BucketChoice(g, note + thinNote(g, counts, note.length() == 0 ? "" : " "));
    }

    private static String thinNote(Granularity g, List<OutletCount> counts, String separator) {
        Thinness t = Thinness.of(g, counts);
        if (!t.thin()) {
            return "";
        }
        return separator + String.format(Locale.ROOT, "%d of %d outlet-%s have fewer than %d articles: their intervals are "
                + "wide or empty; read the bands, not the lines.", t.small(), t.buckets(), plural(g), THIN);
    }

    static String name(Granularity g) {
        return g.name().toLowerCase(Locale.ROOT);
    }

    static String plural(Granularity g) {
        return name(g) + "s";
    }

    /** How many outlet-buckets hold fewer than {@link #THIN} articles at granularity {@code g}. */
    record Thinness(int buckets, int small, int dates) {
        static Thinness of(Granularity g, List<OutletCount> counts) {
            Map<String, Long> perOutletBucket = new HashMap<>();
            Map<LocalDate, Boolean> dates = new HashMap<>();
            for (OutletCount c : counts) {
                LocalDate start = g.bucketStart(c.date());
                perOutletBucket.merge(c.outlet() + "\u0000" + start, c.articles(), Long::sum);
                dates.put(start, true);
            }
            int small = (int) perOutletBucket.values().stream().filter(n -> n < THIN).count();
            return new Thinness(perOutletBucket.size(), small, dates.size());
        }

        /** Most buckets are thin: more than half of them. */
        boolean thin() {
            return buckets > 0 && 2L * small > buckets;
        }
    }
}
