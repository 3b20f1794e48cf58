package org.slant.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * The bytes of the lines of a file that start in the byte range {@code [start, end)}, Hadoop-style: a
 * range that starts mid-line skips to the next line, and its last line is read past {@code end} to its
 * terminator. Every line of a file thus belongs to exactly one of a set of ranges that tile the file.
 * A line starts at offset 0 and after each terminator: LF, CRLF or a lone CR, as {@link LineSource} ends
 * lines. The underlying stream must be positioned at {@code start - 1} (at 0 when {@code start} is 0),
 * since whether {@code start} begins a line depends on the byte before it. Closing closes it.
 * Not thread-safe.
 */
public final class LineRange extends InputStream {
    private final InputStream in;
    private final long end;
    private final byte[] buf = new byte[64 * 1024];
    private int pos;
    private int limit;
    /** File offset of {@code buf[pos]}. */
    private long offset;
    /** The byte before {@code offset}; -1 at the start of the file. */
    private int prev = -1;
    private boolean done;

    public LineRange(InputStream positioned, long start, long end) throws IOException {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
        }
        this.in = positioned;
        this.end = end;
        if (start > 0) {
            offset = start - 1;
            prev = take();
            while (prev != -1) {
                int c = peek();
                if (c == -1 || startsLine(prev, c)) {
                    break;
                }
                prev = take();
            }
            done = prev == -1;
        }
    }

    /** Whether a byte {@code c} that follows {@code prev} is the first byte of a line. */
    private static boolean startsLine(int prev, int c) {
        return prev == '\n' || prev == '\r' && c != '\n';
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (done || pos == limit && !fill()) {
            done = true;
            return -1;
        }
        int n = 0;
        if (offset < end) {
            // Inside the range every byte is ours: copy in bulk.
            n = (int) Math.min(Math.min(len, limit - pos), end - offset);
            System.arraycopy(buf, pos, b, off, n);
        } else {
            // Past the end only the rest of the last line is ours.
            while (n < len && pos + n < limit && !startsLine(prev, buf[pos + n] & 0xff)) {
                prev = buf[pos + n] & 0xff;
                b[off + n] = buf[pos + n];
                n++;
            }
            if (n == 0) {
                done = true;
                return -1;
            }
        }
        prev = buf[pos + n - 1] & 0xff;
        pos += n;
        offset += n;
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private int peek() throws IOException {
        return pos == limit && !fill() ? -1 : buf[pos] & 0xff;
    }

    private int take() throws IOException {
        int c = peek();
        if (c != -1) {
            pos++;
            offset++;
        }
        return c;
    }

    private boolean fill() throws IOException {
        int n;
        do {
            n = in.read(buf, 0, buf.length);
        } while (n == 0);
        if (n < 0) {
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }
}
