package org.slant.analysis;

import java.util.List;
import java.util.Map;

import org.slant.analysis.frames.ArticleFrames;
import org.slant.analysis.frames.FrameScorer;
import org.slant.analysis.sentiment.SentimentScores;
import org.slant.analysis.stance.ArticleTargets;

/**
 * Everything the analysis chain found in one article.
 *
 * @param sentences    the analysed sentences (those with at least one word), in order; the indexes used
 *                     by frames and targets refer to this list
 * @param targetFrames per target id, the frame shares of the sentences that mention it (non-zero only)
 * @param sentenceScores each sentence's VADER scores, indexed like {@code sentences}
 * @param cues         each sentence's frame cue sums, indexed like {@code sentences}: what a model's rule
 *                     features would otherwise read from the text again
 */
public record ArticleAnalysis(ArticleScores scores, List<String> sentences, ArticleFrames frames,
                              ArticleTargets targets, Map<String, Map<String, Double>> targetFrames,
                              List<SentimentScores> sentenceScores, FrameScorer.SentenceCues cues) {
    public ArticleAnalysis {
        sentences = List.copyOf(sentences);
        targetFrames = Map.copyOf(targetFrames);
        sentenceScores = List.copyOf(sentenceScores);
        if (sentenceScores.size() != sentences.size() || cues.size() != sentences.size()) {
            throw new IllegalArgumentException("per-sentence scores and cues must match the sentences");
        }
    }
}
