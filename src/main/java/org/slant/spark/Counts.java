package org.slant.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Record counts of one run, from a single aggregation over the staged, analysed rows. */
record Counts(long read, long accepted, long rejected, long outOfWindow, long duplicates, long sentences) {

    static Counts of(Dataset<Row> analyzed) {
        Row r = analyzed.agg(count(lit(1)), kind(Schemas.KIND_ARTICLE), kind(Schemas.KIND_REJECT),
                kind(Schemas.KIND_OUT_OF_WINDOW), sum(col("n_sentences").cast("long"))).first();
        return new Counts(r.getLong(0), longOrZero(r, 1), longOrZero(r, 2), longOrZero(r, 3), 0, longOrZero(r, 4));
    }

    Counts withDuplicates(long copies) {
        return new Counts(read, accepted, rejected, outOfWindow, copies, sentences);
    }

    double rejectRatio() {
        return read == 0 ? 0 : (double) rejected / read;
    }

    Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("read", read);
        m.put("accepted", accepted);
        m.put("rejected", rejected);
        m.put("duplicates", duplicates);
        m.put("out_of_window", outOfWindow);
        m.put("sentences", sentences);
        return m;
    }

    private static Column kind(String kind) {
        return sum(when(col("kind").equalTo(kind), 1L).otherwise(0L));
    }

    private static long longOrZero(Row r, int i) {
        return r.isNullAt(i) ? 0 : r.getLong(i);
    }
}
