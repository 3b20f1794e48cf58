package org.slant.analysis.frames;

import java.util.List;

import org.slant.text.WordTokenizer;

/**
 * Lexicon-based frame detection in the manner of Field et al. (2018): count weighted frame cues,
 * take the frame with the most cue weight, and fall back to {@link Frame#OTHER} when there is too
 * little cue weight to tell.
 *
 * <p>Expects: cleaned sentences (as produced by {@code TextCleaner} and {@code SentenceSplitter});
 * any string works. Produces:
 * <ul>
 *   <li>{@link #scoreSentence}: per frame, the summed weights of the frame's cues in the sentence
 *       (longest cue wins at each word, every word counted once, see {@link FrameLexicon});</li>
 *   <li>{@link #analyze}: per frame, its share of the article's cue weight, the article's primary
 *       frame and each sentence's primary frame (see {@link ArticleFrames});</li>
 *   <li>{@link #classify}: the frame of one short text, for evaluation on labelled sentences.</li>
 * </ul>
 *
 * <p>Decisions: the winner is the frame with the largest summed weight; ties go to the frame with
 * the stronger single cue, then to a frame other than {@code policy_prescription} and
 * {@code economic} (the codebook's catch-alls for "what should be done" and "money"), then to
 * codebook order. A sentence is {@code other} when its total cue weight is below
 * {@link #DEFAULT_MIN_SENTENCE_WEIGHT} (one weak cue is not evidence of a frame); an article is
 * {@code other} when its cue weight per sentence is below {@link #DEFAULT_MIN_ARTICLE_DENSITY}.
 *
 * <p>Immutable and thread-safe; build once per partition (the lexicon is the costly part) and never
 * per row.
 */
public final class FrameScorer {
    /**
     * A sentence whose summed cue weight is below this is {@code other}. Tuned on the dev set:
     * a single weak (1.0) cue is too often incidental.
     */
    public static final double DEFAULT_MIN_SENTENCE_WEIGHT = 1.5;

    /**
     * An article whose cue weight per sentence is below this is {@code other}: a long article with a
     * handful of cues is not about a policy issue (sports, recipes, obituaries).
     */
    public static final double DEFAULT_MIN_ARTICLE_DENSITY = 1.0;

    private final FrameLexicon lexicon;
    private final CueTokens tokens;
    private final double minSentenceWeight;
    private final double minArticleDensity;

    /** A scorer with the default thresholds. */
    public FrameScorer(FrameLexicon lexicon) {
        this(lexicon, DEFAULT_MIN_SENTENCE_WEIGHT, DEFAULT_MIN_ARTICLE_DENSITY);
    }

    /**
     * @param minSentenceWeight summed cue weight a sentence (or classified text) needs to get a frame other than {@code other}
     * @param minArticleDensity cue weight per sentence an article needs to get a primary frame other than {@code other}
     */
    public FrameScorer(FrameLexicon lexicon, double minSentenceWeight, double minArticleDensity) {
        if (lexicon == null) {
            throw new IllegalArgumentException("lexicon is null");
        }
        if (!(minSentenceWeight >= 0) || !(minArticleDensity >= 0)) {
            throw new IllegalArgumentException("thresholds must be >= 0: " + minSentenceWeight + ", " + minArticleDensity);
        }
        this.lexicon = lexicon;
        this.tokens = new CueTokens(new WordTokenizer());
        this.minSentenceWeight = minSentenceWeight;
        this.minArticleDensity = minArticleDensity;
    }

    /** The lexicon this scorer matches. */
    public FrameLexicon lexicon() {
        return lexicon;
    }

    /** Per frame (indexed by {@link Frame#ordinal()}, {@code other} always 0), the summed cue weight in {@code sentence}. */
    public double[] scoreSentence(String sentence) {
        double[] sums = new double[Frame.COUNT];
        if (sentence != null && !sentence.isEmpty()) {
            lexicon.accumulate(tokens.tokens(sentence), sums, null);
        }
        return sums;
    }

    /** The frame of one short text (sentence, headline, comment) taken as a single unit. */
    public FramePrediction classify(String text) {
        double[] sums = new double[Frame.COUNT];
        double[] strongest = new double[Frame.COUNT];
        if (text != null && !text.isEmpty()) {
            lexicon.accumulate(tokens.tokens(text), sums, strongest);
        }
        double total = sum(sums);
        if (total < minSentenceWeight || total == 0) {
            return new FramePrediction(Frame.OTHER, 0, total);
        }
        int best = argmax(sums, strongest);
        return new FramePrediction(Frame.at(best), sums[best] / total, total);
    }

