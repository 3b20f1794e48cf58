package org.slant.report;

import java.time.LocalDate;
import java.util.Map;

/**
 * One row of an output table as read from Parquet: the partition's date (null for tables without one)
 * and the requested columns by name, null where the row has no value.
 */
record TableRow(LocalDate date, Map<String, Object> values) {
    String str(String column) {
        Object v = values.get(column);
        return v == null ? null : v.toString();
    }

    long lng(String column) {
        Object v = values.get(column);
        return v == null ? 0L : ((Number) v).longValue();
    }

    Double dbl(String column) {
        Object v = values.get(column);
        return v == null ? null : ((Number) v).doubleValue();
    }
}
