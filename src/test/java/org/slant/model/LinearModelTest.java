package org.slant.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.slant.analysis.stance.Prediction;

class LinearModelTest {
    private static final FeatureSpec SPEC = new FeatureSpec("stance", 4, 1, 0, FeatureSpec.TargetMode.NONE, false);

    private static LinearModel model() {
        double[][] w = new double[3][SPEC.size()];
        w[0][1] = 2;   // feature 1 votes FAVOR
        w[1][2] = 3;   // feature 2 votes AGAINST
        return new LinearModel(ModelTask.STANCE, SPEC, List.of("FAVOR", "AGAINST", "NONE"), w, new double[] {0, 0, 0.5});
    }

    @Test
    void probabilitiesAreTheSoftmaxOfTheMargins() {
        double[] p = model().probabilities(new SparseFeatures(SPEC.size(), new int[] {1}, new double[] {1}));
        double z = Math.exp(2) + Math.exp(0) + Math.exp(0.5);
        assertEquals(Math.exp(2) / z, p[0], 1e-7);
        assertEquals(1 / z, p[1], 1e-7);
        assertEquals(1.0, p[0] + p[1] + p[2], 1e-12);
    }

    @Test
    void predictionIsTheLikeliestClassAndTheFavorMinusAgainstScore() {
        Prediction p = model().predict(new SparseFeatures(SPEC.size(), new int[] {2}, new double[] {1}));
        assertEquals("AGAINST", p.label());
        double z = Math.exp(0) + Math.exp(3) + Math.exp(0.5);
        assertEquals((1 - Math.exp(3)) / z, p.score(), 1e-7);
        assertEquals("NONE", model().predict(new SparseFeatures(SPEC.size(), new int[0], new double[0])).label());
    }

    @Test
    void weightsMustMatchClassesAndFeatures() {
        assertThrows(IllegalArgumentException.class, () -> new LinearModel(ModelTask.STANCE, SPEC, List.of("FAVOR", "AGAINST"),
                new double[3][SPEC.size()], new double[3]));
        assertThrows(IllegalArgumentException.class, () -> new LinearModel(ModelTask.STANCE, SPEC, List.of("FAVOR", "AGAINST", "NONE"),
                new double[3][SPEC.size() - 1], new double[3]));
    }
}