    /**
     * Frames of an article given as its sentences (in order). To get the frames of the sentences that
     * mention a target, either read {@link ArticleFrames#sentenceFrames()} at those indexes, or call
     * this method on just those sentences for shares over them.
     */
    public ArticleFrames analyze(List<String> sentences) {
        return analyze(cues(sentences), null);
    }

    /**
     * Each sentence's summed and strongest cue weight per frame, indexed like {@link #scoreSentence}: read
     * once per sentence, then shared by the article's frames, each target's ({@link #analyze(SentenceCues, List)})
     * and anything else that needs a sentence's cue sums.
     */
    public record SentenceCues(double[][] sums, double[][] strongest) {
        public int size() {
            return sums.length;
        }
    }

    /** The cues of each of {@code sentences}, in order. */
    public SentenceCues cues(List<String> sentences) {
        int n = sentences.size();
        double[][] sums = new double[n][Frame.COUNT];
        double[][] strongest = new double[n][Frame.COUNT];
        for (int s = 0; s < n; s++) {
            String sentence = sentences.get(s);
            if (sentence != null && !sentence.isEmpty()) {
                lexicon.accumulate(tokens.tokens(sentence), sums[s], strongest[s]);
            }
        }
        return new SentenceCues(sums, strongest);
    }

    /**
     * {@link #analyze(List)} of the sentences at {@code indexes} (in that order; null for all), from their
     * cues: the same result as analysing those sentences' texts.
     */
    public ArticleFrames analyze(SentenceCues cues, List<Integer> indexes) {
        int n = indexes == null ? cues.size() : indexes.size();
        double[] articleSums = new double[Frame.COUNT];
        double[] articleStrongest = new double[Frame.COUNT];
        Frame[] sentenceFrames = new Frame[n];
        for (int k = 0; k < n; k++) {
            int s = indexes == null ? k : indexes.get(k);
            double[] sums = cues.sums()[s];
            double[] strongest = cues.strongest()[s];
            double total = sum(sums);
            sentenceFrames[k] = total > 0 && total >= minSentenceWeight ? Frame.at(argmax(sums, strongest)) : Frame.OTHER;
            for (int f = 0; f < Frame.COUNT; f++) {
                articleSums[f] += sums[f];
                articleStrongest[f] = Math.max(articleStrongest[f], strongest[f]);
            }
        }
        double total = sum(articleSums);
        double[] shares = new double[Frame.COUNT];
        Frame primary;
        if (total == 0) {
            shares[Frame.OTHER.ordinal()] = 1;
            primary = Frame.OTHER;
        } else {
            for (int f = 0; f < Frame.COUNT; f++) {
                shares[f] = articleSums[f] / total;
            }
            primary = total / n >= minArticleDensity ? Frame.at(argmax(articleSums, articleStrongest)) : Frame.OTHER;
        }
        return new ArticleFrames(shares, primary, sentenceFrames, total, n);
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    /** Index of the winning frame; see the class documentation for the tie-breaks. Assumes some sum > 0. */
    private static int argmax(double[] sums, double[] strongest) {
        int best = -1;
        for (int f = 0; f < Frame.OTHER.ordinal(); f++) {
            if (sums[f] <= 0) {
                continue;
            }
            if (best < 0 || beats(f, best, sums, strongest)) {
                best = f;
            }
        }
        return best;
    }

    private static boolean beats(int f, int best, double[] sums, double[] strongest) {
        // Weights are multiples of 0.5, but sums of doubles still deserve a tolerance.
        double d = sums[f] - sums[best];
        if (Math.abs(d) > 1e-9) {
            return d > 0;
        }
        double s = strongest[f] - strongest[best];
        if (Math.abs(s) > 1e-9) {
            return s > 0;
        }
        return isCatchAll(best) && !isCatchAll(f);
    }

    private static boolean isCatchAll(int f) {
        return f == Frame.POLICY_PRESCRIPTION.ordinal() || f == Frame.ECONOMIC.ordinal();
    }
}
