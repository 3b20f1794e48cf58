package org.slant.text;

/**
 * The MinHash signature (Broder 1997) of a shingle set from {@link Shingles}: for each of {@value #HASHES}
 * seeded permutations of the shingle id space [0, 2^{@value Shingles#BITS}), the smallest permuted id of
 * the set. Two sets agree at a position with probability equal to their Jaccard similarity.
 *
 * <p>Each value carries its position in the bits above the id ({@code position << BITS | min}), so two
 * signatures agree at position i exactly when they share the element at i, and the number of agreeing
 * positions is the size of their intersection as sets: Spark's built-in {@code array_intersect} counts
 * it without a user function. The permutations are bijections of the id space (xor, odd multiplications
 * and xor-shifts modulo 2^{@value Shingles#BITS}) drawn from a fixed seed, so a signature depends on the
 * text alone: the same on every run, executor and partitioning.
 */
public final class MinHash {
    public static final int HASHES = 60;
    static final long SEED = 20241009L;
    private static final int MASK = Shingles.DIMENSION - 1;
    private static final int[][] KEYS = keys(SEED);

    private MinHash() {
    }

    /** The signature of sorted distinct shingle ids; empty for an empty set (nothing to compare). */
    public static int[] signature(int[] shingles) {
        if (shingles.length == 0) {
            return new int[0];
        }
        int[] signature = new int[HASHES];
        for (int i = 0; i < HASHES; i++) {
            int[] k = KEYS[i];
            int m = Integer.MAX_VALUE;
            for (int s : shingles) {
                int v = permute(s, k[0], k[1], k[2]);
                if (v < m) {
                    m = v;
                }
            }
            signature[i] = i << Shingles.BITS | m;
        }
        return signature;
    }

    /** The share of positions at which two signatures agree: an unbiased estimate of their sets' Jaccard. */
    public static double estimatedSimilarity(int[] a, int[] b) {
        if (a.length != b.length || a.length == 0) {
            return 0;
        }
        int agree = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                agree++;
            }
        }
        return (double) agree / a.length;
    }

    private static int permute(int x, int xor, int mul1, int mul2) {
        int v = (x ^ xor) & MASK;
        v = (v * mul1) & MASK;
        v ^= v >>> 11;
        v = (v * mul2) & MASK;
        v ^= v >>> 9;
        return v;
    }

    /** Keys from SplitMix64 written out here, so they cannot change with the JDK's random generators. */
    private static int[][] keys(long seed) {
        int[][] keys = new int[HASHES][];
        long state = seed;
        for (int i = 0; i < HASHES; i++) {
            int[] k = new int[3];
            for (int j = 0; j < k.length; j++) {
                state += 0x9E3779B97F4A7C15L;
                long z = state;
                z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
                z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
                k[j] = (int) ((z ^ (z >>> 31)) >>> 32);
            }
            // Odd multipliers are invertible modulo a power of two, so every step is a bijection.
            keys[i] = new int[] {k[0] & MASK, k[1] | 1, k[2] | 1};
        }
        return keys;
    }
}
