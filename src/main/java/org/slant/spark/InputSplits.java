package org.slant.spark;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.slant.config.InputFormat;
import org.slant.ingest.FileSplit;
import org.slant.ingest.InputFile;
import org.slant.ingest.LineRange;
import org.slant.ingest.SplitPlan;

/**
 * Cuts large line-delimited inputs into parts of about {@link #splitBytes} bytes, so that one big dump
 * keeps every core busy rather than one ({@link SplitPlan} says which files may be cut and how).
 * Locations stay the file's line numbers: one cheap Spark job counts the lines of every range where the
 * file is stored, in parallel, and each part is numbered from the lines before it. Files that are not
 * cut, and all inputs when none is large, are read whole as before, without that job.
 */
final class InputSplits {
    /** System property: the bytes per part (tests use a few hundred); by default from the input size. */
    static final String SPLIT_BYTES = "slant.split.bytes";
    static final long MAX_SPLIT = 128L << 20;
    static final long MIN_SPLIT = 4L << 20;

    private InputSplits() {
    }

    /** The bytes per part: {@link #SPLIT_BYTES} if set, else two parts per core, within 4 to 128 MB. */
    static long splitBytes(long totalBytes, int parallelism) {
        Long configured = Long.getLong(SPLIT_BYTES);
        if (configured != null && configured > 0) {
            return configured;
        }
        long perCore = (totalBytes + 2L * parallelism - 1) / (2L * Math.max(1, parallelism));
        return Math.min(MAX_SPLIT, Math.max(MIN_SPLIT, perCore));
    }

    /** Every listed file as one or more splits, in listing order. */
    static List<FileSplit> plan(JavaSparkContext jsc, List<InputFile> files, Configuration hadoop) {
        long size = splitBytes(files.stream().mapToLong(InputFile::bytes).sum(), jsc.defaultParallelism());
        List<Cut> cuts = new ArrayList<>();
        List<Range> ranges = new ArrayList<>();
        for (InputFile file : files) {
            Optional<Cut> cut = file.bytes() > size && SplitPlan.cuttable(file) ? cut(file, size, hadoop) : Optional.empty();
            cuts.add(cut.orElse(null));
            cut.ifPresent(c -> c.ranges().forEach(r -> ranges.add(new Range(file, r[0], r[1]))));
        }
        if (ranges.isEmpty()) {
            return files.stream().map(FileSplit::whole).toList();
        }
        List<SplitPlan.Census> census = jsc.parallelize(ranges, Math.min(ranges.size(), jsc.defaultParallelism() * 4))
                .map(new CountLines(new HadoopConf(hadoop))).collect();
        List<FileSplit> out = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < files.size(); i++) {
            Cut cut = cuts.get(i);
            if (cut == null) {
                out.add(FileSplit.whole(files.get(i)));
                continue;
            }
            List<SplitPlan.Census> counted = census.subList(next, next + cut.ranges().size());
            next += cut.ranges().size();
            // A range that could not be read: the whole file is read by one task, which reports it as before.
            out.addAll(counted.contains(null) ? List.of(FileSplit.whole(files.get(i)))
                    : SplitPlan.splits(files.get(i), cut.ranges(), counted, cut.header()));
        }
        return out;
    }

    /** The ranges of a file and, for CSV and TSV, its header read here on the driver (a line or so). */
    private static Optional<Cut> cut(InputFile file, long size, Configuration hadoop) {
        long notBefore = 0;
        List<String> header = null;
        if (SplitPlan.hasHeader(file)) {
            Path path = new Path(file.path());
            try (InputStream in = new BufferedInputStream(path.getFileSystem(hadoop).open(path), 64 * 1024)) {
                Optional<SplitPlan.Header> h = SplitPlan.header(in, file.format() == InputFormat.TSV ? '\t' : ',');
                if (h.isEmpty()) {
                    return Optional.empty();
                }
                notBefore = h.get().end();
                header = h.get().names();
            } catch (IOException | RuntimeException e) {
                // Read whole: the task reading it reports the file as unreadable, as for any other file.
                return Optional.empty();
            }
        }
        List<long[]> ranges = SplitPlan.ranges(file.bytes(), size, notBefore);
        return ranges.size() < 2 ? Optional.empty() : Optional.of(new Cut(ranges, header));
    }

    private record Cut(List<long[]> ranges, List<String> header) {
    }

    private record Range(InputFile file, long start, long end) implements java.io.Serializable {
    }

    /** A range's census, or null when it cannot be read. */
    private static final class CountLines implements Function<Range, SplitPlan.Census> {
        private static final long serialVersionUID = 1L;
        private final HadoopConf hadoop;

        CountLines(HadoopConf hadoop) {
            this.hadoop = hadoop;
        }

        @Override
        public SplitPlan.Census call(Range range) {
            Path path = new Path(range.file().path());
            try {
                FSDataInputStream raw = path.getFileSystem(hadoop.get()).open(path);
                if (range.start() > 0) {
                    raw.seek(range.start() - 1);
                }
                try (InputStream in = new LineRange(raw, range.start(), range.end())) {
                    return SplitPlan.census(in);
                }
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
    }
}
