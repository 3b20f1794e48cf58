package org.slant.analysis.sentiment;

/**
 * The four VADER scores of one text, exactly as the reference Python implementation's
 * {@code SentimentIntensityAnalyzer.polarity_scores} returns them.
 *
 * <p>{@code neg}, {@code neu} and {@code pos} are the proportions of the text's sentiment mass that is
 * negative, neutral and positive (each in {@code [0, 1]}, summing to about 1), rounded to 3 decimals.
 * {@code compound} is the normalised, weighted sum of all valences in {@code [-1, 1]}, rounded to
 * 4 decimals. Rounding follows Python 3's {@code round(x, n)}: the exact binary value of the double is
 * rounded half-to-even, so the values compare equal ({@code ==}) to what Python prints. A text without
 * any token scores {@code 0, 0, 0, 0} (neutral proportion 0, not 1), as in the reference.
 *
 * <p>Method: Hutto, C.J. &amp; Gilbert, E.E. (2014). VADER: A Parsimonious Rule-based Model for
 * Sentiment Analysis of Social Media Text. Eighth International Conference on Weblogs and Social Media
 * (ICWSM-14). Ann Arbor, MI, June 2014.
 *
 * @param neg      proportion of negative sentiment, 3 decimals
 * @param neu      proportion of neutral tokens, 3 decimals
 * @param pos      proportion of positive sentiment, 3 decimals
 * @param compound normalised overall valence in [-1, 1], 4 decimals
 */
public record SentimentScores(double neg, double neu, double pos, double compound) {

    /** What the reference returns for a text with no tokens (empty or whitespace only). */
    public static final SentimentScores EMPTY = new SentimentScores(0.0, 0.0, 0.0, 0.0);
}
