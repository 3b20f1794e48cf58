package org.slant.analysis.frames;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The frames of one article, as {@link FrameScorer#analyze} computes them. Immutable.
 *
 * <p>{@link #score} is the frame's <em>share</em> of the article's cue weight: the summed weights of
 * the frame's cues over all sentences divided by the summed weights of all cues. Shares are in
 * [0, 1] and sum to 1 over the frames with cues, so they measure emphasis independently of article
 * length and of how "wordy" an outlet is, which is what comparing outlets needs. An article without
 * any cue has share 1 for {@link Frame#OTHER}. {@link #primaryFrame} is the frame with the largest
 * share, or {@code other} when the article's {@link #density} (cue weight per sentence) is below the
 * scorer's threshold, even if some shares are non-zero.
 */
public final class ArticleFrames {
    private final double[] shares;
    private final Frame primary;
    private final Frame[] sentenceFrames;
    private final double totalWeight;
    private final int sentences;

    ArticleFrames(double[] shares, Frame primary, Frame[] sentenceFrames, double totalWeight, int sentences) {
        this.shares = shares;
        this.primary = primary;
        this.sentenceFrames = sentenceFrames;
        this.totalWeight = totalWeight;
        this.sentences = sentences;
    }

    /** The frame's share of the article's cue weight, in [0, 1]. */
    public double score(Frame frame) {
        return shares[frame.ordinal()];
    }

    /** All shares, indexed by {@link Frame#ordinal()} (a copy). */
    public double[] scores() {
        return shares.clone();
    }

    /** Frame id → share for the frames with a non-zero share, in codebook order (rows of {@code article_frames}). */
    public Map<String, Double> nonZeroScores() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int f = 0; f < shares.length; f++) {
            if (shares[f] > 0) {
                out.put(Frame.at(f).id(), shares[f]);
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** The article's primary frame ({@code primary_frame}). */
    public Frame primaryFrame() {
        return primary;
    }

    /**
     * The primary frame of each sentence, indexed like the input list; {@link Frame#OTHER} for a
     * sentence whose cue weight is below the sentence threshold (including sentences without cues).
     */
    public List<Frame> sentenceFrames() {
        return Collections.unmodifiableList(Arrays.asList(sentenceFrames));
    }

    /** The primary frame of sentence {@code index}. */
    public Frame sentenceFrame(int index) {
        return sentenceFrames[index];
    }

    /** Summed weight of all cues in the article. */
    public double totalWeight() {
        return totalWeight;
    }

    /** Number of sentences analysed (the input list's size). */
    public int sentenceCount() {
        return sentences;
    }

    /** Cue weight per sentence (0 for an article without sentences); compared with the article threshold. */
    public double density() {
        return sentences == 0 ? 0 : totalWeight / sentences;
    }

    @Override
    public String toString() {
        return "ArticleFrames{primary=" + primary + ", scores=" + nonZeroScores() + ", density=" + density() + "}";
    }
}
