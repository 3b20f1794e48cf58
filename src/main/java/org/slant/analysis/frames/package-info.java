/**
 * Frame detection: which Policy Frames Codebook frames (Boydstun et al. 2014; Card et al. 2015) a
 * sentence or an article uses, with per-frame cue lexicons in the manner of Field et al. (2018).
 *
 * <p>Pieces, in the order they are used:
 * <ol>
 *   <li>{@link org.slant.analysis.frames.FrameLexicon}: weighted cues per frame (words, {@code *}
 *       stems, phrases) from the built-in {@code frames.tsv} or a user file of the same format
 *       (which replaces it), compiled into a token trie;</li>
 *   <li>{@link org.slant.analysis.frames.FrameScorer}: per sentence, the summed weight of each
 *       frame's cues (longest cue wins, each word counted once); per article, each frame's share of
 *       the article's cue weight; primary frames with an {@code other} fallback below a threshold;</li>
 *   <li>{@link org.slant.analysis.frames.ArticleFrames} and
 *       {@link org.slant.analysis.frames.FramePrediction}: the immutable results.</li>
 * </ol>
 * Pure Java, no Spark: a Spark stage builds one {@code FrameScorer} per partition (or broadcasts
 * the lexicon) and calls it per row.
 *
 * <p>How the lexicon was written and tuned, and on what: see {@code docs/methods.md} (Policy frames).
 */
package org.slant.analysis.frames;
