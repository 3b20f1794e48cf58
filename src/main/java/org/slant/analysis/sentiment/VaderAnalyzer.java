package org.slant.analysis.sentiment;

import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;

/**
 * VADER (Valence Aware Dictionary and sEntiment Reasoner) sentiment scoring: a faithful Java port of
 * {@code vaderSentiment/vaderSentiment.py} from github.com/cjhutto/vaderSentiment (commit 44fc044c),
 * with the lexicon and emoji lexicon of that snapshot shipped as resources (MIT licence, see
 * {@code VADER-LICENSE.txt} beside them).
 *
 * <p>{@link #score(String)} expects English text, ideally one sentence (longer texts work, but the
 * method was designed and validated at sentence level; score sentences and aggregate instead) and
 * produces the same {@link SentimentScores} as Python's {@code polarity_scores(text)}, bit for bit after
 * rounding, including the reference's quirks: emoji replaced by their descriptions, Python's
 * {@code str.split()} whitespace and {@code string.punctuation} stripping, booster/dampener words with
 * the ALL-CAPS differential, negation with {@code N_SCALAR = -0.74}, "never so/this", "without doubt",
 * "least", the contrastive "but" rule (with the reference's value-based re-indexing), "kind of",
 * special-case idioms, "no", and {@code !}/{@code ?} amplification. The raw valence sum follows
 * CPython 3.12+'s compensated {@code sum()}; older interpreters can differ in the last bits of that sum
 * and, very rarely, in a rounded digit.
 *
 * <p>The stages, in the reference's order: {@link VaderLexicon} (the words and emoji it knows, and
 * the emoji replacement), {@link VaderTokenizer} (splitting), {@link VaderRules} (valences in context,
 * then the text's scores). This class only composes them.
 *
 * <p>Instances are immutable after construction and safe to share between threads; build one per JVM
 * (e.g. one per Spark executor) with {@link #fromClasspath()}, as loading the lexicons is the only
 * costly step.
 *
 * <p>Method: Hutto, C.J. &amp; Gilbert, E.E. (2014). VADER: A Parsimonious Rule-based Model for
 * Sentiment Analysis of Social Media Text. Eighth International Conference on Weblogs and Social Media
 * (ICWSM-14). Ann Arbor, MI, June 2014.
 */
public final class VaderAnalyzer {

    private final VaderLexicon lexicon;
    private final VaderRules rules;

    private VaderAnalyzer(VaderLexicon lexicon) {
        this.lexicon = lexicon;
        this.rules = new VaderRules(lexicon);
    }

    /**
     * Loads the VADER lexicon and emoji lexicon shipped with this class (the snapshot the parity tests
     * were run against). Call once and share the instance.
     *
     * @throws UncheckedIOException if the resources are missing or unreadable
     */
    public static VaderAnalyzer fromClasspath() {
        return new VaderAnalyzer(VaderLexicon.fromClasspath());
    }

    /**
     * Scores one text exactly as the reference's {@code polarity_scores(text)} does.
     *
     * @param text any text (not null); empty or whitespace-only text gives {@link SentimentScores#EMPTY}
     * @return the rounded neg/neu/pos/compound scores
     */
    public SentimentScores score(String text) {
        Objects.requireNonNull(text, "text");
        String t = lexicon.replaceEmojis(text);
        VaderTokenizer.Tokens tokens = VaderTokenizer.tokenize(t);
        if (tokens.size() == 0) {
            return SentimentScores.EMPTY;
        }
        return VaderRules.polarity(rules.valences(tokens), t);
    }

    /**
     * Per-token valences of one text with each token's character span, for target-dependent scoring
     * that weighs words by where they stand (additive to {@link #score}, which it does not change).
     *
     * <p>Tokens and valences are exactly those {@link #score} sums before its contrastive "but" rule,
     * {@code !}/{@code ?} amplification and normalisation: VADER's lexicon with its booster, negation,
     * ALL-CAPS, "least", "no" and idiom rules applied in the context of the whole text. Emoji are NOT
     * replaced by their descriptions, so that offsets point into {@code text} as given.
     *
     * @param text any text (not null)
     */
    public TokenValences tokenValences(String text) {
        Objects.requireNonNull(text, "text");
        VaderTokenizer.Tokens tokens = VaderTokenizer.tokenize(text);
        VaderRules.Valences v = rules.valences(tokens);
        int n = tokens.size();
        return new TokenValences(v.lower(), Arrays.copyOf(tokens.start(), n), Arrays.copyOf(tokens.end(), n),
                v.valence());
    }

    /**
     * What {@link #tokenValences} returns: parallel arrays, one entry per VADER token.
     *
     * @param lower    the token, lower-cased
     * @param start    character offset where it starts (after stripped punctuation)
     * @param end      character offset just after it
     * @param valence  its VADER valence in context (0 for words outside the lexicon)
     */
    public record TokenValences(String[] lower, int[] start, int[] end, double[] valence) {
        /** Number of tokens. */
        public int size() {
            return lower.length;
        }

        /**
         * The first and last token overlapping the characters {@code [from, to)}, as {@code {first, last}};
         * {@code {-1, -1}} when the span falls between tokens (punctuation only).
         */
        public int[] covering(int from, int to) {
            int first = -1;
            int last = -1;
            for (int k = 0; k < lower.length; k++) {
                if (end[k] > from && start[k] < to) {
                    if (first < 0) {
                        first = k;
                    }
                    last = k;
                }
            }
            return new int[] {first, last};
        }

        /** VADER's normalisation of a raw valence sum to [-1, 1] ({@code x / sqrt(x² + 15)}). */
        public static double normalize(double sum) {
            return VaderRules.normalize(sum);
        }
    }
}
