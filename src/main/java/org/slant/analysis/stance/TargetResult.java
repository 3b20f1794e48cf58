package org.slant.analysis.stance;

import java.util.List;

/**
 * One target in one article: a row of {@code article_targets}.
 *
 * @param target          catalog id
 * @param mentions        number of mentions
 * @param targetSentiment mean target-dependent sentiment over the mentions, in [-1, 1]
 * @param stance          mean of the non-zero mention stances, or 0
 * @param stanceLabel     class of {@code stance}
 * @param sentenceIndexes the sentences that mention the target, ascending, each once
 */
public record TargetResult(String target, int mentions, double targetSentiment, double stance,
                           StanceLabel stanceLabel, List<Integer> sentenceIndexes) {
    public TargetResult {
        sentenceIndexes = List.copyOf(sentenceIndexes);
    }
}
