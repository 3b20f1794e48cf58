package org.slant.evaluate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Classification metrics over a fixed label set: accuracy, per-class precision/recall/F1, macro F1
 * (unweighted mean over the label set, counting a class with no gold and no predictions as F1 0 only
 * if it was predicted or gold somewhere) and the confusion matrix.
 */
public final class Metrics {
    private final List<String> labels;
    private final long[][] confusion;
    private long n;
    private long correct;

    public Metrics(List<String> labels) {
        this.labels = List.copyOf(labels);
        this.confusion = new long[labels.size()][labels.size()];
    }

    public void add(String gold, String predicted) {
        int g = index(gold);
        int p = index(predicted);
        confusion[g][p]++;
        n++;
        if (g == p) {
            correct++;
        }
    }

    public long n() {
        return n;
    }

    public double accuracy() {
        return n == 0 ? Double.NaN : (double) correct / n;
    }

    public double f1(String label) {
        int i = index(label);
        long tp = confusion[i][i];
        long goldCount = goldCount(i);
        long predCount = predictedCount(i);
        if (goldCount == 0 && predCount == 0) {
            return Double.NaN;
        }
        double precision = predCount == 0 ? 0 : (double) tp / predCount;
        double recall = goldCount == 0 ? 0 : (double) tp / goldCount;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** Mean F1 over the classes that occur in gold or predictions. */
    public double macroF1() {
        double sum = 0;
        int k = 0;
        for (String l : labels) {
            double f = f1(l);
            if (!Double.isNaN(f)) {
                sum += f;
                k++;
            }
        }
        return k == 0 ? Double.NaN : sum / k;
    }

    public Map<String, Object> perClass() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            long tp = confusion[i][i];
            long goldCount = goldCount(i);
            long predCount = predictedCount(i);
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("gold", goldCount);
            c.put("predicted", predCount);
            c.put("precision", predCount == 0 ? null : (double) tp / predCount);
            c.put("recall", goldCount == 0 ? null : (double) tp / goldCount);
            double f = f1(labels.get(i));
            c.put("f1", Double.isNaN(f) ? null : f);
            out.put(labels.get(i), c);
        }
        return out;
    }

    /** Rows are gold labels, columns predictions. */
    public Map<String, Map<String, Long>> confusion() {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            Map<String, Long> row = new LinkedHashMap<>();
            for (int j = 0; j < labels.size(); j++) {
                row.put(labels.get(j), confusion[i][j]);
            }
            out.put(labels.get(i), row);
        }
        return out;
    }

    private long goldCount(int label) {
        long n = 0;
        for (int j = 0; j < labels.size(); j++) {
            n += confusion[label][j];
        }
        return n;
    }

    private long predictedCount(int label) {
        long n = 0;
        for (int j = 0; j < labels.size(); j++) {
            n += confusion[j][label];
        }
        return n;
    }

    private int index(String label) {
        int i = labels.indexOf(label);
        if (i < 0) {
            throw new IllegalArgumentException("unknown label '" + label + "', expected one of " + labels);
        }
        return i;
    }

    /** Pearson correlation of two equally long series; NaN when either is constant. */
    public static double pearson(double[] x, double[] y) {
        int len = x.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < len; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= len;
        my /= len;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < len; i++) {
            double dx = x[i] - mx;
            double dy = y[i] - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }
}
