/**
 * {@code slant report}: one self-contained HTML page with charts, built from the aggregates of an
 * {@code analyze} output folder (and a capped sample of its evidence sentences), read with a plain
 * Parquet reader through Hadoop's file systems, so it needs no Spark and takes seconds on any corpus.
 */
package org.slant.report;
