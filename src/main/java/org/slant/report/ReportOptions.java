package org.slant.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.slant.config.Granularity;

/**
 * What {@code slant report} was asked for.
 *
 * @param output      the analyze output folder (any Hadoop file system)
 * @param from        first date drawn (a bucket is drawn when its first day is in the window)
 * @param to          last date drawn
 * @param granularity buckets asked for; empty lets the report choose ({@link BucketChoice})
 * @param targets     the targets drawn; empty for all present
 */
public record ReportOptions(String output, Optional<LocalDate> from, Optional<LocalDate> to,
        Optional<Granularity> granularity, List<String> targets) {

    DateWindow dateWindow() {
        return new DateWindow(from, to);
    }
}
