package org.slant.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slant.config.InputFormat;

/**
 * How a large line-delimited file is cut into {@link FileSplit}s, without Spark: which files may be cut,
 * the byte ranges, a census of each range's lines, and the splits with their first line numbers.
 *
 * <p>JSON Lines, CSV and TSV may be cut at line boundaries; gzip files, raw text articles and Parquet
 * are read whole. A CSV or TSV file is read whole unless each of its lines is a row of its own: when any
 * line holds an odd number of quotes (a quoted field continues on the next line, or a quote never closes)
 * or its header row cannot be read cheaply, a cut could split a row, so one task reads it all as before.
 * Stateless.
 */
public final class SplitPlan {
    /** The longest header line (with blank lines before it) looked for on the driver. */
    static final int HEADER_BYTES = 1 << 20;

    private SplitPlan() {
    }

    /** The lines of one range: how many start in it, and how many of them hold an odd number of quotes. */
    public record Census(long lines, long oddQuoteLines) implements java.io.Serializable {
    }

    /** A CSV or TSV header: its names, and the offset just after its line (and any blank lines before it). */
    public record Header(List<String> names, long end) {
    }

    /** Whether a file of this format and name may be cut at line boundaries. */
    public static boolean cuttable(InputFile file) {
        boolean lines = file.format() == InputFormat.JSONL || file.format() == InputFormat.CSV
                || file.format() == InputFormat.TSV;
        return lines && !Inputs.baseName(file.path()).toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    public static boolean hasHeader(InputFile file) {
        return file.format() == InputFormat.CSV || file.format() == InputFormat.TSV;
    }

    /**
     * Ranges of about {@code size} bytes tiling {@code [0, bytes)}, as {start, end} pairs; no cut before
     * {@code notBefore}, so that a header stays in the first range.
     */
    public static List<long[]> ranges(long bytes, long size, long notBefore) {
        List<long[]> out = new ArrayList<>();
        long start = 0;
        for (long cut = size; cut < bytes; cut += size) {
            if (cut >= notBefore) {
                out.add(new long[] {start, cut});
                start = cut;
            }
        }
        out.add(new long[] {start, bytes});
        return out;
    }

    /** Counts the lines of a range ({@link LineRange}) as {@link LineSource} numbers them, and their quotes. */
    public static Census census(InputStream range) throws IOException {
        byte[] buf = new byte[64 * 1024];
        long lines = 0;
        long odd = 0;
        boolean atStart = true;
        boolean afterCr = false;
        int quotes = 0;
        for (int n = range.read(buf); n != -1; n = range.read(buf)) {
            for (int i = 0; i < n; i++) {
                byte c = buf[i];
                if (afterCr && c == '\n') {
                    afterCr = false;
                    continue;
                }
                afterCr = false;
                if (atStart) {
                    lines++;
                    atStart = false;
                    quotes = 0;
                }
                if (c == '\n' || c == '\r') {
                    odd += quotes & 1;
                    atStart = true;
                    afterCr = c == '\r';
                } else if (c == '"') {
                    quotes++;
                }
            }
        }
        if (!atStart) {
            odd += quotes & 1;
        }
        return new Census(lines, odd);
    }

    /**
     * The header of a CSV or TSV file read from its start (a stream that supports mark): the first line
     * that is not blank, when it is valid UTF-8, has an even number of quotes and parses; empty otherwise,
     * and the file is then read whole.
     */
    public static Optional<Header> header(InputStream file, char separator) throws IOException {
        long offset = 0;
        boolean first = true;
        while (true) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int c = file.read();
            if (c == -1) {
                return Optional.empty();
            }
            while (c != -1 && c != '\n' && c != '\r') {
                line.write(c);
                if (++offset > HEADER_BYTES) {
                    return Optional.empty();
                }
                c = file.read();
            }
            if (c != -1) {
                offset++;
            }
            if (c == '\r') {
                // The LF of a CRLF belongs to this line; any other byte starts the next one.
                file.mark(1);
                if (file.read() == '\n') {
                    offset++;
                } else {
                    file.reset();
                }
            }
            byte[] bytes = line.toByteArray();
            int bom = first && bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                    && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
            first = false;
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, bom, bytes.length - bom)).toString();
            } catch (CharacterCodingException e) {
                return Optional.empty();
            }
            if (text.isBlank()) {
                continue;
            }
            if (text.chars().filter(ch -> ch == '"').count() % 2 != 0) {
                return Optional.empty();
            }
            long end = offset;
            return CsvRecordReader.headerOf(text, separator).map(names -> new Header(names, end));
        }
    }

    /**
     * The splits of a file cut into {@code ranges} with their {@code census}: each numbered from the line
     * after all lines of the ranges before it; ranges where no line starts are left out. A CSV or TSV
     * file with a line of odd quotes is one whole split.
     */
    public static List<FileSplit> splits(InputFile file, List<long[]> ranges, List<Census> census, List<String> header) {
        if (hasHeader(file) && census.stream().anyMatch(c -> c.oddQuoteLines() > 0)) {
            return List.of(FileSplit.whole(file));
        }
        List<FileSplit> out = new ArrayList<>();
        long line = 1;
        for (int i = 0; i < ranges.size(); i++) {
            if (census.get(i).lines() > 0) {
                out.add(new FileSplit(file, ranges.get(i)[0], ranges.get(i)[1], line, i == 0 ? null : header));
            }
            line += census.get(i).lines();
        }
        return out.isEmpty() ? List.of(FileSplit.whole(file)) : out;
    }
}
