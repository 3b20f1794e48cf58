package org.slant.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.BitSet;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class MinHashTest {
    private static final String STORY = "The Senate cleared a key procedural hurdle on Tuesday for the $60.5 billion aid "
            + "package for Ukraine, setting up a final vote later this week after months of delay.";
    private static final int PINNED = 1381536639;

    @Test
    void aTextHasTheSameSignatureOnEveryRunAndJdk() {
        int[] signature = MinHash.signature(Shingles.of(STORY));
        assertArrayEquals(signature, MinHash.signature(Shingles.of(STORY)));
        // Pinned: a change to the hash family changes which stories are found as copies from one version to the next.
        assertEquals(PINNED, Arrays.hashCode(signature), Arrays.toString(signature));
    }

    @Test
    void eachValueCarriesItsPositionSoEqualValuesMeanEqualPositions() {
        int[] signature = MinHash.signature(Shingles.of(STORY));
        assertEquals(MinHash.HASHES, signature.length);
        for (int i = 0; i < signature.length; i++) {
            assertEquals(i, signature[i] >>> Shingles.BITS);
        }
        assertEquals(0, MinHash.signature(new int[0]).length, "nothing to compare");
    }

    @Test
    void everyPermutationIsABijectionOfTheShingleIds() {
        // Position 0 and the last position of the signature of each single id are that id's permuted values.
        for (int position : new int[] {0, MinHash.HASHES - 1}) {
            BitSet seen = new BitSet(Shingles.DIMENSION);
            for (int id = 0; id < Shingles.DIMENSION; id++) {
                int value = MinHash.signature(new int[] {id})[position] & (Shingles.DIMENSION - 1);
                assertTrue(!seen.get(value), "two ids permuted to " + value);
                seen.set(value);
            }
        }
    }

    @Test
    void agreementEstimatesJaccardWithoutBias() {
        SplittableRandom random = new SplittableRandom(11);
        for (double jaccard : new double[] {0.1, 0.3, 0.5, 0.7, 0.9}) {
            double sum = 0;
            double squares = 0;
            int trials = 400;
            for (int t = 0; t < trials; t++) {
                int[][] pair = setsWithJaccard(random, 400, jaccard);
                double error = MinHash.estimatedSimilarity(MinHash.signature(pair[0]), MinHash.signature(pair[1])) - jaccard;
                sum += error;
                squares += error * error;
            }
            double bias = sum / trials;
            double sd = Math.sqrt(squares / trials);
            double binomial = Math.sqrt(jaccard * (1 - jaccard) / MinHash.HASHES);
            // Four standard errors of the mean; the spread of a fair MinHash is the binomial one.
            assertTrue(Math.abs(bias) < 4 * binomial / Math.sqrt(trials), "bias " + bias + " at J=" + jaccard);
            assertTrue(sd < 1.25 * binomial, "spread " + sd + " vs " + binomial + " at J=" + jaccard);
        }
    }

    @Test
    void unrelatedTextsRarelyAgree() {
        int[] a = MinHash.signature(Shingles.of(STORY));
        int[] b = MinHash.signature(Shingles.of("Harbor Times reports the ferry service will add two boats to its "
                + "morning schedule from next month, the port authority said in a statement."));
        assertNotEquals(0, a.length);
        assertTrue(MinHash.estimatedSimilarity(a, b) < 0.1);
    }

    /** Two sorted distinct id sets of about {@code n} elements whose Jaccard similarity is {@code jaccard}. */
    private static int[][] setsWithJaccard(SplittableRandom random, int n, double jaccard) {
        // |A∩B| = c, |A| = |B| = n: J = c / (2n - c), so c = 2nJ / (1 + J).
        int common = (int) Math.round(2 * n * jaccard / (1 + jaccard));
        int[] ids = random.ints(0, Shingles.DIMENSION).distinct().limit(2L * n - common).toArray();
        int[] a = IntStream.range(0, n).map(i -> ids[i]).sorted().toArray();
        int[] b = IntStream.concat(IntStream.range(0, common).map(i -> ids[i]),
                IntStream.range(n, 2 * n - common).map(i -> ids[i])).sorted().toArray();
        return new int[][] {a, b};
    }
}
