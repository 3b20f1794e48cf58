package org.slant.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WilsonIntervalTest {
    @Test
    void boundsMatchNewcombesPublishedTable() {
        // Newcombe (1998), Statistics in Medicine 17:857, Table I, method 3 (Wilson score, no correction).
        assertEquals(0.2553, WilsonInterval.low(81, 263), 1e-4);
        assertEquals(0.3662, WilsonInterval.high(81, 263), 1e-4);
        assertEquals(0.0624, WilsonInterval.low(15, 148), 1e-4);
        assertEquals(0.1605, WilsonInterval.high(15, 148), 1e-4);
        assertEquals(0.0, WilsonInterval.low(0, 20), 1e-12);
        assertEquals(0.1611, WilsonInterval.high(0, 20), 1e-4);
        assertEquals(0.0061, WilsonInterval.low(1, 29), 1e-4);
        assertEquals(0.1718, WilsonInterval.high(1, 29), 1e-4);
    }

    @Test
    void aSingleStatementStillLeavesAWideInterval() {
        // 1 of 1: [0.2065, 1], where the Wald interval would collapse to the point 1.
        assertEquals(0.2065, WilsonInterval.low(1, 1), 1e-4);
        assertEquals(1.0, WilsonInterval.high(1, 1), 1e-12);
    }

    @Test
    void balanceIsTheShareMappedToMinusOneToOne() {
        // 8 FAVOR, 2 AGAINST: share 0.8 in [0.4902, 0.9433], balance 0.6 in [-0.0197, 0.8866].
        assertEquals(2 * 0.490162 - 1, WilsonInterval.balanceLow(8, 2), 1e-5);
        assertEquals(2 * 0.943318 - 1, WilsonInterval.balanceHigh(8, 2), 1e-5);
        assertEquals(-WilsonInterval.balanceLow(8, 2), WilsonInterval.balanceHigh(2, 8), 1e-12, "symmetric");
        assertEquals(-1.0, WilsonInterval.balanceLow(0, 5), 1e-12);
    }

    @Test
    void undefinedWithoutTrials() {
        assertTrue(Double.isNaN(WilsonInterval.low(0, 0)));
        assertTrue(Double.isNaN(WilsonInterval.balanceHigh(0, 0)));
    }
}
