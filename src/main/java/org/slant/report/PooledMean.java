package org.slant.report;

import org.slant.stats.TInterval;

/**
 * A mean and sample standard deviation pooled from groups that each give their count, mean and sample
 * standard deviation (Chan et al.'s parallel update): the result equals the mean and standard deviation
 * of all the groups' observations together, so per-date aggregates re-bucket to weeks, or to a whole
 * period, exactly as if the articles themselves had been aggregated. Mutable; one per bucket.
 */
final class PooledMean {
    private long n;
    private double mean;
    private double m2;

    /**
     * Adds a group of {@code count} observations; {@code sd} may be null for a group of one (it has no
     * spread of its own). Groups without observations or without a mean are skipped.
     */
    PooledMean add(long count, Double groupMean, Double sd) {
        if (count <= 0 || groupMean == null || groupMean.isNaN()) {
            return this;
        }
        double groupM2 = sd == null || sd.isNaN() ? 0.0 : (count - 1) * sd * sd;
        long total = n + count;
        double delta = groupMean - mean;
        mean += delta * count / total;
        m2 += groupM2 + delta * delta * n * count / total;
        n = total;
        return this;
    }

    long count() {
        return n;
    }

    /** The mean, or null without observations. */
    Double mean() {
        return n == 0 ? null : mean;
    }

    /** The sample standard deviation, or null below two observations. */
    Double sd() {
        return n < 2 ? null : Math.sqrt(Math.max(0.0, m2 / (n - 1)));
    }

    /** The 95% Student-t interval's lower bound (clipped to -1), or null below two observations. */
    Double ciLow() {
        return n < 2 ? null : TInterval.low(n, mean, sd());
    }

    Double ciHigh() {
        return n < 2 ? null : TInterval.high(n, mean, sd());
    }
}
