package org.slant.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.slant.config.Granularity;
import org.slant.failure.UsageException;

class BucketChoiceTest {
    private static final LocalDate START = LocalDate.of(2024, 10, 7);

    private static List<BucketChoice.OutletCount> days(int days, long articlesEach) {
        List<BucketChoice.OutletCount> counts = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            counts.add(new BucketChoice.OutletCount("a", START.plusDays(d), articlesEach));
            counts.add(new BucketChoice.OutletCount("b", START.plusDays(d), articlesEach));
        }
        return counts;
    }

    @Test
    void thinDaysBecomeWeeksAndThePageSaysWhy() {
        BucketChoice c = BucketChoice.choose(Granularity.DAY, Optional.empty(), days(10, 1));
        assertEquals(Granularity.WEEK, c.granularity());
        assertTrue(c.note().startsWith("20 of 20 outlet-days have fewer than 3 articles"), c.note());
    }

    @Test
    void fullDaysStayDays() {
        BucketChoice c = BucketChoice.choose(Granularity.DAY, Optional.empty(), days(10, 3));
        assertEquals(Granularity.DAY, c.granularity());
        assertEquals("", c.note());
    }

    @Test
    void exactlyHalfThinIsNotThin() {
        List<BucketChoice.OutletCount> counts = new ArrayList<>(days(2, 5));
        counts.add(new BucketChoice.OutletCount("c", START, 1));
        counts.add(new BucketChoice.OutletCount("c", START.plusDays(1), 1));
        counts.add(new BucketChoice.OutletCount("d", START, 1));
        counts.add(new BucketChoice.OutletCount("d", START.plusDays(1), 1));
        assertEquals(Granularity.DAY, BucketChoice.choose(Granularity.DAY, Optional.empty(), counts).granularity());
    }

    @Test
    void theFlagOverridesButCannotRefine() {
        assertEquals(Granularity.DAY, BucketChoice.choose(Granularity.DAY, Optional.of(Granularity.DAY), days(10, 1)).granularity());
        assertTrue(BucketChoice.choose(Granularity.DAY, Optional.of(Granularity.DAY), days(10, 1)).note().contains("20 of 20 outlet-days"),
                "thin buckets kept on request are still called thin");
        assertEquals(Granularity.MONTH, BucketChoice.choose(Granularity.WEEK, Optional.of(Granularity.MONTH), days(10, 1)).granularity());
        UsageException e = assertThrows(UsageException.class,
                () -> BucketChoice.choose(Granularity.WEEK, Optional.of(Granularity.DAY), days(10, 1)));
        assertTrue(e.getMessage().startsWith("--granularity day is finer than this output's buckets (week)"), e.getMessage());
    }

    @Test
    void tooManyBucketsForOneAxisArePooled() {
        BucketChoice c = BucketChoice.choose(Granularity.DAY, Optional.empty(), days(500, 5));
        assertEquals(Granularity.WEEK, c.granularity());
        assertTrue(c.note().contains("More than 400 days"), c.note());
    }

    @Test
    void noArticlesNoNote() {
        BucketChoice c = BucketChoice.choose(Granularity.DAY, Optional.empty(), List.of());
        assertEquals(Granularity.DAY, c.granularity());
        assertEquals("", c.note());
    }
}
