package org.slant.model;

import java.io.Serializable;
import java.util.List;

import org.slant.analysis.stance.Prediction;

/**
 * A multinomial logistic regression over {@link Featurizer} vectors, lifted out of a saved Spark
 * pipeline so that it can be broadcast and applied per item with no Spark call: class probabilities are
 * the softmax of {@code weights · x + intercepts}. Immutable and thread-safe.
 *
 * @param task       the task it was trained for
 * @param spec       the features it reads
 * @param classes    its classes, in the order of the weight rows
 * @param weights    one row of {@link FeatureSpec#size} weights per class
 * @param intercepts one per class
 */
public record LinearModel(ModelTask task, FeatureSpec spec, List<String> classes, double[][] weights,
                          double[] intercepts) implements Serializable {
    public LinearModel {
        classes = List.copyOf(classes);
        if (weights.length != classes.size() || intercepts.length != classes.size()) {
            throw new IllegalArgumentException(classes.size() + " classes but " + weights.length + " weight rows and "
                    + intercepts.length + " intercepts");
        }
        for (double[] row : weights) {
            if (row.length != spec.size()) {
                throw new IllegalArgumentException("a weight row of " + row.length + ", the features have " + spec.size());
            }
        }
    }

    /** Class probabilities, indexed like {@link #classes}. */
    public double[] probabilities(SparseFeatures x) {
        int k = classes.size();
        double[] margins = new double[k];
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            double[] w = weights[c];
            double m = intercepts[c];
            for (int i = 0; i < x.indices().length; i++) {
                m += w[x.indices()[i]] * x.values()[i];
            }
            margins[c] = m;
            max = Math.max(max, m);
        }
        double sum = 0;
        for (int c = 0; c < k; c++) {
            margins[c] = Math.exp(margins[c] - max);
            sum += margins[c];
        }
        for (int c = 0; c < k; c++) {
            margins[c] /= sum;
        }
        return margins;
    }

    /** The most probable class (the first on ties, as Spark picks) and the task's signed score. */
    public Prediction predict(SparseFeatures x) {
        double[] p = probabilities(x);
        return new Prediction(classes.get(argmax(p)), task.score(p, classes));
    }

    public Prediction predict(Featurizer featurizer, Example e) {
        return predict(featurizer.features(e));
    }

    public static int argmax(double[] p) {
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return best;
    }
}
