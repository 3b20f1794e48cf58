package org.slant.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a sentence into word tokens, for {@code n_tokens} and lexicon matching.
 *
 * <p>Expects: one cleaned sentence (any string works; {@code null} gives no tokens). Produces:
 * tokens as substrings of the input, in order, case preserved:
 * <ul>
 *   <li>words: letters, digits and combining marks, joined across an internal apostrophe
 *       ({@code don't}, {@code Kyiv's}, {@code Kyiv’s}) or hyphen ({@code well-known}, {@code COVID-19});</li>
 *   <li>dotted initialisms keep their dots, including the final one: {@code U.S.}, {@code a.m.},
 *       {@code Ph.D.}, {@code U.S.-led}. Only groups of one or two letters join across a dot, so a
 *       missing space after a sentence ({@code said.The}) still gives two tokens;</li>
 *   <li>numbers keep decimal and thousands separators, a leading currency symbol and a trailing
 *       percent sign: {@code $60.5}, {@code 1,000}, {@code 3.5%}, {@code v2.0}.</li>
 * </ul>
 * Everything else (punctuation, symbols, emoji, leading or trailing apostrophes and hyphens) is
 * dropped. {@link #count} gives the same number as {@code tokenize(s).size()} without allocating.
 * Linear time; immutable and thread-safe.
 */
public final class WordTokenizer {

    /** Returns the word tokens of {@code sentence}. */
    public List<String> tokenize(String sentence) {
        List<String> out = new ArrayList<>();
        if (sentence == null) {
            return out;
        }
        int from = 0;
        long span;
        while ((span = nextToken(sentence, from)) >= 0) {
            int start = (int) (span >>> 32);
            int end = (int) span;
            out.add(sentence.substring(start, end));
            from = end;
        }
        return out;
    }

    /** Counts the tokens {@link #tokenize} would return, without building them. */
    public int count(String sentence) {
        if (sentence == null) {
            return 0;
        }
        int count = 0;
        int from = 0;
        long span;
        while ((span = nextToken(sentence, from)) >= 0) {
            count++;
            from = (int) span;
        }
        return count;
    }

    /** Start and end of the next token at or after {@code from}, packed as {@code start << 32 | end}; -1 if none. */
    private static long nextToken(String s, int from) {
        int n = s.length();
        int i = from;
        while (i < n) {
            int cp = s.codePointAt(i);
            int width = Character.charCount(cp);
            if (isWordChar(cp)) {
                return (long) i << 32 | wordEnd(s, i);
            }
            if (Character.getType(cp) == Character.CURRENCY_SYMBOL && i + width < n
                    && Character.isDigit(s.codePointAt(i + width))) {
                return (long) i << 32 | wordEnd(s, i + width);
            }
            i += width;
        }
        return -1;
    }

    private static int wordEnd(String s, int from) {
        int n = s.length();
        int k = from;
        int segment = from;       // start of the current run after the last joiner
        boolean dotted = false;   // inside an initialism such as U.S
        while (true) {
            while (k < n) {
                int cp = s.codePointAt(k);
                if (!isWordChar(cp)) {
                    break;
                }
                k += Character.charCount(cp);
            }
            if (k >= n) {
                return k;
            }
            char c = s.charAt(k);
            boolean wordAfter = k + 1 < n && isWordChar(s.codePointAt(k + 1));
            if ((isApostrophe(c) || isHyphen(c)) && wordAfter) {
                k++;
                segment = k;
                dotted = false;
                continue;
            }
            if ((c == '.' || c == ',') && k > from && Character.isDigit(s.charAt(k - 1))
                    && k + 1 < n && Character.isDigit(s.charAt(k + 1))) {
                k++;
                continue;
            }
            if (c == '%' && k > from && Character.isDigit(s.charAt(k - 1))) {
                return k + 1;
            }
            if (c == '.' && isShortLetterGroup(s, segment, k)) {
                if (shortLetterGroupAt(s, k + 1)) {
                    dotted = true;
                    k++;
                    segment = k;
                    continue;
                }
                if (dotted) {
                    k++;
                    if (k + 1 < n && isHyphen(s.charAt(k)) && isWordChar(s.codePointAt(k + 1))) {
                        k++;
                        segment = k;
                        dotted = false;
                        continue;
                    }
                    return k;
                }
            }
            return k;
        }
    }

    /** {@code s[from, to)} is one or two letters. */
    private static boolean isShortLetterGroup(String s, int from, int to) {
        int len = to - from;
        if (len < 1 || len > 2) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!Character.isLetter(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** One or two letters start at {@code from} and are not followed by a further letter or digit. */
    private static boolean shortLetterGroupAt(String s, int from) {
        int n = s.length();
        int k = from;
        while (k < n && k - from < 3 && Character.isLetter(s.charAt(k))) {
            k++;
        }
        int len = k - from;
        return len >= 1 && len <= 2 && (k >= n || !Character.isLetterOrDigit(s.charAt(k)));
    }

    private static boolean isWordChar(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC';
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }
}
