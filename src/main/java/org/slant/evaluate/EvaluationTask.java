package org.slant.evaluate;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * One task of {@code slant evaluate}: scores loaded labelled data and returns the metrics as the JSON
 * object the command prints. Implementations build their analyzers when they run, after the command
 * has checked its flags, files and data, so a usage error never waits for a model to load.
 */
public interface EvaluationTask {
    /** The values of {@code --task}, in the order the help lists them. */
    List<String> NAMES = List.of("sentiment", "stance", "target-sentiment", "frame");

    /**
     * Checks the items before anything is scored; the default accepts all.
     *
     * @throws IllegalArgumentException naming the offending row
     */
    default void check(List<LabeledItem> items) {
    }

    /**
     * The metrics over {@code data}; with {@code predictions}, also one CSV row per scored item
     * ({@code id, gold, predicted, score}). Rows that cannot be scored are counted in
     * {@code skipped} with a reason in {@code skipped_examples}.
     */
    Map<String, Object> run(LabeledData.Loaded data, Writer predictions) throws IOException;
}
