package org.slant.ingest;

import java.io.IOException;
import java.io.Reader;

/**
 * Physical lines of a character stream with their 1-based numbers. Ends lines at LF, CRLF or a lone CR
 * and drops the terminator. A line longer than {@code maxLineChars} is not kept whole: the rest of it is
 * read and discarded and the line comes back marked {@code overlong} with only its beginning, so one
 * runaway line cannot exhaust memory. Not thread-safe: one instance per read.
 */
final class LineSource {
    /** One physical line. {@code text} is only the first part of it when {@code overlong}. */
    record Line(long number, String text, boolean overlong) {
    }

    private static final int PREFIX_CHARS = 1_000;

    private final Reader in;
    private final int maxLineChars;
    private final char[] buf = new char[64 * 1024];
    private int pos;
    private int limit;
    private long lineNumber;
    private boolean eof;
    private boolean pendingLf;

    LineSource(Reader in, int maxLineChars) {
        this(in, maxLineChars, 1);
    }

    /** Lines numbered from {@code firstLine}: for a part of a file that starts further on. */
    LineSource(Reader in, int maxLineChars, long firstLine) {
        this.in = in;
        this.maxLineChars = maxLineChars;
        this.lineNumber = firstLine - 1;
    }

    /** Number of the last line returned (0 before the first). */
    long lineNumber() {
        return lineNumber;
    }

    /** The next line, or {@code null} at end of input. */
    Line next() throws IOException {
        StringBuilder sb = new StringBuilder();
        boolean overlong = false;
        boolean sawAny = false;
        while (true) {
            if (pos == limit && !fill()) {
                if (!sawAny) {
                    return null;
                }
                break;
            }
            char c = buf[pos++];
            if (pendingLf) {
                pendingLf = false;
                if (c == '\n') {
                    continue;
                }
            }
            sawAny = true;
            if (c == '\n') {
                break;
            }
            if (c == '\r') {
                pendingLf = true;
                break;
            }
            if (!overlong) {
                if (sb.length() >= maxLineChars) {
                    overlong = true;
                    sb.setLength(Math.min(sb.length(), PREFIX_CHARS));
                } else {
                    sb.append(c);
                }
            }
        }
        lineNumber++;
        return new Line(lineNumber, sb.toString(), overlong);
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n;
        do {
            n = in.read(buf, 0, buf.length);
        } while (n == 0);
        if (n < 0) {
            eof = true;
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }
}
