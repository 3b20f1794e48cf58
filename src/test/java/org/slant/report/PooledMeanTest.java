package org.slant.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.slant.stats.TInterval;
import org.slant.stats.WilsonInterval;

/** Pooling per-date aggregates gives what aggregating the articles themselves would have given. */
class PooledMeanTest {
    @Test
    void poolingGroupsEqualsTheStatisticsOfAllObservations() {
        Random random = new Random(7);
        for (int trial = 0; trial < 200; trial++) {
            PooledMean pooled = new PooledMean();
            List<Double> all = new ArrayList<>();
            for (int g = 0, groups = 1 + random.nextInt(6); g < groups; g++) {
                List<Double> group = new ArrayList<>();
                for (int i = 0, n = 1 + random.nextInt(5); i < n; i++) {
                    group.add(random.nextDouble() * 2 - 1);
                }
                all.addAll(group);
                pooled.add(group.size(), mean(group), group.size() < 2 ? null : sd(group));
            }
            assertEquals(all.size(), pooled.count());
            assertEquals(mean(all), pooled.mean(), 1e-12);
            if (all.size() >= 2) {
                assertEquals(sd(all), pooled.sd(), 1e-12);
                assertEquals(TInterval.low(all.size(), mean(all), sd(all)), pooled.ciLow(), 1e-12);
                assertEquals(TInterval.high(all.size(), mean(all), sd(all)), pooled.ciHigh(), 1e-12);
            } else {
                assertNull(pooled.ciLow());
            }
        }
    }

    @Test
    void emptyAndMeanlessGroupsAddNothing() {
        PooledMean p = new PooledMean().add(0, null, null).add(3, null, null);
        assertEquals(0, p.count());
        assertNull(p.mean());
        assertNull(p.sd());
        p.add(1, 0.4, null);
        assertEquals(0.4, p.mean());
        assertNull(p.ciLow(), "one observation has no interval");
    }

    @Test
    void balancePoolsCountsNotBalances() {
        Balance b = Balance.NONE.plus(1, 0).plus(0, 3);
        assertEquals(-0.5, b.balance());
        assertEquals(WilsonInterval.balanceLow(1, 3), b.ciLow());
        assertEquals(WilsonInterval.balanceHigh(1, 3), b.ciHigh());
        assertNull(Balance.NONE.balance());
        assertNull(Balance.NONE.ciLow());
    }

    private static double mean(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).sum() / xs.size();
    }

    private static double sd(List<Double> xs) {
        double m = mean(xs);
        return Math.sqrt(xs.stream().mapToDouble(x -> (x - m) * (x - m)).sum() / (xs.size() - 1));
    }
}
