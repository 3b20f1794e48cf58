package org.slant.stats;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Wilson's 95% score interval for a proportion (Wilson 1927; Newcombe 1998, method 3), from the
 * number of successes and trials alone. Unlike the normal ("Wald") interval it stays inside [0, 1]
 * and is not degenerate at 0 or n successes, which matters for the few statements an outlet carries on
 * one day. Undefined (NaN) for no trials.
 */
public final class WilsonInterval {
    public static final double LEVEL = 0.95;
    private static final double Z = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(0.5 + LEVEL / 2);

    private WilsonInterval() {
    }

    public static double low(long successes, long trials) {
        return bound(successes, trials, -1);
    }

    public static double high(long successes, long trials) {
        return bound(successes, trials, +1);
    }

    /**
     * The lower bound of the balance {@code (favor - against) / (favor + against)}, which is
     * {@code 2p - 1} for the share {@code p = favor / (favor + against)}: the Wilson bound mapped to [-1, 1].
     */
    public static double balanceLow(long favor, long against) {
        return 2 * low(favor, favor + against) - 1;
    }

    public static double balanceHigh(long favor, long against) {
        return 2 * high(favor, favor + against) - 1;
    }

    private static double bound(long successes, long trials, int sign) {
        if (trials <= 0 || successes < 0 || successes > trials) {
            return Double.NaN;
        }
        double n = trials;
        double p = successes / n;
        double z2 = Z * Z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denominator;
        double half = Z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        return Math.min(1.0, Math.max(0.0, centre + sign * half));
    }
}
