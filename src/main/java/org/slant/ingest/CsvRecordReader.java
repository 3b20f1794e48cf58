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
import java.util.Optional;
import java.util.Set;

/**
 * Reads CSV or TSV with a header row and RFC-4180 quoting ({@code "} around a field, {@code ""} inside
 * one; no backslash escapes), one {@link RawRecord} per data row keyed by the header's names.
 *
 * <p>Expects strict UTF-8 (a BOM is dropped). Produces, lazily: records with location {@code line N} or
 * {@code lines N-M} for rows with quoted line breaks; rejects for a row with invalid UTF-8, a row with the
 * wrong number of columns, an over-long line and an unclosed quote. Blank lines between rows are skipped.
 *
 * <p>Row boundaries are found here, parsing by OpenCSV's {@link ICSVParser}: this class reads physical
 * lines itself and follows the quoting, so a row continues onto the next line only from inside a quoted
 * field, the whole row then goes to OpenCSV in one piece (linear time for a field of any length, up to
 * {@code maxRecordChars}; no line-length limit below that), and the lines of an unfinished row are kept.
 * When a quote never closes (end of file, the size guard) or closes in a way well-formed CSV cannot
 * (text straight after the closing quote, as a stray quote running through later rows produces), only
 * the row's first line is rejected as {@code unclosed quote} and reading resumes on the line after it.
 * A single line with an odd, irregular quote that OpenCSV cannot finish is rejected on its own. A file
 * whose header row is unusable becomes one reject saying how many lines were not read.
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
        return new Rows(new LineSource(StrictUtf8.newReader(in), maxRecordChars), source, separator, maxRecordChars, null);
    }

    /** Rows of a part of a file after its header row, keyed by the {@code header} names read from its start. */
    @Override
    public Iterator<ReadResult> readPart(InputStream in, String source, long firstLine, List<String> header)
            throws IOException {
        if (header == null) {
            throw new IllegalArgumentException("a part of " + source + " after its start needs the file's header");
        }
        return new Rows(new LineSource(StrictUtf8.newReader(in, false), maxRecordChars, firstLine), source, separator,
                maxRecordChars, header);
    }

    /**
     * The header names a header row of one line gives, as {@link #read} takes them; empty when the row
     * has invalid UTF-8 or a quote that does not close on the line.
     */
    public static Optional<List<String>> headerOf(String line, char separator) {
        if (StrictUtf8.hasInvalid(line)) {
            return Optional.empty();
        }
        ICSVParser parser = Rows.newParser(separator);
        try {
            List<String> fields = Arrays.asList(parser.parseLineMulti(line));
            return parser.isPending() ? Optional.empty() : Optional.of(headerNames(fields));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A parsed row and the physical lines it came from. */
    private record Row(long firstLine, long lastLine, List<String> fields, String firstText) {
        String location() {
            return firstLine == lastLine ? "line " + firstLine : "lines " + firstLine + "-" + lastLine;
        }
    }

    private static final class Rows extends SteppedReader {
        private final char separator;
        private final int maxRecordChars;
        /** Lines read ahead for a row that turned out to be broken; they are parsed again first. */
        private final Deque<LineSource.Line> replay = new ArrayDeque<>();
        private List<String> header;

        Rows(LineSource lines, String source, char separator, int maxRecordChars, List<String> header) {
            super(lines, source);
            this.separator = separator;
            this.maxRecordChars = maxRecordChars;
            this.header = header;
        }

        @Override
        protected void step() throws IOException {
            int rejectsBefore = ready.size();
            Row row = readRow();
            if (header == null) {
                if (row == null && ready.size() == rejectsBefore) {
                    // Nothing but blank lines: a readable file that holds no records (an empty nightly
                    // dump), not a bad one.
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
            QuoteTracker quotes = new QuoteTracker(separator);
            quotes.feed(first.text());
            List<LineSource.Line> used = new ArrayList<>();
            used.add(first);
            // A first line that is already irregular is left to OpenCSV's lenient reading; only a clean
            // line that ends inside a quoted field continues on the next line.
            if (!quotes.irregular()) {
                long chars = first.text().length();
                while (quotes.inQuotedField()) {
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
                    quotes.feed("\n");
                    quotes.feed(more.text());
                    if (quotes.irregular()) {
                        unclosedQuote(used, "unclosed quote: the quoted field runs into the following lines");
                        return null;
                    }
                }
            }
            String text = used.size() == 1 ? first.text()
                    : String.join("\n", used.stream().map(LineSource.Line::text).toList());
            // The whole row goes to OpenCSV at once: fed line by line it re-copies the open field each time.
            ICSVParser parser = newParser(separator);
            List<String> fields = Arrays.asList(parser.parseLineMulti(text));
            if (parser.isPending()) {
                unclosedQuote(used, "unclosed quote: no closing quote on the line");
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

        private LineSource.Line nextLine() throws IOException {
            return replay.isEmpty() ? lines.next() : replay.pollFirst();
        }

        static ICSVParser newParser(char separator) {
            return new CSVParserBuilder()
                    .withSeparator(separator)
                    .withQuoteChar('"')
                    // RFC-4180 has no escape character; OpenCSV's default backslash would eat "C:\" paths.
                    .withEscapeChar(ICSVParser.NULL_CHARACTER)
                    .withIgnoreLeadingWhiteSpace(false)
                    .build();
        }
    }

    /**
     * Follows RFC-4180 quoting across the lines of one row: whether the row is inside a quoted field, and
     * whether it broke the rules (a quote inside an unquoted field, text straight after a closing quote).
     * A stray quote that swallows the following rows almost always breaks them on the next line, which is
     * how it is told apart from a legitimate multi-line field.
     */
    private static final class QuoteTracker {
        private static final int FIELD_START = 0;
        private static final int UNQUOTED = 1;
        private static final int QUOTED = 2;
        private static final int QUOTE_IN_QUOTED = 3;

        private final char separator;
        private int state = FIELD_START;
        private boolean irregular;

        QuoteTracker(char separator) {
            this.separator = separator;
        }

        void feed(String text) {
            for (int i = 0; i < text.length() && !irregular; i++) {
                char c = text.charAt(i);
                switch (state) {
                    case FIELD_START -> state = c == '"' ? QUOTED : c == separator ? FIELD_START : UNQUOTED;
                    case UNQUOTED -> {
                        if (c == separator) {
                            state = FIELD_START;
                        } else if (c == '"') {
                            irregular = true;
                        }
                    }
                    case QUOTED -> {
                        if (c == '"') {
                            state = QUOTE_IN_QUOTED;
                        }
                    }
                    default -> {
                        if (c == '"') {
                            state = QUOTED;
                        } else if (c == separator) {
                            state = FIELD_START;
                        } else {
                            irregular = true;
                        }
                    }
                }
            }
        }

        boolean inQuotedField() {
            return state == QUOTED;
        }

        boolean irregular() {
            return irregular;
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
