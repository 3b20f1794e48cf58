package org.slant.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.bench.CorpusGenerator;
import org.slant.spark.SharedSpark;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * SIGKILLs {@code analyze} at several moments of a run that would replace an existing output, and
 * checks after each kill that the output is readable and every date partition is wholly the previous
 * run's or wholly the new run's; then a complete run gives exactly the new result.
 */
class KilledRunIT {
    @TempDir
    Path tmp;

    @Test
    void killedRunsLeaveTheOutputWholeAndReadable() throws Exception {
        Path sample = Scripts.ROOT.resolve("datasets/sample");
        Path bigger = tmp.resolve("bigger");
        CorpusGenerator.main(new String[] {bigger.toString(), "8", "11"});
        Path out = tmp.resolve("out");
        Path expected = tmp.resolve("expected");

        assertEquals(0, Scripts.run(Map.of(), "bin/slant", "analyze", "--input", sample.toString(), "--output",
                out.toString()).exitCode());
        Map<String, Map<String, Long>> before = partitions(out);
        assertEquals(0, Scripts.run(Map.of(), "bin/slant", "analyze", "--input", sample.toString(), bigger.toString(),
                "--output", expected.toString()).exitCode());
        Map<String, Map<String, Long>> after = partitions(expected);

        for (long delayMillis : new long[] {2_500, 6_000, 10_000, 15_000}) {
            ProcessBuilder pb = new ProcessBuilder(Scripts.ROOT.resolve("bin/slant").toString(), "analyze", "--input",
                    sample.toString(), bigger.toString(), "--output", out.toString())
                    .redirectErrorStream(true).redirectOutput(tmp.resolve("killed.log").toFile());
            pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
            Process p = pb.start();
            boolean finished = p.waitFor(delayMillis, TimeUnit.MILLISECONDS);
            if (!finished) {
                p.destroyForcibly(); // SIGKILL: no shutdown hooks, no cleanup
                p.waitFor(30, TimeUnit.SECONDS);
            }
            Map<String, Map<String, Long>> now = partitions(out);
            for (var table : now.entrySet()) {
                for (var partition : table.getValue().entrySet()) {
                    Long old = before.getOrDefault(table.getKey(), Map.of()).get(partition.getKey());
                    Long fresh = after.get(table.getKey()).get(partition.getKey());
                    assertTrue(partition.getValue().equals(old) || partition.getValue().equals(fresh),
                            "after a kill at " + delayMillis + " ms, " + table.getKey() + "/" + partition.getKey()
                                    + " has " + partition.getValue() + " rows: neither the old " + old + " nor the new " + fresh);
                }
            }
            new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
            if (finished) {
                break;
            }
        }
        assertEquals(0, Scripts.run(Map.of(), "bin/slant", "analyze", "--input", sample.toString(), bigger.toString(),
                "--output", out.toString()).exitCode());
        assertEquals(after, partitions(out));
        assertEquals(Files.readString(expected.resolve("csv/by_outlet_date.csv")), Files.readString(out.resolve("csv/by_outlet_date.csv")));
    }

    /** table → date → rows, read with Spark (so every file must be readable). */
    private static Map<String, Map<String, Long>> partitions(Path out) {
        SparkSession spark = SharedSpark.get();
        Map<String, Map<String, Long>> tables = new TreeMap<>();
        for (String table : List.of("articles", "by_outlet_date", "article_targets", "by_outlet_date_frame")) {
            Map<String, Long> counts = new TreeMap<>();
            for (Row r : spark.read().parquet(out.resolve(table).toString()).groupBy("date").count().collectAsList()) {
                counts.put(r.get(0).toString(), r.getLong(1));
            }
            tables.put(table, counts);
        }
        return tables;
    }
}
