package org.slant.text;

import java.util.Arrays;
import java.util.Locale;

/**
 * The set of word {@value #WIDTH}-grams ("shingles") of a text, each hashed into [0, 2^{@value #BITS}),
 * as sorted distinct indices: the representation near-duplicate detection compares. Words are runs of
 * letters and digits, lower-cased, so punctuation, quote style and spacing do not matter.
 * Texts shorter than {@value #WIDTH} words give one shingle of all their words.
 */
public final class Shingles {
    public static final int WIDTH = 5;
    public static final int BITS = 20;
    public static final int DIMENSION = 1 << BITS;

    private Shingles() {
    }

    public static int[] of(String text) {
        long[] words = wordHashes(text);
        if (words.length == 0) {
            return new int[0];
        }
        int n = Math.max(1, words.length - WIDTH + 1);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int j = i; j < Math.min(words.length, i + WIDTH); j++) {
                h = mix(h ^ words[j]);
            }
            out[i] = (int) (h >>> (64 - BITS));
        }
        Arrays.sort(out);
        int distinct = 0;
        for (int i = 0; i < out.length; i++) {
            if (i == 0 || out[i] != out[i - 1]) {
                out[distinct++] = out[i];
            }
        }
        return Arrays.copyOf(out, distinct);
    }

    /** Jaccard similarity of two sorted distinct index arrays. */
    public static double jaccard(int[] a, int[] b) {
        if (a.length == 0 && b.length == 0) {
            return 1.0;
        }
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (a.length + b.length - common);
    }

    private static long[] wordHashes(String text) {
        long[] out = new long[16];
        int n = 0;
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean inWord = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                // String.hashCode is specified by the language, so shingle ids are stable across JVMs.
                out[n++] = mix(text.substring(start, i).toLowerCase(Locale.ROOT).hashCode());
                start = -1;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** A 64-bit finaliser (SplitMix64) so nearby inputs spread over all bits. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
