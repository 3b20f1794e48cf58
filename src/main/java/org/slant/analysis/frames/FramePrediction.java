package org.slant.analysis.frames;

/**
 * The frame of one short text (a sentence or headline), as {@link FrameScorer#classify} gives it.
 *
 * @param frame the frame with the most cue weight, or {@link Frame#OTHER} when the text's total cue
 *     weight is below the scorer's sentence threshold
 * @param score the predicted frame's share of the text's cue weight, in [0, 1] (1 when the text has
 *     cues for one frame only; 0 for {@code other} without cues)
 * @param weight the text's total cue weight over all frames
 */
public record FramePrediction(Frame frame, double score, double weight) {
    /** The frame id, e.g. {@code security_defense}. */
    public String label() {
        return frame.id();
    }
}
