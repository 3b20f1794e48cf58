package org.slant.analysis.stance;

import java.util.Locale;

import org.slant.analysis.sentiment.VaderAnalyzer;

/**
 * Target-dependent sentiment of labelled sentences, for {@code slant evaluate --task target-sentiment}.
 * Expects a sentence and the target either as character offsets or as the mention text (then its
 * first case-insensitive occurrence is used; a target not found is scored from the start of the sentence).
 * Produces {@code positive|negative|neutral} and the {@link TargetSentiment} score. Thread-safe.
 */
public final class TargetSentimentEvaluation {
    private final TargetSentiment sentiment;

    public TargetSentimentEvaluation(VaderAnalyzer vader) {
        this.sentiment = new TargetSentiment(vader);
    }

    public static TargetSentimentEvaluation standard() {
        return new TargetSentimentEvaluation(VaderAnalyzer.fromClasspath());
    }

    /** Sentiment toward {@code text[from, to)}. */
    public Prediction predict(String text, int from, int to) {
        if (from < 0 || to > text.length() || from > to) {
            throw new IllegalArgumentException("target offsets [" + from + ", " + to + ") outside the text of length "
                    + text.length());
        }
        double s = sentiment.score(text, from, to);
        return new Prediction(sentiment.label(s), s);
    }

    /** Sentiment toward the first occurrence of {@code target} in {@code text} (case-insensitive). */
    public Prediction predict(String text, String target) {
        int at = target == null || target.isBlank() ? -1
                : text.toLowerCase(Locale.ROOT).indexOf(target.strip().toLowerCase(Locale.ROOT));
        if (at < 0) {
            return predict(text, 0, 0);
        }
        return predict(text, at, at + target.strip().length());
    }
}
