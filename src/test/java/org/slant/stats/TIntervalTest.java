package org.slant.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TIntervalTest {
    @Test
    void criticalValuesMatchPublishedTables() {
        // Two-sided 95% quantiles of Student's t from standard tables.
        assertEquals(12.706, TInterval.criticalValue(2), 1e-3);
        assertEquals(4.303, TInterval.criticalValue(3), 1e-3);
        assertEquals(2.262, TInterval.criticalValue(10), 1e-3);
        assertEquals(2.045, TInterval.criticalValue(30), 1e-3);
        assertEquals(1.984, TInterval.criticalValue(101), 1e-3);
    }

    @Test
    void undefinedForFewerThanTwo() {
        assertTrue(Double.isNaN(TInterval.criticalValue(1)));
        assertTrue(Double.isNaN(TInterval.criticalValue(0)));
    }

    @Test
    void intervalOfKnownSample() {
        // Sample 0.1, 0.2, 0.3, 0.4: mean 0.25, sd 0.1291; half width 3.182 * 0.1291 / 2 = 0.2054.
        double sd = Math.sqrt((0.0225 + 0.0025 + 0.0025 + 0.0225) / 3);
        assertEquals(0.25 - 0.2054, TInterval.low(4, 0.25, sd), 1e-4);
        assertEquals(0.25 + 0.2054, TInterval.high(4, 0.25, sd), 1e-4);
    }

    @Test
    void clippedToScoreRange() {
        assertEquals(-1.0, TInterval.low(2, -0.9, 0.5));
        assertEquals(1.0, TInterval.high(2, 0.9, 0.5));
    }
}
