package org.slant.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slant.analysis.frames.Frame;
import org.slant.analysis.frames.FrameScorer;
import org.slant.analysis.sentiment.SentimentScores;
import org.slant.analysis.sentiment.VaderAnalyzer;
import org.slant.analysis.stance.MentionStances;
import org.slant.analysis.stance.Stance;
import org.slant.analysis.stance.StanceScorer;
import org.slant.analysis.stance.TargetSentiment;
import org.slant.analysis.targets.SentenceTokens;
import org.slant.analysis.targets.TargetCatalog;
import org.slant.analysis.targets.TargetKind;
import org.slant.evaluate.StanceEvaluation;
import org.slant.evaluate.StanceTask;

/**
 * Slant's own rule outputs for one {@link Example}, as dense features in the fixed order of
 * {@link #NAMES}: VADER's scores of the text, the target-dependent sentiment at the mention, the rule
 * stance toward the target with what decided it (governing predicate, speech verb, cue), whether a
 * negator occurs, and the frame lexicon's cue weight per frame. The rules are read through their public
 * API and never changed here. A target the catalog does not know is matched by its own words, as
 * {@code evaluate --task stance} does. Thread-safe; build once per partition.
 */
public final class RuleFeatures {
    public static final List<String> NAMES;

    static {
        List<String> names = new ArrayList<>(List.of("vader_neg", "vader_neu", "vader_pos", "vader_compound",
                "target_sentiment", "stance_score", "stance_favor", "stance_against", "stance_predicate",
                "stance_speech", "cue_action", "cue_evaluation", "cue_consequence", "negation"));
        for (String f : Frame.IDS) {
            names.add("frame_cues_" + f);
        }
        for (String side : List.of("left_near", "left_far", "right_near", "right_far", "rest")) {
            names.add("valence_pos_" + side);
            names.add("valence_neg_" + side);
        }
        names.add("mention_in_quote");
        names.add("mention_first");
        NAMES = List.copyOf(names);
    }

    static final Pattern NEGATOR = Pattern.compile(
            "(?i)\\b(?:not|no|never|nor|neither|cannot|without)\\b|n't\\b|n’t\\b");

    private static final int FRAMES_AT = 14;
    private static final int CONTEXT_AT = FRAMES_AT + Frame.IDS.size();
    /** Tokens from the mention counted as near; beyond {@link #FAR}, as the rest of the sentence. */
    private static final int NEAR = 3;
    private static final int FAR = 10;

    private final TargetCatalog catalog;
    private final VaderAnalyzer vader;
    private final TargetSentiment sentiment;
    private final StanceScorer scorer;
    private final FrameScorer frames;
    private final StanceEvaluation known;
    private final Map<String, StanceEvaluation> adHoc = new ConcurrentHashMap<>();

    public RuleFeatures(TargetCatalog catalog, VaderAnalyzer vader, FrameScorer frames) {
        this.catalog = catalog;
        this.vader = vader;
        this.sentiment = new TargetSentiment(vader);
        this.scorer = new StanceScorer(sentiment);
        this.frames = frames;
        this.known = new StanceEvaluation(catalog, scorer);
    }

    /** Fills {@code out} (length {@link #NAMES}{@code .size()}) for {@code e} as the task reads it. */
    public void compute(ModelTask task, Example e, double[] out) {
        ofText(task, e, out);
        ofTarget(task, e, out, null);
    }

    /**
     * Everything but the rule stance toward a named target: what depends on the text and the mention's
     * offsets alone, the same for every target a sentence is asked about.
     */
    public void ofText(ModelTask task, Example e, double[] out) {
        ofText(task, e, out, null);
    }

    /**
     * What an analysis has already computed for a sentence: its VADER scores and frame cue sums, the same
     * values {@link #ofText} would compute from its text, and its article's mention stances (null: none), the
     * scores {@link #ofTarget} would compute again.
     */
    public record Known(SentimentScores sentiment, double[] frameSums, MentionStances stances) {
        public Known {
            stances = stances == null ? MentionStances.NONE : stances;
        }
    }

    /** {@link #ofText(ModelTask, Example, double[])}, taking the sentence's scores and cues from {@code known} when given. */
    public void ofText(ModelTask task, Example e, double[] out, Known known) {
        java.util.Arrays.fill(out, 0);
        String text = e.text();
        SentimentScores s = known != null ? known.sentiment() : vader.score(text);
        out[0] = s.neg();
        out[1] = s.neu();
        out[2] = s.pos();
        out[3] = s.compound();
        if (task.hasTarget()) {
            Stance stance = null;
            if (e.hasOffsets()) {
                // One VADER pass serves the rules' score at the mention and the context features.
                VaderAnalyzer.TokenValences valences = vader.tokenValences(text);
                out[4] = sentiment.score(valences, text, e.from(), e.to());
                context(valences, text, e.from(), e.to(), out);
                if (task == ModelTask.TARGET_SENTIMENT) {
                    stance = scorer.score(text, e.from(), e.to(), TargetKind.BOTH);
                }
            } else {
                out[4] = s.compound();
            }
            if (stance != null) {
                stanceFeatures(stance, out);
            }
        }
        out[13] = negated(text) ? 1 : 0;
        double[] cues = known != null ? known.frameSums() : frames.scoreSentence(text);
        for (int f = 0; f < cues.length; f++) {
            out[FRAMES_AT + f] = Math.log1p(cues[f]);
        }
    }

