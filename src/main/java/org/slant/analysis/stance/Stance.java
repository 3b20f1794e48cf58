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
 */
public record Stance(double score, StanceLabel label, int predicateToken, int speechToken) {
}
