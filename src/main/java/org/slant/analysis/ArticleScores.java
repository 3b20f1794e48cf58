package org.slant.analysis;

/**
 * Sentiment of one article: the mean over its sentences of VADER's compound, pos, neg and neu
 * (compound saturates on long texts, so it is never computed on the whole article at once).
 *
 * @param titleSentiment VADER compound of the headline, or NaN when there is none
 * @param truncated      the text was longer than the analysis cap and only its start was analysed
 */
public record ArticleScores(int nSentences, int nTokens, double sentiment, double pos, double neg, double neu,
                            String label, double titleSentiment, boolean truncated) {
}
