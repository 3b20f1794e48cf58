package org.slant.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.slant.ingest.Inputs;
import org.slant.ingest.ReadResult;
import org.slant.ingest.Readers;
import org.slant.ingest.RecordReader;
import org.slant.ingest.Reject;

/**
 * Reads the files named by a partition's paths and yields one {@link Schemas#ANALYZED} row per record,
 * lazily, so a large file is streamed rather than held in memory. A file that cannot be opened or
 * breaks off part-way becomes a reject naming it; the job goes on.
 */
final class FileIngest implements FlatMapFunction<Iterator<String>, Row> {
    private static final long serialVersionUID = 1L;
    private final PipelineSettings settings;
    private final HadoopConf hadoop;

    FileIngest(PipelineSettings settings, HadoopConf hadoop) {
        this.settings = settings;
        this.hadoop = hadoop;
    }

    @Override
    public Iterator<Row> call(Iterator<String> paths) {
        RecordPipeline pipeline = new RecordPipeline(settings);
        Readers readers = new Readers();
        return new Iterator<>() {
            private Iterator<ReadResult> current = Collections.emptyIterator();
            private InputStream open;
            private String source;
            private Row next;

            @Override
            public boolean hasNext() {
                while (next == null) {
                    ReadResult item = pull();
                    if (item == null) {
                        return false;
                    }
                    next = pipeline.process(item);
                }
                return true;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Row row = next;
                next = null;
                return row;
            }

            private ReadResult pull() {
                while (true) {
                    try {
                        if (current.hasNext()) {
                            return current.next();
                        }
                    } catch (RuntimeException e) {
                        current = Collections.emptyIterator();
                        closeQuietly();
                        return Reject.of(source, "file", "read error part-way (rest of file not read): " + e.getMessage(), "");
                    }
                    closeQuietly();
                    if (!paths.hasNext()) {
                        return null;
                    }
                    source = paths.next();
                    try {
                        Path path = new Path(source);
                        FileSystem fs = path.getFileSystem(hadoop.get());
                        open = Inputs.open(fs.open(path), path.getName());
                        RecordReader reader = readers.forFile(settings.format(), path.getName());
                        current = reader.read(open, source);
                    } catch (IOException | RuntimeException e) {
                        closeQuietly();
                        current = Collections.emptyIterator();
                        return Reject.of(source, "file", "unreadable: " + e.getMessage(), "");
                    }
                }
            }

            private void closeQuietly() {
                if (open != null) {
                    try {
                        open.close();
                    } catch (IOException ignored) {
                        // The file was fully consumed or already reported; a failing close changes nothing.
                    }
                    open = null;
                }
            }
        };
    }
}
