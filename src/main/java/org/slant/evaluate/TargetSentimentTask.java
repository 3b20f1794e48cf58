package org.slant.evaluate;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * {@code evaluate --task target-sentiment}: the sentiment toward a target given by its offsets
 * ({@code target_from}, {@code target_to}) or, failing those, by its text ({@code target}).
 */
public record TargetSentimentTask() implements EvaluationTask {
    @Override
    public Map<String, Object> run(LabeledData.Loaded data, Writer predictions) throws IOException {
        TargetSentimentEvaluation ts = TargetSentimentEvaluation.standard();
        return LabelEvaluation.run("target-sentiment", List.of("positive", "negative", "neutral"), data.items(),
                data.skipped(), item -> {
                    String from = item.extra().get("target_from");
                    String to = item.extra().get("target_to");
                    if (from != null && to != null && !from.isBlank() && !to.isBlank()) {
                        return ts.predict(item.text(), offset(from), offset(to));
                    }
                    return ts.predict(item.text(), item.required("target"));
                }, predictions);
    }

    private static int offset(String v) {
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("target offset '" + v + "' is not a number");
        }
    }
}
