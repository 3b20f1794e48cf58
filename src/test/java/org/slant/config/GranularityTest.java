package org.slant.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class GranularityTest {
    @Test
    void bucketStarts() {
        LocalDate thursday = LocalDate.of(2024, 10, 10);
        assertEquals(thursday, Granularity.DAY.bucketStart(thursday));
        assertEquals(LocalDate.of(2024, 10, 7), Granularity.WEEK.bucketStart(thursday));
        assertEquals(LocalDate.of(2024, 10, 7), Granularity.WEEK.bucketStart(LocalDate.of(2024, 10, 7)));
        assertEquals(LocalDate.of(2024, 10, 7), Granularity.WEEK.bucketStart(LocalDate.of(2024, 10, 13)));
        assertEquals(LocalDate.of(2024, 10, 1), Granularity.MONTH.bucketStart(thursday));
        // ISO weeks cross year ends: 2025-01-01 is a Wednesday.
        assertEquals(LocalDate.of(2024, 12, 30), Granularity.WEEK.bucketStart(LocalDate.of(2025, 1, 1)));
    }
}
