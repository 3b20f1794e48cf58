package org.slant.evaluate;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.slant.analysis.stance.Prediction;

/**
 * Scores labelled items whose gold is one of a fixed set of classes ({@code evaluate --task stance} and
 * {@code --task target-sentiment}), with the same metrics and prediction file as the other tasks. A row
 * the predictor cannot handle (an unknown target, offsets outside the text) is skipped with its reason.
 */
public final class LabelEvaluation {
    private LabelEvaluation() {
    }

    /** Predicts one item, or throws {@link IllegalArgumentException} saying why it cannot. */
    public interface Predictor extends Function<LabeledItem, Prediction> {
    }

    public static Map<String, Object> run(String task, List<String> labels, List<LabeledItem> items, List<String> skipped,
                                          Predictor predictor, Writer predictions) throws IOException {
        Metrics metrics = new Metrics(labels);
        List<String> unusable = new ArrayList<>(skipped);
        if (predictions != null) {
            predictions.write("id,gold,predicted,score\n");
        }
        for (LabeledItem item : items) {
            String gold = normalise(item.label(), labels);
            if (gold == null) {
                unusable.add("id " + item.id() + ": label '" + item.label() + "' is not one of " + labels);
                continue;
            }
            Prediction p;
            try {
                p = predictor.apply(item);
            } catch (IllegalArgumentException e) {
                unusable.add("id " + item.id() + ": " + e.getMessage());
                continue;
            }
            metrics.add(gold, p.label());
            if (predictions != null) {
                predictions.write(Csv.row(item.id(), gold, p.label(), String.format(Locale.ROOT, "%.4f", p.score())));
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("task", task);
        out.put("n", metrics.n());
        out.put("skipped", unusable.size());
        out.put("accuracy", metrics.accuracy());
        out.put("macro_f1", metrics.macroF1());
        if (labels.contains("FAVOR") && labels.contains("AGAINST")) {
            out.put("f_avg", (zeroIfNaN(metrics.f1("FAVOR")) + zeroIfNaN(metrics.f1("AGAINST"))) / 2);
        }
        out.put("per_class", metrics.perClass());
        out.put("confusion", metrics.confusion());
        if (!unusable.isEmpty()) {
            out.put("skipped_examples", unusable.subList(0, Math.min(10, unusable.size())));
        }
        return out;
    }

    private static double zeroIfNaN(double v) {
        return Double.isNaN(v) ? 0 : v;
    }

    /** The label as one of {@code labels}, matched case-insensitively, or null. */
    private static String normalise(String label, List<String> labels) {
        for (String l : labels) {
            if (l.equalsIgnoreCase(label.strip())) {
                return l;
            }
        }
        return null;
    }
}
