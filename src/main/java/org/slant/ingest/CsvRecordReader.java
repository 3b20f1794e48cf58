package org.slant.ingest;

import com.opencsv.CSVParserBuilder;
import com.opencsv.ICSVParser;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Reads CSV or TSV with a header row and RFC-4180 quoting ({@code "} around a field, {@code ""} inside
 * one; no backslash escapes), one {@link RawRecord} per data row keyed by the header's names.
 *
 * <p>Expects strict UTF-8 (a BOM is dropped). Produces, lazily: records with location {@code line N} or
 * {@code lines N-M} for rows with quoted line breaks; rejects for a row with invalid UTF-8, a row with the
 * wrong number of columns, an over-long line and an unclosed quote. Blank lines between rows are skipped.
 *
 * <p>Recovery from an unclosed quote: OpenCSV's {@link ICSVParser} parses each row, but this class feeds
 * it physical lines itself and keeps the lines of an unfinished row, so that when the quote never closes
 * (end of file, the size guard) or closes in a way well-formed CSV cannot (text straight after a closing
 * quote, which is what a stray quote running through later rows produces) only the row's first line is
 * rejected and reading resumes on the line after it. A legitimately long quoted field (no line-length
 * limit; up to {@code maxRecordChars}) still reads. A file whose header row is unusable becomes one reject
 * saying how many lines were not read.
 *
 * <p>Immutable and thread-safe; each {@link #read} returns an independent iterator.
 */
public final class CsvRecordReader implements RecordReader {
    /** Default bound on one record (header or row), in characters: room for a 5 MB field many times over. */
    public static final int DEFAULT_MAX_RECORD_CHARS = 32 * 1024 * 1024;

    private final char separator;
    private final int maxRecordChars;

    /** A reader for {@code separator}-separated text ({@code ','} or {@code '\t'}) with the default bound. */
    public CsvRecordReader(char separator) {
        this(separator, DEFAULT_MAX_RECORD_CHARS);
    }

    /**
     * @param maxRecordChars largest record kept in memory; a quoted field still open beyond it is taken for
     *     an unclosed quote
     */
    public CsvRecordReader(char separator, int maxRecordChars) {
        if (separator == '"' || separator == '\n' || separator == '\r') {
            throw new IllegalArgumentException("unusable separator: " + (int) separator);
        }
        if (maxRecordChars < 1) {
            throw new IllegalArgumentException("maxRecordChars must be positive: " + maxRecordChars);
        }
        this.separator = separator;
        this.maxRecordChars = maxRecordChars;
    }

    /** Comma-separated values. */
    public static CsvRecordReader csv() {
        return new CsvRecordReader(',');
    }

    /** Tab-separated values with RFC-4180 quoting. */
    public static CsvRecordReader tsv() {
        return new CsvRecordReader('\t');
    }

    @Override
    public Iterator<ReadResult> read(InputStream in, String source) throws IOException {
        return new Rows(new LineSource(StrictUtf8.newReader(in), maxRecordChars), source, separator, maxRecordChars);
    }

    /** A parsed row and the physical lines it came from. */
    private record Row(long firstLine, long lastLine, List<String> fields, String firstText) {
        String location() {
            return firstLine == lastLine ? "line " + firstLine : "lines " + firstLine + "-" + lastLine;
        }
    }

    private static final class Rows implements Iterator<ReadResult> {
        private final LineSource lines;
        private final String source;
        private final char separator;
        private final int maxRecordChars;
        /** Lines read ahead for a row that turned out to be broken; they are parsed again first. */
        private final Deque<LineSource.Line> replay = new ArrayDeque<>();
        private final Deque<ReadResult> ready = new ArrayDeque<>();
        private List<String> header;
        private boolean finished;

        Rows(LineSource lines, String source, char separator, int maxRecordChars) {
            this.lines = lines;
            this.source = source;
            this.separator = separator;
            this.maxRecordChars = maxRecordChars;
        }

        @Override
        public boolean hasNext() {
            while (ready.isEmpty() && !finished) {
                try {
                    step();
                } catch (IOException | RuntimeException e) {
                    // A truncated .gz or a failing disk: say where reading stopped instead of failing the job.
                    ready.add(Reject.of(source, "after line " + lines.lineNumber(),
                            "read error, rest of file not read: " + e, ""));
                    finished = true;
                }
            }
            return !ready.isEmpty();
        }

        @Override
        public ReadResult next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return ready.poll();
        }

        private void step() throws IOException {
            int rejectsBefore = ready.size();
            Row row = readRow();
            if (header == null) {
                if (row == null && ready.size() == rejectsBefore) {
                    ready.add(Reject.of(source, "file", "empty file: no header row", ""));
                    finished = true;
                } else if (row == null || StrictUtf8.hasInvalid(String.join("", row.fields()))) {
                    if (row != null) {
                        ready.add(Reject.of(source, row.location(), StrictUtf8.INVALID_UTF8, row.firstText()));
                    }
                    long unread = replay.size();
                    while (lines.next() != null) {
                        unread++;
                    }
                    replay.clear();
                    if (unread > 0) {
                        ready.add(Reject.of(source, "after line " + (lines.lineNumber() - unread),
                                unread + " lines not read: the file has no usable header row", ""));
                    }
                    finished = true;
                } else {
                    header = headerNames(row.fields());
                }
                return;
            }
            if (row == null) {
                finished = ready.size() == rejectsBefore;
                return;
            }
            if (StrictUtf8.hasInvalid(String.join("", row.fields()))) {
                ready.add(Reject.of(source, row.location(), StrictUtf8.INVALID_UTF8, row.firstText()));
            } else if (row.fields().size() != header.size()) {
                ready.add(Reject.of(source, row.location(), "wrong column count: expected " + header.size()
                        + ", found " + row.fields().size(), row.firstText()));
            } else {
                Map<String, String> fields = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    fields.put(header.get(i), row.fields().get(i));
                }
                ready.add(new RawRecord(source, row.location(), fields));
            }
        }

        /**
         * The next row, or null when the input is exhausted or the row was rejected (the reject is then in
         * {@code ready}); the caller tells the two apart by whether a reject was added.
         */
        private Row readRow() throws IOException {
            LineSource.Line first;
            do {
                first = nextLine();
                if (first == null) {
                    return null;
                }
            } while (!first.overlong() && first.text().isBlank());
            if (first.overlong()) {
                ready.add(Reject.of(source, "line " + first.number(),
                        "line too long: more than " + maxRecordChars + " characters", first.text()));
                return null;
            }
            ICSVParser parser = newParser();
            List<LineSource.Line> used = new ArrayList<>();
            used.add(first);
            List<String> fields = new ArrayList<>(Arrays.asList(parser.parseLineMulti(first.text())));
            long chars = first.text().length();
            while (parser.isPending()) {
                LineSource.Line more = nextLine();
                if (more == null) {
                    unclosedQuote(used, "unclosed quote: no closing quote before the end of the file");
                    return null;
                }
                used.add(more);
                chars += more.text().length() + 1;
                if (more.overlong() || chars > maxRecordChars) {
                    unclosedQuote(used, "unclosed quote: no closing quote within " + maxRecordChars + " characters");
                    return null;
                }
                fields.addAll(Arrays.asList(parser.parseLineMulti(more.text())));
            }
            if (used.size() > 1 && !wellFormed(used)) {
                unclosedQuote(used, "unclosed quote: the quoted field runs into the following lines");
                return null;
            }
            return new Row(first.number(), used.get(used.size() - 1).number(), fields, first.text());
        }

        /** Rejects the row's first line and puts the lines after it back to be read as rows again. */
        private void unclosedQuote(List<LineSource.Line> used, String reason) {
            LineSource.Line first = used.get(0);
            ready.add(Reject.of(source, "line " + first.number(), reason, first.text()));
            for (int i = used.size() - 1; i >= 1; i--) {
                replay.addFirst(used.get(i));
            }
        }

        /**
         * Whether a multi-line row is well-formed RFC-4180: quotes open only at the start of a field, and a
         * closing quote is followed by a separator or the row's end. OpenCSV is lenient here; a stray quote
         * that swallows the following rows is exactly what breaks these rules, usually on the next line.
         */
        private boolean wellFormed(List<LineSource.Line> rowLines) {
            final int fieldStart = 0;
            final int unquoted = 1;
            final int quoted = 2;
            final int quoteInQuoted = 3;
            int state = fieldStart;
            for (int l = 0; l < rowLines.size(); l++) {
                String text = rowLines.get(l).text();
                int n = text.length();
                for (int i = 0; i <= n; i++) {
                    boolean lineEnd = i == n;
                    if (lineEnd && l == rowLines.size() - 1) {
                        break;
                    }
                    char c = lineEnd ? '\n' : text.charAt(i);
                    switch (state) {
                        case fieldStart, unquoted -> {
                            if (c == '\n') {
                                return false;
                            } else if (c == separator) {
                                state = fieldStart;
                            } else if (c == '"' && state == fieldStart) {
                                state = quoted;
                            } else {
                                state = unquoted;
                            }
                        }
                        case quoted -> {
                            if (c == '"') {
                                state = quoteInQuoted;
                            }
                        }
                        default -> {
                            if (c == '"') {
                                state = quoted;
                            } else if (c == separator) {
                                state = fieldStart;
                            } else {
                                return false;
                            }
                        }
                    }
                }
            }
            return state != quoted;
        }

        private LineSource.Line nextLine() throws IOException {
            return replay.isEmpty() ? lines.next() : replay.pollFirst();
        }

        private ICSVParser newParser() {
            return new CSVParserBuilder()
                    .withSeparator(separator)
                    .withQuoteChar('"')
                    // RFC-4180 has no escape character; OpenCSV's default backslash would eat "C:\" paths.
                    .withEscapeChar(ICSVParser.NULL_CHARACTER)
                    .withIgnoreLeadingWhiteSpace(false)
                    .build();
        }
    }

    /** Header names trimmed and BOM-free; blank names become {@code column_N}, repeats {@code name_2}. */
    static List<String> headerNames(List<String> raw) {
        List<String> names = new ArrayList<>(raw.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String name = raw.get(i).replace("\uFEFF", "").strip();
            if (name.isEmpty()) {
                name = "column_" + (i + 1);
            }
            String unique = name;
            for (int k = 2; !seen.add(unique); k++) {
                unique = name + "_" + k;
            }
            names.add(unique);
        }
        return names;
    }
}
