package org.slant.analysis.sentiment;

import java.util.Arrays;

/**
 * VADER's tokenizer: Python's {@code text.strip().split()} followed by the reference's
 * {@code _strip_punc_if_word} on each token (leading and trailing {@code string.punctuation} is
 * removed unless two code points or fewer would remain, which keeps emoticons such as {@code :)}
 * whole).
 *
 * <p>Expects any text, emoji already replaced when the caller scores like the reference. Produces the
 * tokens as written (not lower-cased) with the character span of each in that text. Stateless.
 */
final class VaderTokenizer {

    /**
     * The tokens of one text. The arrays may be longer than {@code size}; entries past it are unused.
     *
     * @param tokens the tokens as written
     * @param start  where each token starts in the text (after stripped punctuation)
     * @param end    the offset just after each token
     * @param size   the number of tokens
     */
    record Tokens(String[] tokens, int[] start, int[] end, int size) {
    }

    private VaderTokenizer() {
    }

    /**
     * Splits {@code text} as the reference does. Stripping the text first is implicit: split() ignores
     * leading and trailing whitespace anyway.
     */
    static Tokens tokenize(String text) {
        int len = text.length();
        int cap = Math.max(4, len / 5);
        String[] tokens = new String[cap];
        int[] starts = new int[cap];
        int[] ends = new int[cap];
        int n = 0;
        int i = 0;
        while (i < len) {
            while (i < len && isPyWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= len) {
                break;
            }
            int start = i;
            while (i < len && !isPyWhitespace(text.charAt(i))) {
                i++;
            }
            int a = start;
            int b = i;
            while (a < b && isAsciiPunctuation(text.charAt(a))) {
                a++;
            }
            while (b > a && isAsciiPunctuation(text.charAt(b - 1))) {
                b--;
            }
            // Two or fewer characters left means it was probably an emoticon such as ":)": keep it whole.
            // Python counts code points, not UTF-16 units.
            boolean keepWhole = b - a <= 2 || (b - a <= 4 && text.codePointCount(a, b) <= 2);
            if (keepWhole) {
                a = start;
                b = i;
            }
            if (n == tokens.length) {
                tokens = Arrays.copyOf(tokens, n * 2);
                starts = Arrays.copyOf(starts, n * 2);
                ends = Arrays.copyOf(ends, n * 2);
            }
            tokens[n] = text.substring(a, b);
            starts[n] = a;
            ends[n] = b;
            n++;
        }
        return new Tokens(tokens, starts, ends, n);
    }

    /** Python's {@code str.isspace()} set, which {@code str.split()} and {@code str.strip()} use. */
    static boolean isPyWhitespace(char c) {
        if (c > ' ' && c < 0x85) {
            return false;
        }
        switch (c) {
            case ' ': case '\t': case '\n': case 0x0B: case '\f': case '\r':
            case 0x1C: case 0x1D: case 0x1E: case 0x1F:
            case 0x85: case 0xA0: case 0x1680:
            case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
                return true;
            default:
                return c >= 0x2000 && c <= 0x200A;
        }
    }

    /** Python's {@code string.punctuation}: the 32 ASCII punctuation characters. */
    static boolean isAsciiPunctuation(char c) {
        return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
    }
}
