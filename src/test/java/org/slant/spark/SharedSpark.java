package org.slant.spark;

import org.apache.spark.sql.SparkSession;

/**
 * One local[2] session for every Spark test in the JVM, configured exactly as the job configures its
 * own; starting Spark costs seconds, so tests share it. Stopped when the test JVM exits. A command run
 * in the test JVM ({@code Main.run("analyze", ...)}) after {@link #get} finds this session, uses it and
 * leaves it running ({@link SparkSessions.Handle#owned}).
 */
public final class SharedSpark {
    private static SparkSession session;

    private SharedSpark() {
    }

    public static synchronized SparkSession get() {
        if (session == null) {
            SparkSessions.Handle handle = SparkSessions.open("slant-tests", "local[2]");
            session = handle.session();
            Runtime.getRuntime().addShutdownHook(new Thread(handle::close));
        }
        return session;
    }
}
