package org.slant.model;

import java.io.Serializable;
import java.util.List;

import org.slant.analysis.stance.Prediction;

/**
 * A multinomial logistic regression over {@link Featurizer} vectors, lifted out of a saved Spark
 * pipeline so that it can be broadcast and applied per item with no Spark call: class probabilities are
 * the softmax of {@code weights · x + intercepts}. The weights are stored feature-major (a feature's
 * weights for all classes side by side) and as floats, so a sparse dot product touches one cache line
 * per feature rather than one per class, in half the memory: the lookups, not the arithmetic, are what
 * applying a model costs. Probabilities agree with Spark's to about 1e-6. Immutable and thread-safe.
 */
public final class LinearModel implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ModelTask task;
    private final FeatureSpec spec;
    private final List<String> classes;
    private final float[] weights;
    private final double[] intercepts;

    /**
     * @param task       the task it was trained for
     * @param spec       the features it reads
     * @param classes    its classes, in the order of the weight rows
     * @param rows       one row of {@link FeatureSpec#size} weights per class
     * @param intercepts one per class
     */
    public LinearModel(ModelTask task, FeatureSpec spec, List<String> classes, double[][] rows, double[] intercepts) {
        this.task = task;
        this.spec = spec;
        this.classes = List.copyOf(classes);
        int k = classes.size();
        if (rows.length != k || intercepts.length != k) {
            throw new IllegalArgumentException(k + " classes but " + rows.length + " weight rows and "
                    + intercepts.length + " intercepts");
        }
        int d = spec.size();
        this.weights = new float[d * k];
        for (int c = 0; c < k; c++) {
            if (rows[c].length != d) {
                throw new IllegalArgumentException("a weight row of " + rows[c].length + ", the features have " + d);
            }
            for (int j = 0; j < d; j++) {
                weights[j * k + c] = (float) rows[c][j];
            }
        }
        this.intercepts = intercepts.clone();
    }

    public ModelTask task() {
        return task;
    }

    public FeatureSpec spec() {
        return spec;
    }

    public List<String> classes() {
        return classes;
    }

    /** Class probabilities, indexed like {@link #classes}. */
    public double[] probabilities(SparseFeatures x) {
        int k = classes.size();
        double[] margins = intercepts.clone();
        int[] indices = x.indices();
        double[] values = x.values();
        for (int i = 0; i < indices.length; i++) {
            int at = indices[i] * k;
            double v = values[i];
            for (int c = 0; c < k; c++) {
                margins[c] += weights[at + c] * v;
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double m : margins) {
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
