package org.slant.analysis.stance;

/**
 * A position toward a target that a sentence attributes to an actor.
 *
 * @param actor    catalog id of the actor; {@code author} for the outlet's own voice, {@code other}
 *                 for a speaker or agent the catalog does not know ("a senior official said")
 * @param target   catalog id of the target
 * @param label    the stance class
 * @param score    the stance score in [-1, 1]
 * @param evidence the sentence
 * @param sentence its index in the article
 */
public record ActorStance(String actor, String target, StanceLabel label, double score, String evidence, int sentence) {
    public static final String AUTHOR = "author";
    public static final String OTHER = "other";
}
