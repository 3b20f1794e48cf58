package org.slant.config;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** How articles are bucketed in time. A bucket is named by its first day. */
public enum Granularity {
    DAY, WEEK, MONTH;

    /** The first day of the bucket that holds {@code day}; weeks start on Monday (ISO 8601). */
    public LocalDate bucketStart(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }
}
