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
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;

/**
 * Record counts of one run. They are observed while the analysed rows are being staged (and the copies
 * while the deduplicated articles are), as metrics of those writes, so counting costs no pass of its own.
 */
record Counts(long read, long accepted, long rejected, long outOfWindow, long duplicates, long sentences) {

    /** {@code analyzed} with the counts observed into {@code into} by whatever action runs it. */
    static Dataset<Row> observe(Dataset<Row> analyzed, Observation into) {
        return analyzed.observe(into, count(lit(1)).as("read"), kind(Schemas.KIND_ARTICLE).as("accepted"),
                kind(Schemas.KIND_REJECT).as("rejected"), kind(Schemas.KIND_OUT_OF_WINDOW).as("out_of_window"),
                sum(col("n_sentences").cast("long")).as("sentences"));
    }

    /** The counts observed by {@link #observe}; waits for the action that ran it. */
    static Counts of(Observation observed) {
        Map<String, Object> m = metrics(observed);
        return new Counts(longOrZero(m, "read"), longOrZero(m, "accepted"), longOrZero(m, "rejected"),
                longOrZero(m, "out_of_window"), 0, longOrZero(m, "sentences"));
    }

    /** The metric {@code copies}: article rows with {@code duplicate_of}, for {@link #withDuplicates}. */
    static Column copies() {
        return count(when(col("duplicate_of").isNotNull(), 1)).as("copies");
    }

    Counts withDuplicates(Observation copies) {
        return new Counts(read, accepted, rejected, outOfWindow, longOrZero(metrics(copies), "copies"), sentences);
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

    /** The metrics an action observed; waits for the action, which has normally finished already. */
    static Map<String, Object> metrics(Observation observed) {
        try {
            return observed.getAsJava();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the metrics of " + observed, e);
        }
    }

    static long longOrZero(Map<String, Object> observed, String name) {
        Object v = observed.get(name);
        return v == null ? 0 : ((Number) v).longValue();
    }
}
