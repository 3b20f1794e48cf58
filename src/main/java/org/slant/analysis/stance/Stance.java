package org.slant.analysis.stance;

/**
 * The stance of one sentence toward one mention.
 *
 * @param score          in [-1, 1]: positive favours the target, negative opposes it
 * @param label          the class of {@code score} at the scorer's threshold
 * @param predicateToken index (in {@link org.slant.analysis.targets.SentenceTokens}) of the strongest
 *                       predicate that governs the mention, or -1 when only sentiment spoke
 * @param speechToken    index of the reported-speech verb that reports the predicate (the nearest one
 *                       before it in its clause, else the first after it), or -1
 * @param cue            what kind of words decided the score (who can hold it depends on it)
 */
public record Stance(double score, StanceLabel label, int predicateToken, int speechToken, Cue cue) {
    /** What decided a stance. */
    public enum Cue {
        /** Only the tone of the words near the mention. */
        TONE,
        /** A support or opposition action, or an effect on the target: "passed", "blocked", "cut off". */
        ACTION,
        /** An evaluation or an outcome: "reckless", "a lifeline", "praised". */
        EVALUATION,
        /**
         * An action on the target judged by its consequence ("cutting off the aid would hand Putin a
         * win"): the sentence asserts the judgement, not the action, so the action's doer is not the holder.
         */
        CONSEQUENCE
    }

    public Stance(double score, StanceLabel label, int predicateToken, int speechToken) {
        this(score, label, predicateToken, speechToken, predicateToken < 0 ? Cue.TONE : Cue.ACTION);
    }
}
