package org.slant.text;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Locale;

/**
 * A key under which exact copies of one story collide: the text lower-cased, with everything but
 * letters and digits dropped, hashed (the first 128 bits of its SHA-256). Whitespace, punctuation, quote
 * style and case changes that syndication introduces therefore do not make copies distinct. Two longs,
 * so grouping by it shuffles 16 bytes per article, not a string.
 */
public record TextFingerprint(long high, long low) {

    public static TextFingerprint of(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder kept = new StringBuilder(folded.length());
        folded.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        try {
            ByteBuffer digest = ByteBuffer.wrap(MessageDigest.getInstance("SHA-256")
                    .digest(kept.toString().getBytes(StandardCharsets.UTF_8)));
            return new TextFingerprint(digest.getLong(), digest.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }
}
