package org.slant.analysis.stance;

/** Stance classes of the contract's {@code stance_label} column. */
public enum StanceLabel {
    FAVOR, AGAINST, NONE;

    /** FAVOR at ≥ {@code theta}, AGAINST at ≤ {@code -theta}, else NONE. */
    public static StanceLabel of(double score, double theta) {
        if (score >= theta) {
            return FAVOR;
        }
        if (score <= -theta) {
            return AGAINST;
        }
        return NONE;
    }
}
