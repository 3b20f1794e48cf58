package org.slant.report;

import org.slant.stats.WilsonInterval;

/**
 * The FAVOR and AGAINST statements of others an outlet carries, pooled by adding counts; the balance
 * {@code (favor - against) / (favor + against)} and its Wilson 95% interval are computed from the pooled
 * counts, never averaged from per-date balances (which would weigh a day of one statement like a day of
 * fifty).
 */
record Balance(long favor, long against) {
    static final Balance NONE = new Balance(0, 0);

    Balance plus(long moreFavor, long moreAgainst) {
        return new Balance(favor + moreFavor, against + moreAgainst);
    }

    long statements() {
        return favor + against;
    }

    /** Null without statements. */
    Double balance() {
        return statements() == 0 ? null : (favor - against) / (double) statements();
    }

    Double ciLow() {
        return statements() == 0 ? null : WilsonInterval.balanceLow(favor, against);
    }

    Double ciHigh() {
        return statements() == 0 ? null : WilsonInterval.balanceHigh(favor, against);
    }
}
