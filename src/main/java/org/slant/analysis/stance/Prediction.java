package org.slant.analysis.stance;

/** A predicted class and the score it came from, for {@code slant evaluate}. */
public record Prediction(String label, double score) {
}
