package org.slant.model;

import java.util.List;
import java.util.Map;

import org.slant.analysis.stance.Prediction;

/**
 * What the models of a run say about one article, replacing the rules' values in the tables; a field is
 * null when no model of its task ran.
 *
 * @param sentiment       mean over the sentences of P(positive) − P(negative)
 * @param primaryFrame    the frame with the largest summed probability over the sentences
 * @param frames          frame id → share of the sentences it wins (rows of {@code article_frames})
 * @param targetFrames    target id → frame shares over the sentences that mention it
 * @param targets         target id → the model's stance and target sentiment
 * @param actorStances    per statement, in the order of the rules' statements: the model's label and score
 */
public record ModelOutputs(Double sentiment, String primaryFrame, Map<String, Double> frames,
                           Map<String, Map<String, Double>> targetFrames, Map<String, TargetOutput> targets,
                           List<Prediction> actorStances) {
    /**
     * One target in one article.
     *
     * @param stance          P(FAVOR) − P(AGAINST) of the mean class distribution over its sentences, or null
     * @param stanceLabel     the most probable class of that mean distribution, or null
     * @param targetSentiment mean over its mentions of P(positive) − P(negative), or null
     * @param author          an opinion piece's own stance toward an issue by the stance model, or null
     *                        (news, another kind of target, no stance model, or nothing in the author's
     *                        voice: the rules' value stands)
     */
    public record TargetOutput(Double stance, String stanceLabel, Double targetSentiment, AuthorStance author) {
    }
}
