package org.slant.evaluate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.slant.analysis.stance.Prediction;

/**
 * Accuracy per value of descriptive columns of labelled data (the stance sets' {@code hard_case},
 * {@code style}, {@code holder}; the article sets' {@code genre}), so an evaluation reports which
 * kinds of item fail, not only how many. Wraps a predictor and records each item's outcome; an empty
 * cell counts as {@code (none)}. Not thread-safe: one per evaluation.
 */
public final class LabelBreakdown {
    private final List<String> columns;
    private final Map<String, Map<String, long[]>> counts = new LinkedHashMap<>();

    public LabelBreakdown(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    /** {@code predictor}, recording per column value whether its label matched the item's gold label. */
    public LabelEvaluation.Predictor wrap(LabelEvaluation.Predictor predictor) {
        return item -> {
            Prediction p = predictor.apply(item);
            boolean right = p.label().equalsIgnoreCase(item.label().strip());
            for (String c : columns) {
                String v = item.extra().get(c);
                if (v == null) {
                    continue;
                }
                String key = v.isBlank() ? "(none)" : v.strip();
                long[] n = counts.computeIfAbsent(c, k -> new TreeMap<>()).computeIfAbsent(key, k -> new long[2]);
                n[0]++;
                if (right) {
                    n[1]++;
                }
            }
            return p;
        };
    }

    /** Adds {@code by_<column>: {value: {n, accuracy}}} to {@code result} for each column the data had. */
    public Map<String, Object> addTo(Map<String, Object> result) {
        counts.forEach((column, byValue) -> {
            Map<String, Object> out = new LinkedHashMap<>();
            byValue.forEach((value, n) -> {
                Map<String, Object> cell = new LinkedHashMap<>();
                cell.put("n", n[0]);
                cell.put("accuracy", (double) n[1] / n[0]);
                out.put(value, cell);
            });
            result.put("by_" + column, out);
        });
        return result;
    }
}
