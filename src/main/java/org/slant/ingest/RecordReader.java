package org.slant.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;

/**
 * Turns one input file into a stream of {@link ReadResult}s: records to analyse and rejects that say why
 * a unit of input was not analysed.
 *
 * <p>Expects an already decompressed stream (see {@link Inputs#open}) and the file's name or URI as
 * {@code source}, which is copied into every result. Implementations are stateless and thread-safe; each
 * call returns a new lazy iterator that reads the stream only as far as it is consumed, so files of any
 * size stream through in bounded memory. The iterator never throws for bad input: malformed records, bad
 * encoding and even I/O failures part-way through become {@link Reject}s. The caller closes {@code in}.
 */
public interface RecordReader {
    /**
     * @throws IOException only if the stream cannot be opened for reading at all; later failures are rejects
     */
    Iterator<ReadResult> read(InputStream in, String source) throws IOException;

    /**
     * Reads a part of a file that starts at a line boundary after its beginning ({@link FileSplit}):
     * locations are numbered from {@code firstLine}, a byte order mark is text like any other, and a
     * format with a header row takes {@code header} (the names read from the file's first part) instead.
     *
     * @throws UnsupportedOperationException for formats only read whole
     */
    default Iterator<ReadResult> readPart(InputStream in, String source, long firstLine, List<String> header)
            throws IOException {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " reads whole files only");
    }
}
