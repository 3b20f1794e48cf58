package org.slant.model;

import java.util.Arrays;

/**
 * The distinct slots of a feature vector in ascending order, with how often each occurs: what sorting the
 * slots and counting runs gives, in time linear in their number. A text has some hundreds of slots (its
 * character n-grams) spread over {@code 2^bits}; a bit per slot, a summary bit per 64, and a count per slot
 * find them in order without comparing them, and only the touched words are cleared afterwards.
 *
 * <p>One per thread and slot space (it holds {@code 4·2^bits} bytes of counts); not thread-safe.
 */
final class SlotCounter {
    /** Above this many slots the scratch space is not worth keeping per thread: sort instead. */
    static final int MAX_SLOTS = 1 << 22;

    private final long[] bits;
    private final long[] summary;
    private final int[] counts;

    SlotCounter(int slots) {
        if (slots <= 0 || Integer.bitCount(slots) != 1 || slots > MAX_SLOTS) {
            throw new IllegalArgumentException("slots must be a power of two up to " + MAX_SLOTS + ": " + slots);
        }
        bits = new long[Math.max(1, slots >>> 6)];
        summary = new long[Math.max(1, bits.length >>> 6)];
        counts = new int[slots];
    }

    /** The result: {@code unique} ascending and {@code counts[i]} occurrences of {@code unique[i]}. */
    record Counted(int[] unique, double[] counts) {
    }

    /** Counts {@code slots[0..n)}, each in {@code [0, 2^bits)}; leaves this counter empty again. */
    Counted count(int[] slots, int n) {
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            int s = slots[i];
            if (counts[s]++ == 0) {
                distinct++;
                int w = s >>> 6;
                bits[w] |= 1L << s;
                summary[w >>> 6] |= 1L << w;
            }
        }
        int[] unique = new int[distinct];
        double[] c = new double[distinct];
        int k = 0;
        for (int sw = 0; sw < summary.length && k < distinct; sw++) {
            long words = summary[sw];
            summary[sw] = 0;
            while (words != 0) {
                int w = (sw << 6) + Long.numberOfTrailingZeros(words);
                words &= words - 1;
                long b = bits[w];
                bits[w] = 0;
                while (b != 0) {
                    int s = (w << 6) + Long.numberOfTrailingZeros(b);
                    b &= b - 1;
                    unique[k] = s;
                    c[k++] = counts[s];
                    counts[s] = 0;
                }
            }
        }
        return new Counted(unique, c);
    }

    /** The same result by sorting, for slot spaces too large to keep a counter for. */
    static Counted bySorting(int[] slots, int n) {
        int[] all = Arrays.copyOf(slots, n);
        Arrays.sort(all);
        int distinct = 0;
        for (int i = 0; i < all.length; i++) {
            if (i == 0 || all[i] != all[i - 1]) {
                distinct++;
            }
        }
        int[] unique = new int[distinct];
        double[] counts = new double[distinct];
        int k = -1;
        for (int i = 0; i < all.length; i++) {
            if (i == 0 || all[i] != all[i - 1]) {
                unique[++k] = all[i];
            }
            counts[k]++;
        }
        return new Counted(unique, counts);
    }
}
