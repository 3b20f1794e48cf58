package org.slant.spark;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.spark.SparkContext;
import org.apache.spark.SparkStageInfo;
import org.apache.spark.api.java.JavaSparkStatusTracker;
import org.apache.spark.scheduler.AccumulableInfo;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorMetricsUpdate;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.slant.ingest.InputFiles;
import org.slant.progress.Progress;

import scala.Tuple4;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The driver's view of a running {@code analyze}: the stage {@link AnalyzeJob} says it is in, and what
 * the executors have read so far. Accumulators reach the driver with each finished task and, for tasks
 * still running, with each executor heartbeat; a listener keeps the latest heartbeat value of every
 * running task, so a single task reading one large file still shows progress. That works the same on a
 * standalone cluster as in local mode. Thread-safe: the listener bus writes, a printer reads.
 */
public final class JobProgress implements AutoCloseable {
    public static final String READING = "reading and analysing";

    private final SparkContext spark;
    private final ReadCounters counters;
    private final Listener listener;
    private final Instant started;
    private final long filesTotal;
    private final long bytesTotal;
    private volatile String stage = "starting";
    private volatile Instant readingFrom;
    private volatile Instant readingTo;

    private JobProgress(SparkContext spark, ReadCounters counters, Instant started, long filesTotal, long bytesTotal) {
        this.spark = spark;
        this.counters = counters;
        this.started = started;
        this.filesTotal = filesTotal;
        this.bytesTotal = bytesTotal;
        this.listener = spark == null ? null : new Listener(counters);
        if (spark != null) {
            spark.addSparkListener(listener);
        }
    }

    /**
     * Tracks a run over {@code listing} on {@code session}; {@code started} is when the command started.
     * Close it to stop listening.
     */
    public static JobProgress track(SparkSession session, InputFiles.Listing listing, Instant started) {
        SparkContext sc = session.sparkContext();
        ReadCounters counters = new ReadCounters(counter(sc, "records"), counter(sc, "articles"), counter(sc, "files"),
                counter(sc, "bytes"));
        return new JobProgress(sc, counters, started, listing.fileCount(), listing.bytes());
    }

    /** Tracks nothing: for runs nobody watches (tests, embedding). */
    public static JobProgress none() {
        return new JobProgress(null, ReadCounters.NONE, Instant.now(), 0, 0);
    }

    private static LongAccumulator counter(SparkContext sc, String name) {
        // Named, because Spark reports only named accumulators with a finished task.
        return sc.longAccumulator("slant." + name);
    }

    ReadCounters counters() {
        return counters;
    }

    /** The run enters {@code name}; the first stage after {@link #READING} ends the reading time. */
    void stage(String name) {
        Instant now = Instant.now();
        if (name.equals(READING)) {
            readingFrom = now;
        } else if (readingFrom != null && readingTo == null) {
            readingTo = now;
        }
        stage = name;
    }

    /** Where the run stands now. */
    public Progress snapshot() {
        Instant now = Instant.now();
        long[] read = listener == null ? new long[Listener.COUNTERS] : listener.totals();
        Instant from = readingFrom;
        Instant to = readingTo;
        Duration reading = from == null ? Duration.ZERO : Duration.between(from, to == null ? now : to);
        long tasksDone = 0;
        long tasksTotal = 0;
        if (spark != null && !spark.isStopped()) {
            JavaSparkStatusTracker tracker = new JavaSparkStatusTracker(spark);
            for (int id : tracker.getActiveStageIds()) {
                SparkStageInfo info = tracker.getStageInfo(id);
                if (info != null) {
                    tasksDone += info.numCompletedTasks();
                    tasksTotal += info.numTasks();
                }
            }
        }
        String current = stage;
        return new Progress(current, current.equals(READING), Duration.between(started, now), reading,
                read[Listener.FILES], filesTotal, read[Listener.RECORDS], read[Listener.ARTICLES], read[Listener.BYTES],
                bytesTotal, tasksDone, tasksTotal);
    }

    @Override
    public void close() {
        if (spark != null) {
            spark.removeSparkListener(listener);
        }
    }

    /**
     * Sums the counters of finished tasks (their final values) and of running ones (their latest
     * heartbeat). A heartbeat can arrive after its task's end; it is then ignored, not counted twice.
     */
    private static final class Listener extends SparkListener {
        static final int RECORDS = 0;
        static final int ARTICLES = 1;
        static final int FILES = 2;
        static final int BYTES = 3;
        static final int COUNTERS = 4;

        private final Map<Long, Integer> index = new HashMap<>();
        private final long[] finished = new long[COUNTERS];
        private final Map<Long, long[]> running = new HashMap<>();
        private final Set<Long> ended = new HashSet<>();

        Listener(ReadCounters c) {
            List<LongAccumulator> order = List.of(c.records, c.articles, c.files, c.bytes);
            for (int i = 0; i < COUNTERS; i++) {
                index.put(order.get(i).id(), i);
            }
        }

        @Override
        public synchronized void onExecutorMetricsUpdate(SparkListenerExecutorMetricsUpdate update) {
            for (Tuple4<Object, Object, Object, scala.collection.immutable.Seq<AccumulableInfo>> task
                    : CollectionConverters.asJava(update.accumUpdates())) {
                long taskId = (Long) task._1();
                long[] values = values(task._4());
                if (values != null && !ended.contains(taskId)) {
                    running.put(taskId, values);
                }
            }
        }

        @Override
        public synchronized void onTaskEnd(SparkListenerTaskEnd end) {
            long taskId = end.taskInfo().taskId();
            long[] partial = running.remove(taskId);
            long[] values = values(end.taskInfo().accumulables());
            if (partial != null || values != null) {
                ended.add(taskId);
            }
            // A failed task's counts are dropped, as Spark drops its accumulator updates; its retry counts.
            if (values != null && end.taskInfo().successful()) {
                for (int i = 0; i < COUNTERS; i++) {
                    finished[i] += values[i];
                }
            }
        }

        synchronized long[] totals() {
            long[] sum = finished.clone();
            for (long[] v : running.values()) {
                for (int i = 0; i < COUNTERS; i++) {
                    sum[i] += v[i];
                }
            }
            return sum;
        }

        /** This run's counters among a task's accumulator values; null when it has none of them. */
        private long[] values(scala.collection.immutable.Seq<AccumulableInfo> infos) {
            long[] v = null;
            for (AccumulableInfo info : CollectionConverters.asJava(infos)) {
                Integer i = index.get(info.id());
                if (i != null && info.update().isDefined() && info.update().get() instanceof Long n) {
                    if (v == null) {
                        v = new long[COUNTERS];
                    }
                    v[i] = n;
                }
            }
            return v;
        }
    }
}
