package org.slant.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.slant.config.Granularity;

/** The report's time axis: every bucket (its first day) that holds an article of any outlet in the window. */
final class Buckets {
    private final Granularity granularity;
    private final List<LocalDate> starts;
    private final Map<LocalDate, Integer> index = new HashMap<>();

    Buckets(Granularity granularity, Iterable<LocalDate> runDates) {
        this.granularity = granularity;
        TreeSet<LocalDate> set = new TreeSet<>();
        runDates.forEach(d -> set.add(granularity.bucketStart(d)));
        this.starts = new ArrayList<>(set);
        for (int i = 0; i < starts.size(); i++) {
            index.put(starts.get(i), i);
        }
    }

    Granularity granularity() {
        return granularity;
    }

    List<LocalDate> starts() {
        return starts;
    }

    int size() {
        return starts.size();
    }

    /** The axis position of the bucket holding a run date, or -1 when the axis has no such bucket. */
    int of(LocalDate runDate) {
        return index.getOrDefault(granularity.bucketStart(runDate), -1);
    }
}
