package org.slant.spark;

import java.util.Optional;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The one place Spark is configured: defaults first, then what the job needs, then what the user or
 * {@code spark-submit} set, which wins. The master comes from {@code --master}, else
 * {@code SLANT_MASTER}, else the one {@code spark-submit} passed, else {@code local[*]}.
 */
public final class SparkSessions {
    private SparkSessions() {
    }

    /**
     * A session that is stopped when the handle closes, if {@link #open} started it. A session that was
     * already running in this JVM (a notebook's, or the one the test suite shares) belongs to whoever
     * started it and outlives the handle.
     *
     * @param owned whether {@link #open} created the session
     */
    public record Handle(SparkSession session, boolean owned) implements AutoCloseable {
        @Override
        public void close() {
            if (owned) {
                session.stop();
            }
        }
    }

    public static Handle open(String appName, String masterFlag) {
        SparkConf submitted = new SparkConf(true);
        String master = Optional.ofNullable(masterFlag)
                .or(() -> Optional.ofNullable(System.getenv("SLANT_MASTER")).filter(s -> !s.isBlank()))
                .or(() -> submitted.contains("spark.master") ? Optional.of(submitted.get("spark.master")) : Optional.empty())
                .orElse("local[*]");
        SparkConf conf = new SparkConf(false)
                .setAppName(appName)
                .set("spark.sql.session.timeZone", "UTC")
                .set("spark.sql.shuffle.partitions", "16")
                .set("spark.sql.adaptive.enabled", "true")
                .set("spark.sql.debug.maxToStringFields", "200")
                // Running tasks report their counters with each heartbeat: every 5 s rather than 10 s keeps the
                // progress lines (one per 5 s) current while one task reads a large file.
                .set("spark.executor.heartbeatInterval", "5s");
        if (master.startsWith("local")) {
            // One machine lists its folders faster than a Spark job starts: above 32 paths Spark would list a
            // table of a year's dates with a job of one task per date (1.2 s for 293 dates).
            conf.set("spark.sql.sources.parallelPartitionDiscovery.threshold", "100000");
            conf.set("spark.ui.enabled", "false")
                    .set("spark.driver.host", "127.0.0.1")
                    .set("spark.driver.bindAddress", "127.0.0.1");
        }
        // Values from spark-submit or spark-defaults override our defaults.
        for (scala.Tuple2<String, String> kv : submitted.getAll()) {
            conf.set(kv._1(), kv._2());
        }
        conf.setMaster(master);
        if (!conf.contains("spark.hadoop." + org.slant.output.LocalFiles.IMPL_KEY)) {
            // Local paths without a chmod process per file (see LocalFiles); a user's own choice stands.
            conf.set("spark.hadoop." + org.slant.output.LocalFiles.IMPL_KEY, org.slant.output.LocalFiles.class.getName());
        }
        // Correctness settings the job relies on; not user-tunable.
        conf.set("spark.sql.sources.partitionOverwriteMode", "dynamic")
                .set("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS")
                .set("spark.sql.legacy.timeParserPolicy", "CORRECTED")
                // Rows carry LocalDate/Instant, not java.sql types.
                .set("spark.sql.datetime.java8API.enabled", "true");
        // getOrCreate returns the thread's active session, else the default one, when there is one.
        scala.Option<SparkSession> active = SparkSession.getActiveSession();
        scala.Option<SparkSession> existing = SparkSession.getDefaultSession();
        SparkSession session = SparkSession.builder().config(conf).getOrCreate();
        boolean reused = active.isDefined() && active.get() == session || existing.isDefined() && existing.get() == session;
        return new Handle(session, !reused);
    }
}
