package org.slant.analysis.stance;

/**
 * A position toward a target that a sentence attributes to a holder: a row of {@code actor_stances}.
 *
 * @param actor    catalog id of the holder; {@code author} for the outlet's own voice, {@code other}
 *                 for a holder the catalog does not know ("The House", "a senior official")
 * @param speaker  the holder as the sentence names it ("Sen. Dale Harmon", "The House", "Donald
 *                 Trump"); null for the author and for an unnamed holder (an unattributed quote)
 * @param target   catalog id of the target
 * @param label    the stance class; NONE when an identified holder speaks about or acts on the target
 *                 without a position (never for the author)
 * @param score    the stance score in [-1, 1]
 * @param evidence the sentence
 * @param sentence its index in the article's analysed sentences
 */
public record ActorStance(String actor, String speaker, String target, StanceLabel label, double score,
                          String evidence, int sentence) {
    public static final String AUTHOR = "author";
    public static final String OTHER = "other";

    /** True when the outlet speaks in its own voice. */
    public boolean isAuthor() {
        return AUTHOR.equals(actor);
    }
}
