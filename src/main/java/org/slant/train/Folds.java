package org.slant.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Stratified k-fold assignment: each class's rows are shuffled with the seed and dealt round the folds
 * in turn, continuing where the previous class stopped, so every fold holds about the same share of
 * every class and the same seed always gives the same folds.
 */
final class Folds {
    private Folds() {
    }

    /** The fold, in {@code [0, k)}, of each row, given each row's class. */
    static int[] assign(List<String> classes, int k, long seed) {
        Map<String, List<Integer>> byClass = new TreeMap<>();
        for (int i = 0; i < classes.size(); i++) {
            byClass.computeIfAbsent(classes.get(i), c -> new ArrayList<>()).add(i);
        }
        Random random = new Random(seed);
        int[] fold = new int[classes.size()];
        int next = 0;
        for (List<Integer> rows : byClass.values()) {
            Collections.shuffle(rows, random);
            for (int row : rows) {
                fold[row] = next;
                next = (next + 1) % k;
            }
        }
        return fold;
    }
}
