package org.slant.evaluate;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/** {@code evaluate --task sentiment} with one of {@link SentimentEvaluation#METHODS}. */
public record SentimentTask(String method) implements EvaluationTask {
    public SentimentTask {
        if (!SentimentEvaluation.METHODS.contains(method)) {
            throw new IllegalArgumentException("method '" + method + "' is not one of " + SentimentEvaluation.METHODS);
        }
    }

    @Override
    public void check(List<LabeledItem> items) {
        SentimentEvaluation.checkLabels(items);
    }

    @Override
    public Map<String, Object> run(LabeledData.Loaded data, Writer predictions) throws IOException {
        return SentimentEvaluation.run(data.items(), data.skipped(), method, predictions);
    }
}
