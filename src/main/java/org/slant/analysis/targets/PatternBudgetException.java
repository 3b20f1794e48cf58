package org.slant.analysis.targets;

/**
 * A catalog {@code patterns} entry needed more matching work on one text than its budget allows (see
 * {@link MatchBudget}): a regular expression that backtracks catastrophically on this text. The record
 * being analysed becomes a reject with this message; the rest of the run goes on.
 */
public final class PatternBudgetException extends RuntimeException {
    private final String targetId;

    public PatternBudgetException(String targetId, String pattern) {
        super("target pattern '" + targetId + "' exceeded its matching budget (pattern '" + pattern
                + "' backtracks too much on this text; rewrite it without nested or repeated wildcards)",
                null, false, false);
        this.targetId = targetId;
    }

    /** The catalog entry whose pattern overran. */
    public String targetId() {
        return targetId;
    }
}
