package org.slant.spark;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOError;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSError;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.slant.config.InputFormat;
import org.slant.ingest.FieldMapping;
import org.slant.ingest.FileSplit;
import org.slant.ingest.InputFile;
import org.slant.ingest.LineRange;
import org.slant.ingest.Inputs;
import org.slant.ingest.ParquetRecordReader;
import org.slant.ingest.ReadResult;
import org.slant.ingest.Readers;
import org.slant.ingest.Reject;

/**
 * The records of a sequence of files or parts of files ({@link FileSplit}, any Hadoop file system), read
 * one after the other and lazily: line formats by their {@link org.slant.ingest.RecordReader}, Parquet by
 * {@link ParquetRecordReader}, each file in the format decided for it when the inputs were listed.
 *
 * <p>Never throws for a bad file: one that cannot be opened becomes an {@code unreadable: ...} reject
 * and one that breaks off part-way a {@code read error part-way ...} reject after its records so far,
 * both naming the file, and reading goes on with the next file. That includes disk errors, which
 * Hadoop's local file system raises as {@link FSError}, an {@link Error} rather than an exception.
 * Not thread-safe: one instance per partition.
 */
final class FileRecords implements Iterator<ReadResult>, Closeable {
    private final Iterator<FileSplit> files;
    private final Configuration conf;
    private final Readers readers = new Readers();
    private final ParquetRecordReader parquet;
    private final ReadCounters counters;
    private Iterator<ReadResult> current = Collections.emptyIterator();
    private Closeable open;
    private String source;
    private ReadResult next;
    /** The file or part being read, until it is counted as done; and its bytes counted so far. */
    private FileSplit reading;
    private long counted;

    FileRecords(Iterator<FileSplit> files, FieldMapping fields, Configuration conf) {
        this(files, fields, conf, ReadCounters.NONE);
    }

    /** Reports bytes as they are read (line formats) and each file once it is done to {@code counters}. */
    FileRecords(Iterator<FileSplit> files, FieldMapping fields, Configuration conf, ReadCounters counters) {
        this.files = files;
        this.conf = conf;
        this.parquet = new ParquetRecordReader(fields::claims);
        this.counters = counters;
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = pull();
        }
        return next != null;
    }

    @Override
    public ReadResult next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ReadResult r = next;
        next = null;
        return r;
    }

    @Override
    public void close() {
        closeQuietly();
        fileDone();
    }

    private ReadResult pull() {
        while (true) {
            try {
                if (current.hasNext()) {
                    return current.next();
                }
            } catch (RuntimeException | FSError | IOError e) {
                current = Collections.emptyIterator();
                closeQuietly();
                fileDone();
                return Reject.of(source, "file", "read error part-way (rest of file not read): " + describe(e), "");
            }
            closeQuietly();
            fileDone();
            if (!files.hasNext()) {
                return null;
            }
            FileSplit file = files.next();
            source = file.file().path();
            reading = file;
            try {
                current = open(file);
            } catch (IOException | RuntimeException | FSError | IOError e) {
                closeQuietly();
                current = Collections.emptyIterator();
                fileDone();
                return Reject.of(source, "file", "unreadable: " + describe(e), "");
            }
        }
    }

    private Iterator<ReadResult> open(FileSplit split) throws IOException {
        InputFile file = split.file();
        String name = file.path();
        Path path = new Path(name);
        if (file.format() == InputFormat.PARQUET) {
            ParquetRecordReader.Rows rows = parquet.read(HadoopInputFile.fromPath(path, conf), name);
            open = rows;
            return rows;
        }
        FileSystem fs = path.getFileSystem(conf);
        if (!split.isWhole()) {
            FSDataInputStream raw = fs.open(path);
            open = raw;
            if (split.start() > 0) {
                raw.seek(split.start() - 1);
            }
            InputStream in = new LineRange(new DiskErrorsAsIOException(new Counted(raw)), split.start(), split.end());
            open = in;
            return split.start() == 0 ? readers.forFormat(file.format()).read(in, name)
                    : readers.forFormat(file.format()).readPart(in, name, split.firstLine(), split.header());
        }
        InputStream in = Inputs.open(new DiskErrorsAsIOException(new Counted(fs.open(path))), path.getName());
        open = in;
        return readers.forFormat(file.format()).read(in, name);
    }

    /**
     * Counts the file or part being read as done, with all its listed bytes: one that stopped early or
     * is Parquet (read by its footer and columns, not front to back) counts its rest here. A file split
     * into parts counts as a file done when its last part is (parts may finish in any order, so the
     * file count can run a little ahead or behind; the bytes are exact).
     */
    private void fileDone() {
        if (reading != null) {
            long bytes = reading.file().bytes();
            long length = reading.isWhole() ? bytes : Math.max(0, Math.min(reading.end(), bytes) - reading.start());
            counters.bytesRead(Math.max(0, length - counted));
            if (reading.isWhole() || reading.end() >= bytes) {
                counters.fileDone();
            }
            reading = null;
            counted = 0;
        }
    }

    private void closeQuietly() {
        if (open != null) {
            try {
                open.close();
            } catch (IOException | RuntimeException | FSError | IOError ignored) {
                // The file was fully consumed or already reported; a failing close changes nothing.
            }
            open = null;
        }
    }

    static String describe(Throwable e) {
        Throwable shown = (e instanceof FSError || e instanceof IOError) && e.getCause() != null ? e.getCause() : e;
        String m = shown.getMessage();
        return m == null || m.isBlank() ? shown.getClass().getSimpleName() : m;
    }

    /** The raw (still compressed) bytes read from the current file, reported as they come. */
    private final class Counted extends FilterInputStream {
        Counted(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            add(n);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            add(skipped);
            return skipped;
        }

        private void add(long n) {
            if (n > 0) {
                counted += n;
                counters.bytesRead(n);
            }
        }
    }

    /**
     * Hands the readers a disk error as the {@link IOException} they already turn into a reject saying
     * where reading stopped; Hadoop's local file system throws it as {@link FSError}.
     */
    static final class DiskErrorsAsIOException extends FilterInputStream {
        DiskErrorsAsIOException(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (FSError | IOError e) {
                throw asIOException(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (FSError | IOError e) {
                throw asIOException(e);
            }
        }

        @Override
        public long skip(long n) throws IOException {
            try {
                return super.skip(n);
            } catch (FSError | IOError e) {
                throw asIOException(e);
            }
        }

        @Override
        public int available() throws IOException {
            try {
                return super.available();
            } catch (FSError | IOError e) {
                throw asIOException(e);
            }
        }

        private static IOException asIOException(Error e) {
            return e.getCause() instanceof IOException io ? io : new IOException(describe(e), e);
        }
    }
}
