package org.slant.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decodes a user configuration file ({@code --outlets}, {@code --targets}, {@code --frames}) as strict
 * UTF-8. A lenient decoder would turn a Latin-1 {@code café} into {@code caf\uFFFD}, and the outlet id
 * derived from it into {@code caf}: a silent change of the published numbers. Bytes that are not UTF-8
 * are therefore a configuration error naming the file and line. A leading byte order mark is dropped.
 */
public final class ConfigText {
    private static final char BOM = '\uFEFF';

    private ConfigText() {
    }

    /**
     * The text of {@code in}, read to its end (not closed).
     *
     * @param fileName named in the error message
     * @throws IllegalArgumentException {@code fileName:line: invalid UTF-8 ...} at the first byte that is not UTF-8
     * @throws UncheckedIOException when the stream cannot be read
     */
    public static String read(InputStream in, String fileName) {
        try {
            return decode(in.readAllBytes(), fileName);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + fileName, e);
        }
    }

    /** As {@link #read}, for bytes already in memory. */
    public static String decode(byte[] bytes, String fileName) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw invalid(bytes, in.position(), result.length(), fileName);
        }
        out.flip();
        String text = out.toString();
        return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    }

    private static IllegalArgumentException invalid(byte[] bytes, int at, int length, String fileName) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        StringBuilder shown = new StringBuilder();
        for (int i = at; i < Math.min(bytes.length, at + Math.max(1, length)); i++) {
            shown.append(shown.isEmpty() ? "" : " ").append(String.format(Locale.ROOT, "0x%02X", bytes[i] & 0xFF));
        }
        return new IllegalArgumentException(fileName + ":" + line + ": invalid UTF-8 (byte " + shown + " at byte "
                + (at - lineStart + 1) + " of the line); save the file as UTF-8");
    }
}
