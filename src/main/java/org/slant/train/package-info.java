/**
 * {@code slant train}: Spark MLlib pipelines over slant's features ({@link org.slant.train.SlantFeatures}
 * then a class-weighted multinomial logistic regression), tuned by stratified k-fold cross-validation
 * ({@link org.slant.train.Trainer}), saved as a {@code PipelineModel} with a card, and loaded back as a
 * plain-Java {@link org.slant.model.LinearModel} ({@link org.slant.train.SavedModels}).
 */
package org.slant.train;
