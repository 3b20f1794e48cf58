package org.slant.evaluate;

import org.slant.analysis.sentiment.VaderAnalyzer;
import org.slant.analysis.stance.Prediction;
import org.slant.analysis.stance.TargetSentiment;

/**
 * Target-dependent sentiment of labelled sentences, for {@code slant evaluate --task target-sentiment}.
 * Expects a sentence and the target either as character offsets or as the mention text (then its
 * first case-insensitive occurrence in the text as given is used; a target not found is scored from the
 * start of the sentence). Offsets always index the text as given, never a case-folded copy.
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
        String t = target == null ? "" : target.strip();
        int at = t.isEmpty() ? -1 : indexIgnoringCase(text, t);
        if (at < 0) {
            return predict(text, 0, 0);
        }
        return predict(text, at, at + t.length());
    }

    /**
     * The first index of {@code target} in {@code text}, case ignored, as an offset into {@code text}
     * itself. Lower-casing a copy would shift offsets wherever case mapping changes the length
     * ({@code İ} lower-cases to two chars), and the mention would then be scored at the wrong words.
     */
    static int indexIgnoringCase(String text, String target) {
        for (int i = 0; i + target.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, target, 0, target.length())) {
                return i;
            }
        }
        return -1;
    }
}
