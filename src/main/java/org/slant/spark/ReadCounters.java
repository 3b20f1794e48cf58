package org.slant.spark;

import java.io.Serializable;

import org.apache.spark.util.LongAccumulator;

/**
 * What the executors report while reading: records and articles, input files read to their end and
 * bytes read, as Spark accumulators the driver sees per heartbeat and at each task's end
 * ({@link JobProgress}). {@link #NONE} counts nothing, for runs nobody watches.
 */
final class ReadCounters implements Serializable {
    private static final long serialVersionUID = 1L;
    static final ReadCounters NONE = new ReadCounters(null, null, null, null);

    final LongAccumulator records;
    final LongAccumulator articles;
    final LongAccumulator files;
    final LongAccumulator bytes;

    ReadCounters(LongAccumulator records, LongAccumulator articles, LongAccumulator files, LongAccumulator bytes) {
        this.records = records;
        this.articles = articles;
        this.files = files;
        this.bytes = bytes;
    }

    void record(boolean article) {
        if (records != null) {
            records.add(1);
            if (article) {
                articles.add(1);
            }
        }
    }

    void fileDone() {
        if (files != null) {
            files.add(1);
        }
    }

    void bytesRead(long n) {
        if (bytes != null && n > 0) {
            bytes.add(n);
        }
    }
}