    /**
     * VADER's in-context valences by where they stand from the mention (left or right, within {@value #NEAR}
     * tokens or {@value #FAR}, or further), positive and negative apart, each sum squashed as VADER squashes
     * a sentence's; whether the mention is inside a quotation, and whether it opens the sentence (usually
     * its subject). A mention's sentiment is mostly carried by the words next to it, and an evaluation the
     * mention utters inside quotes is not one about it.
     */
    private static void context(VaderAnalyzer.TokenValences v, String text, int from, int to, double[] out) {
        double[] sums = new double[10];
        int[] span = v.covering(from, to);
        int first = span[0];
        int last = span[1];
        if (first < 0) {
            // The mention lies between VADER's tokens (punctuation only): place it by its offset.
            first = 0;
            while (first < v.size() && v.start()[first] < from) {
                first++;
            }
            last = first - 1;
        }
        for (int i = 0; i < v.size(); i++) {
            double x = v.valence()[i];
            if (x == 0 || i >= first && i <= last) {
                continue;
            }
            boolean left = i < first;
            int d = left ? first - i : i - last;
            int bucket = d > FAR ? 4 : (left ? 0 : 2) + (d <= NEAR ? 0 : 1);
            sums[2 * bucket + (x > 0 ? 0 : 1)] += Math.abs(x);
        }
        for (int k = 0; k < sums.length; k++) {
            out[CONTEXT_AT + k] = VaderAnalyzer.TokenValences.normalize(sums[k]);
        }
        int quotes = 0;
        for (int i = 0; i < from; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '“' || c == '”') {
                quotes++;
            }
        }
        out[CONTEXT_AT + 10] = quotes % 2 == 1 ? 1 : 0;
        out[CONTEXT_AT + 11] = first <= 1 ? 1 : 0;
    }

    /**
     * The rule stance toward the named target, for stance items (fills only its own slots); mentions whose
     * stance {@code known} holds are not scored again.
     */
    public void ofTarget(ModelTask task, Example e, double[] out, Known known) {
        if (task == ModelTask.STANCE && e.target() != null) {
            Stance stance = stance(e.text(), e.target(), known == null ? MentionStances.NONE : known.stances());
            if (stance != null) {
                stanceFeatures(stance, out);
            }
        }
    }

    private static void stanceFeatures(Stance stance, double[] out) {
        out[5] = stance.score();
        out[6] = stance.score() >= StanceScorer.THETA ? 1 : 0;
        out[7] = stance.score() <= -StanceScorer.THETA ? 1 : 0;
        out[8] = stance.predicateToken() >= 0 ? 1 : 0;
        out[9] = stance.speechToken() >= 0 ? 1 : 0;
        out[10] = stance.cue() == Stance.Cue.ACTION ? 1 : 0;
        out[11] = stance.cue() == Stance.Cue.EVALUATION ? 1 : 0;
        out[12] = stance.cue() == Stance.Cue.CONSEQUENCE ? 1 : 0;
    }

    /** The rule stance toward a catalog id, or toward a target the catalog does not know, by its words. */
    private Stance stance(String text, String target, MentionStances scored) {
        if (catalog.get(target).isPresent()) {
            return known.strongest(text, target, scored);
        }
        if (SentenceTokens.normalize(target).length == 0) {
            return null;
        }
        String id = StanceTask.adHocId(target);
        return adHoc.computeIfAbsent(id, k -> new StanceEvaluation(StanceTask.withAdHoc(catalog, k, target), scorer))
                .strongest(text, id, scored);
    }

    /**
     * Whether {@link #NEGATOR} occurs in {@code text}. Each of its alternatives starts with an n, c or w (ASCII,
     * either case), so only the positions holding one are tried, each as the search would try it (the word
     * boundary sees the text around it): the search's answer for a tenth of its cost.
     */
    static boolean negated(String text) {
        Matcher m = NEGATOR.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int n = text.length();
        for (int i = 0; i < n; i++) {
            int c = text.charAt(i) | 0x20;
            if (c == 'n' || c == 'c' || c == 'w') {
                m.region(i, n);
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }
}
