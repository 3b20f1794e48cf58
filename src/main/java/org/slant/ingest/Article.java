package org.slant.ingest;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An accepted input record in canonical form, ready for analysis.
 *
 * @param date        the bucket start ({@code --granularity}) of the publication day in {@code --timezone}
 * @param publishedAt the publication instant, or null when the source gave only a calendar date
 */
public record Article(
        String articleId,
        String outlet,
        String outletRaw,
        LocalDate date,
        Instant publishedAt,
        String title,
        String text,
        String url,
        String author,
        String section,
        String language,
        String source,
        String location) {
}
