package org.slant.model;

import java.util.List;
import java.util.Locale;

import org.slant.analysis.SentimentLabel;
import org.slant.analysis.frames.Frame;
import org.slant.evaluate.LabeledItem;

/**
 * The tasks a model can be trained for, their classes, and how a labelled row becomes an
 * {@link Example} and a gold class.
 */
public enum ModelTask {
    SENTIMENT("sentiment", List.of(SentimentLabel.POSITIVE, SentimentLabel.NEGATIVE, SentimentLabel.NEUTRAL)),
    STANCE("stance", List.of("FAVOR", "AGAINST", "NONE")),
    TARGET_SENTIMENT("target-sentiment", List.of(SentimentLabel.POSITIVE, SentimentLabel.NEGATIVE, SentimentLabel.NEUTRAL)),
    FRAME("frame", Frame.IDS);

    private final String id;
    private final List<String> labels;

    ModelTask(String id, List<String> labels) {
        this.id = id;
        this.labels = labels;
    }

    public String id() {
        return id;
    }

    /** Every class of the task, in its canonical order. */
    public List<String> labels() {
        return labels;
    }

    /** @throws IllegalArgumentException for an unknown task id */
    public static ModelTask of(String id) {
        for (ModelTask t : values()) {
            if (t.id.equals(id)) {
                return t;
            }
        }
        throw new IllegalArgumentException("'" + id + "' is not one of sentiment, stance, target-sentiment, frame");
    }

    /** True when items name a target (stance, target sentiment). */
    public boolean hasTarget() {
        return this == STANCE || this == TARGET_SENTIMENT;
    }

    /** The figure cross-validation selects by: F_avg (mean F1 of FAVOR and AGAINST) for stance, else macro F1. */
    public String selectionMetric() {
        return this == STANCE ? "f_avg" : "macro_f1";
    }

    /**
     * The row's gold class in canonical spelling, or null when the label is not one of the task's
     * (sentiment also takes a number, classed at ±0.05 as {@code evaluate} does).
     */
    public String gold(LabeledItem item) {
        String label = item.label().strip();
        if (this == SENTIMENT) {
            try {
                double v = Double.parseDouble(label);
                return Double.isFinite(v) ? SentimentLabel.of(v) : null;
            } catch (NumberFormatException e) {
                // a class name
            }
        }
        for (String l : labels) {
            if (l.equalsIgnoreCase(label)) {
                return l;
            }
        }
        return null;
    }

    /**
     * The model's input for a labelled row: for stance the {@code target} column; for target
     * sentiment the offsets {@code target_from}/{@code target_to} when given, else the first occurrence
     * of {@code target} (case ignored), as {@code evaluate} reads them.
     *
     * @throws IllegalArgumentException naming what is missing or wrong
     */
    public Example example(LabeledItem item) {
        return switch (this) {
            case SENTIMENT, FRAME -> Example.of(item.text());
            case STANCE -> new Example(item.text(), item.required("target"), -1, -1);
            case TARGET_SENTIMENT -> {
                String from = item.extra().get("target_from");
                String to = item.extra().get("target_to");
                String target = item.extra().get("target");
                if (from != null && to != null && !from.isBlank() && !to.isBlank()) {
                    int f = offset(from);
                    int t = offset(to);
                    yield new Example(item.text(), target == null || target.isBlank()
                            ? item.text().substring(Math.max(0, Math.min(f, item.text().length())),
                            Math.max(0, Math.min(t, item.text().length()))) : target.strip(), f, t);
                }
                String t = item.required("target");
                int at = indexIgnoringCase(item.text(), t);
                yield at < 0 ? new Example(item.text(), t, -1, -1) : new Example(item.text(), t, at, at + t.length());
            }
        };
    }

    /**
     * The signed score of a class distribution ({@code probabilities} indexed like {@code classes}):
     * P(FAVOR) − P(AGAINST) for stance, P(positive) − P(negative) for the sentiments, the winning
     * class's probability for frames.
     */
    public double score(double[] probabilities, List<String> classes) {
        if (this == FRAME) {
            double max = 0;
            for (double p : probabilities) {
                max = Math.max(max, p);
            }
            return max;
        }
        String plus = this == STANCE ? "FAVOR" : SentimentLabel.POSITIVE;
        String minus = this == STANCE ? "AGAINST" : SentimentLabel.NEGATIVE;
        int p = classes.indexOf(plus);
        int m = classes.indexOf(minus);
        return (p < 0 ? 0 : probabilities[p]) - (m < 0 ? 0 : probabilities[m]);
    }

    private static int offset(String v) {
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("target offset '" + v + "' is not a number");
        }
    }

    static int indexIgnoringCase(String text, String target) {
        for (int i = 0; i + target.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, target, 0, target.length())) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return id.toLowerCase(Locale.ROOT);
    }
}
