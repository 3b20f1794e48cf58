package org.slant.analysis.targets;

import java.util.Arrays;
import java.util.Locale;

import org.slant.text.TokenSequence;

/**
 * A sentence cut into normalised tokens with their character spans, the common currency of alias,
 * context, exclusion and predicate matching.
 *
 * <p>Expects: one sentence (any string). Produces, in order: runs of letters and digits (a digit run
 * keeps inner {@code .} and {@code ,} before a digit: {@code 60.5}, {@code 1,000}), and the symbols
 * {@code $ € £ % &} as one-character tokens; all lower-cased. Hyphens and other punctuation separate
 * tokens and are dropped, so {@code Jean-Pierre} and {@code Jean Pierre} tokenise alike. An
 * apostrophe ({@code ' ’ ʼ}) also separates, and a lone {@code s} after it (the possessive) is dropped,
 * so {@code Ukraine's defense}, {@code Ukraine’s defense} and {@code Ukraine defense} are the same
 * three tokens and an alias {@code Zelensky} matches {@code Zelensky’s} with the span ending before
 * the apostrophe. Linear time; instances are immutable after construction.
 */
public final class SentenceTokens implements TokenSequence {
    private final String text;
    private final String[] norm;
    private final int[] start;
    private final int[] end;
    private final int size;

    private SentenceTokens(String text, String[] norm, int[] start, int[] end, int size) {
        this.text = text;
        this.norm = norm;
        this.start = start;
        this.end = end;
        this.size = size;
    }

    /** Tokenises {@code sentence} ({@code null} is treated as empty). */
    public static SentenceTokens of(String sentence) {
        String s = sentence == null ? "" : sentence;
        int n = s.length();
        int cap = Math.max(8, n / 4);
        String[] norm = new String[cap];
        int[] st = new int[cap];
        int[] en = new int[cap];
        int size = 0;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            int tokStart = -1;
            int tokEnd = -1;
            if (Character.isLetterOrDigit(c)) {
                tokStart = i;
                int k = i + 1;
                while (k < n) {
                    char d = s.charAt(k);
                    if (Character.isLetterOrDigit(d) || isMark(d)) {
                        k++;
                    } else if ((d == '.' || d == ',') && Character.isDigit(s.charAt(k - 1)) && k + 1 < n
                            && Character.isDigit(s.charAt(k + 1))) {
                        k++;
                    } else {
                        break;
                    }
                }
                tokEnd = k;
                // A possessive "s" right after an apostrophe is not a word of its own.
                if (tokEnd - tokStart == 1 && (c == 's' || c == 'S') && tokStart > 0 && isApostrophe(s.charAt(tokStart - 1))
                        && tokStart > 1 && Character.isLetterOrDigit(s.charAt(tokStart - 2))) {
                    i = tokEnd;
                    continue;
                }
            } else if (c == '$' || c == '€' || c == '£' || c == '%' || c == '&') {
                tokStart = i;
                tokEnd = i + 1;
            }
            if (tokStart < 0) {
                i++;
                continue;
            }
            if (size == norm.length) {
                norm = Arrays.copyOf(norm, size * 2);
                st = Arrays.copyOf(st, size * 2);
                en = Arrays.copyOf(en, size * 2);
            }
            norm[size] = s.substring(tokStart, tokEnd).toLowerCase(Locale.ROOT);
            st[size] = tokStart;
            en[size] = tokEnd;
            size++;
            i = tokEnd;
        }
        return new SentenceTokens(s, norm, st, en, size);
    }

    /** The normalised tokens of a phrase, for building matchers (same rules as {@link #of}). */
    public static String[] normalize(String phrase) {
        SentenceTokens t = of(phrase);
        return Arrays.copyOf(t.norm, t.size);
    }

    public String text() {
        return text;
    }

    @Override
    public int size() {
        return size;
    }

    /** Lower-cased token {@code i}. */
    public String norm(int i) {
        return norm[i];
    }

    /** As {@link #norm}: the form phrase matchers compare. */
    @Override
    public String token(int i) {
        return norm[i];
    }

    /** Character offset where token {@code i} starts. */
    public int start(int i) {
        return start[i];
    }

    /** Character offset just after token {@code i}. */
    public int end(int i) {
        return end[i];
    }

    /** Index of the first token ending after {@code offset}, or {@link #size()} if none. */
    public int tokenAtOrAfter(int offset) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (end[mid] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The raw characters between token {@code i-1} and token {@code i} (punctuation, quotes, spaces). */
    public String gapBefore(int i) {
        int from = i == 0 ? 0 : end[i - 1];
        int to = i >= size ? text.length() : start[i];
        return text.substring(from, to);
    }

    private static boolean isMark(char c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC';
    }
}
