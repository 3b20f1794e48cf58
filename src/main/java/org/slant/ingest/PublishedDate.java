package org.slant.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * When an article was published, as precisely as the source said: either a calendar date with no
 * time ({@code dateOnly}) or an exact moment ({@code instant}). Exactly one is non-null.
 *
 * <p>The distinction matters for per-date buckets: a bare date is the same calendar day everywhere
 * and must never be shifted by a zone conversion, while an instant falls on different days in
 * different zones.
 */
public record PublishedDate(LocalDate dateOnly, Instant instant) {

    public PublishedDate {
        if ((dateOnly == null) == (instant == null)) {
            throw new IllegalArgumentException("exactly one of dateOnly and instant must be set");
        }
    }

    /** A calendar date without a time of day. */
    public static PublishedDate ofDate(LocalDate date) {
        return new PublishedDate(Objects.requireNonNull(date, "date"), null);
    }

    /** An exact moment. */
    public static PublishedDate ofInstant(Instant instant) {
        return new PublishedDate(null, Objects.requireNonNull(instant, "instant"));
    }

    /** The calendar date to bucket by in {@code zone}: a date-only value is returned unchanged in every zone. */
    public LocalDate bucketDate(ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        return dateOnly != null ? dateOnly : LocalDate.ofInstant(instant, zone);
    }

    /** The exact moment, or {@code null} for a date-only value. */
    public Instant instantOrNull() {
        return instant;
    }
}
