package org.slant.analysis.stance;

import java.util.List;

/**
 * One target in one article: a row of {@code article_targets}.
 *
 * @param target           catalog id
 * @param mentions         number of mentions
 * @param targetSentiment  mean target-dependent sentiment over the mentions, in [-1, 1]
 * @param stance           all voices pooled: mean of the non-zero mention stances, or 0
 * @param stanceLabel      class of {@code stance}
 * @param sentenceIndexes  the sentences that mention the target, ascending, each once
 * @param authorStance     the outlet's own voice only, in [-1, 1]: the article-level combination of its
 *                         author statements ({@link ArticleTargetAnalyzer}); 0 when it has none
 * @param authorLabel      class of {@code authorStance} at the article threshold (NONE for mixed or weak)
 * @param authorStatements number of author statements that took a side (0: the author voiced no position)
 * @param quotedStance     mean score of the FAVOR/AGAINST statements of other holders (quoted or
 *                         reported positions, actions of others), 0 when there are none
 * @param quotedFavor      number of FAVOR statements by other holders
 * @param quotedAgainst    number of AGAINST statements by other holders
 * @param authorSentences  what a stance model reads for the author, for an issue in an opinion piece
 *                         (else empty; see {@link ArticleTargetAnalyzer#modelReadsAuthor}): the sentences of
 *                         {@code sentenceIndexes} in which no mention of the target is another voice's
 *                         (attributed to a speaker or actor, or inside quotation marks)
 * @param authorTitle      for an issue in an opinion piece, its headline when it names the issue in the
 *                         author's voice, else null
 */
public record TargetResult(String target, int mentions, double targetSentiment, double stance,
                           StanceLabel stanceLabel, List<Integer> sentenceIndexes, double authorStance,
                           StanceLabel authorLabel, int authorStatements, double quotedStance, int quotedFavor,
                           int quotedAgainst, List<Integer> authorSentences, String authorTitle) {
    public TargetResult {
        sentenceIndexes = List.copyOf(sentenceIndexes);
        authorSentences = List.copyOf(authorSentences);
    }
}
