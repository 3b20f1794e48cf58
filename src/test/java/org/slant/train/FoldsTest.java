package org.slant.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class FoldsTest {
    @Test
    void everyFoldHoldsItsShareOfEveryClassAndTheSeedFixesTheFolds() {
        List<String> classes = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            classes.add(i < 70 ? "AGAINST" : i < 90 ? "FAVOR" : "NONE");
        }
        int[] folds = Folds.assign(classes, 5, 7);
        for (String c : List.of("AGAINST", "FAVOR", "NONE")) {
            int[] perFold = new int[5];
            for (int i = 0; i < classes.size(); i++) {
                if (classes.get(i).equals(c)) {
                    perFold[folds[i]]++;
                }
            }
            int min = java.util.Arrays.stream(perFold).min().orElseThrow();
            int max = java.util.Arrays.stream(perFold).max().orElseThrow();
            assertTrue(max - min <= 1, c + " " + java.util.Arrays.toString(perFold));
        }
        assertArrayEquals(folds, Folds.assign(classes, 5, 7));
    }
}
