package org.slant.analysis;

import java.util.List;
import java.util.Map;

import org.slant.analysis.frames.ArticleFrames;
import org.slant.analysis.stance.ArticleTargets;

/**
 * Everything the analysis chain found in one article.
 *
 * @param sentences    the analysed sentences (those with at least one word), in order; the indexes used
 *                     by frames and targets refer to this list
 * @param targetFrames per target id, the frame shares of the sentences that mention it (non-zero only)
 */
public record ArticleAnalysis(ArticleScores scores, List<String> sentences, ArticleFrames frames,
                              ArticleTargets targets, Map<String, Map<String, Double>> targetFrames) {
    public ArticleAnalysis {
        sentences = List.copyOf(sentences);
        targetFrames = Map.copyOf(targetFrames);
    }
}
