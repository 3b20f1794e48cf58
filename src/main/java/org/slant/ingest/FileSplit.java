package org.slant.ingest;

import java.io.Serializable;
import java.util.List;

/**
 * A part of an input file that one task reads: the lines that start in the byte range
 * {@code [start, end)} ({@link LineRange}), or the whole file. A large line-delimited file is read in
 * such parts so that it keeps every core busy; the parts of a file together read every line once.
 *
 * @param file      the file
 * @param start     first byte of the range; 0 for a whole file
 * @param end       end of the range (exclusive); {@link #WHOLE} for a whole file
 * @param firstLine the number of the first line that starts in the range, so locations stay the file's
 *                  line numbers
 * @param header    for a CSV or TSV part after the first, the header names read from the file's first
 *                  part; null otherwise
 */
public record FileSplit(InputFile file, long start, long end, long firstLine, List<String> header)
        implements Serializable {
    public static final long WHOLE = Long.MAX_VALUE;

    public FileSplit {
        header = header == null ? null : List.copyOf(header);
    }

    /** The whole file, read by one task. */
    public static FileSplit whole(InputFile file) {
        return new FileSplit(file, 0, WHOLE, 1, null);
    }

    public boolean isWhole() {
        return end == WHOLE;
    }
}
