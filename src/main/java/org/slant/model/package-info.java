/**
 * Trained models in plain Java: what a model reads ({@link org.slant.model.Example}), the features it
 * computes from it ({@link org.slant.model.Featurizer}: hashed word and character n-grams plus slant's own
 * rule outputs), the linear classifier that scores them ({@link org.slant.model.LinearModel}) and the card
 * that describes a saved model ({@link org.slant.model.ModelCard}). No Spark import: Spark trains and
 * saves the models ({@code org.slant.train}); applying one is a sparse dot product per item, done inside
 * the one analysis pass.
 */
package org.slant.model;
