package org.slant.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding for readers. Invalid byte sequences are decoded to {@link #SENTINEL} rather than
 * to U+FFFD, so the reader can reject exactly the record that contains them: U+FFFD is a legitimate
 * character in real text, and letting it through would put decoding garbage into the analysis.
 * A leading byte order mark is dropped. Stateless; every call makes its own decoder.
 */
public final class StrictUtf8 {
    /** U+FFFF is a noncharacter, so it does not occur in real text; a literal one is treated as bad input too. */
    public static final char SENTINEL = '\uFFFF';

    /** Reject reason for records that contained bytes that are not UTF-8. */
    public static final String INVALID_UTF8 = "invalid UTF-8 (encoding): bytes that are not UTF-8";

    private static final char BOM = '\uFEFF';

    private StrictUtf8() {
    }

    /** A reader over {@code in} that marks invalid UTF-8 with {@link #SENTINEL} and skips a leading BOM. */
    public static Reader newReader(InputStream in) throws IOException {
        return newReader(in, true);
    }

    /**
     * A reader over {@code in} that marks invalid UTF-8 with {@link #SENTINEL}; a leading BOM is skipped
     * only when {@code startOfFile} (further on in a file, U+FEFF is text).
     */
    public static Reader newReader(InputStream in, boolean startOfFile) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(String.valueOf(SENTINEL));
        InputStreamReader plain = new InputStreamReader(in, decoder);
        if (!startOfFile) {
            return plain;
        }
        PushbackReader reader = new PushbackReader(plain, 1);
        int first = reader.read();
        if (first != -1 && first != BOM) {
            reader.unread(first);
        }
        return reader;
    }

    /** True when {@code s} holds a decoding sentinel, i.e. came from bytes that were not valid UTF-8. */
    public static boolean hasInvalid(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == SENTINEL) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code s} has a surrogate without its partner. Only text that arrives through escapes
     * (JSON {@code \ud800}) can contain one; it cannot be written back out as UTF-8.
     */
    public static boolean hasLoneSurrogate(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return true;
                }
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
