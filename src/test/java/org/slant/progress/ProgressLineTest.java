package org.slant.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ProgressLineTest {
    private static Progress reading(long elapsedS, long readingS, long files, long records, long articles, long bytes) {
        return new Progress("reading and analysing", true, Duration.ofSeconds(elapsedS), Duration.ofSeconds(readingS),
                files, 12, records, articles, bytes, 130_500_000, 0, 0);
    }

    @Test
    void readingShowsFilesRecordsBytesRateAndTimeLeft() {
        // A third of the bytes in 40 s of reading: 80 s to go at that pace; 20,000 articles in 40 s.
        assertEquals("slant: 0:45 reading and analysing: 4/12 files, 21,000 records, 43.5 MB of 130.5 MB, "
                + "500 articles/s, about 1:20 left", ProgressLine.format(reading(45, 40, 4, 21_000, 20_000, 43_500_000)));
    }

    @Test
    void theTimeLeftIsThePaceSoFarAppliedToTheBytesLeft() {
        Progress p = reading(70, 60, 9, 0, 0, 97_875_000);
        assertEquals(Duration.ofSeconds(20), p.readingTimeLeft().orElseThrow(), "three quarters read in 60 s");
        assertEquals(0.75, p.readShare().getAsDouble(), 1e-12);
    }

    @Test
    void withoutBytesTheShareComesFromFiles() {
        Progress p = new Progress("reading and analysing", true, Duration.ofSeconds(12), Duration.ofSeconds(10), 1, 4,
                50, 50, 0, 0, 0, 0);
        assertEquals(Duration.ofSeconds(30), p.readingTimeLeft().orElseThrow());
        assertEquals("slant: 0:12 reading and analysing: 1/4 files, 50 records, 5.0 articles/s, about 0:30 left",
                ProgressLine.format(p));
    }

    @Test
    void beforeAnythingIsReadThereIsNoRateAndNoTimeLeft() {
        assertEquals("slant: 0:05 reading and analysing: 0/12 files, 0 records, 0 B of 130.5 MB",
                ProgressLine.format(reading(5, 0, 0, 0, 0, 0)));
    }

    @Test
    void afterReadingTheLineShowsTheStageTasksAndTheReadingRate() {
        Progress p = new Progress("writing by_outlet_date_target", false, Duration.ofSeconds(125), Duration.ofSeconds(50),
                12, 12, 20_000, 19_950, 130_500_000, 130_500_000, 3, 16);
        assertEquals("slant: 2:05 writing by_outlet_date_target: 3/16 tasks; 20,000 records, 19,950 articles, 399 articles/s",
                ProgressLine.format(p));
        assertTrue(p.readingTimeLeft().isEmpty(), "no estimate for the stages after reading");
        Progress driverOnly = new Progress("committing", false, Duration.ofSeconds(3725), Duration.ofSeconds(50),
                12, 12, 20_000, 19_950, 130_500_000, 130_500_000, 0, 0);
        assertEquals("slant: 1:02:05 committing: 20,000 records, 19,950 articles, 399 articles/s", ProgressLine.format(driverOnly));
    }

    @Test
    void countsPastTheirTotalsAreCappedAtTheTotal() {
        Progress p = new Progress("reading and analysing", true, Duration.ofSeconds(9), Duration.ofSeconds(8), 13, 12, 10, 10,
                140_000_000, 130_500_000, 5, 4);
        assertEquals(12, p.filesDone());
        assertEquals(130_500_000, p.bytesDone());
        assertEquals(4, p.tasksDone());
        assertTrue(p.readingTimeLeft().isEmpty(), "everything read");
    }

    @Test
    void unitsAndClocks() {
        assertEquals("999 B", ProgressLine.bytes(999));
        assertEquals("1.0 kB", ProgressLine.bytes(1000));
        assertEquals("1.0 MB", ProgressLine.bytes(999_960));
        assertEquals("2.5 GB", ProgressLine.bytes(2_500_000_000L));
        assertEquals("0:00", ProgressLine.clock(Duration.ofMillis(999)));
        assertEquals("59:59", ProgressLine.clock(Duration.ofSeconds(3599)));
        assertEquals("1:00:00", ProgressLine.clock(Duration.ofSeconds(3600)));
        assertEquals("0.3", ProgressLine.rate(0.25));
        assertEquals("1,205", ProgressLine.rate(1204.6));
    }
}
