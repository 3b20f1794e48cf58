package org.slant.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Student-t 95% confidence interval for a mean, from count and sample standard deviation, so it can be
 * computed from one pass of sums. Undefined (null) for fewer than two observations.
 * Bounds are clipped to the score's range [-1, 1], where a t-interval on few articles can overshoot.
 */
public final class TInterval {
    public static final double LEVEL = 0.95;

    private TInterval() {
    }

    /** The two-sided critical value t(0.975, n-1), or NaN for n &lt; 2. */
    public static double criticalValue(long n) {
        if (n < 2) {
            return Double.NaN;
        }
        return new TDistribution(null, n - 1.0).inverseCumulativeProbability(0.5 + LEVEL / 2);
    }

    /** Half the interval's width; NaN for n &lt; 2. */
    public static double halfWidth(long n, double sampleSd) {
        return criticalValue(n) * sampleSd / Math.sqrt(n);
    }

    public static double low(long n, double mean, double sampleSd) {
        return Math.max(-1.0, mean - halfWidth(n, sampleSd));
    }

    public static double high(long n, double mean, double sampleSd) {
        return Math.min(1.0, mean + halfWidth(n, sampleSd));
    }
}
