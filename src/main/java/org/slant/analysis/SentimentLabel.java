package org.slant.analysis;

/** The contract's three-way label for a compound score, with VADER's conventional ±0.05 thresholds. */
public final class SentimentLabel {
    public static final double THRESHOLD = 0.05;
    public static final String POSITIVE = "positive";
    public static final String NEGATIVE = "negative";
    public static final String NEUTRAL = "neutral";

    private SentimentLabel() {
    }

    public static String of(double compound) {
        if (compound >= THRESHOLD) {
            return POSITIVE;
        }
        if (compound <= -THRESHOLD) {
            return NEGATIVE;
        }
        return NEUTRAL;
    }
}
