package org.slant.model;

/** A sparse feature vector: ascending distinct {@code indices} below {@code size} and their values. */
public record SparseFeatures(int size, int[] indices, double[] values) {
    public SparseFeatures {
        if (indices.length != values.length) {
            throw new IllegalArgumentException("indices and values differ in length");
        }
    }
}
