package org.slant.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class SlotCounterTest {
    @Test
    void countsAsSortingDoesAndIsEmptyAgainAfterEachText() {
        SplittableRandom random = new SplittableRandom(7);
        for (int bits : new int[] {4, 6, 12, 18}) {
            SlotCounter counter = new SlotCounter(1 << bits);
            for (int text = 0; text < 200; text++) {
                int n = random.nextInt(0, 900);
                int[] slots = new int[n + 5];
                for (int i = 0; i < n; i++) {
                    // Repeats are common (character bigrams), and both ends of the range occur.
                    slots[i] = i % 7 == 0 ? (1 << bits) - 1 : i % 11 == 0 ? 0 : random.nextInt(1 << bits);
                }
                SlotCounter.Counted expected = SlotCounter.bySorting(slots, n);
                SlotCounter.Counted counted = counter.count(slots, n);
                assertArrayEquals(expected.unique(), counted.unique(), "bits " + bits + ", text " + text);
                assertArrayEquals(expected.counts(), counted.counts(), "bits " + bits + ", text " + text);
            }
        }
    }

    @Test
    void slotSpaceMustBeAPowerOfTwoWithinTheLimit() {
        assertThrows(IllegalArgumentException.class, () -> new SlotCounter(1000));
        assertThrows(IllegalArgumentException.class, () -> new SlotCounter(SlotCounter.MAX_SLOTS * 2));
    }
}
