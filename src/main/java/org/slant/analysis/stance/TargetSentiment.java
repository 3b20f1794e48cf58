package org.slant.analysis.stance;

import java.util.Map;
import java.util.Set;

import org.slant.analysis.sentiment.VaderAnalyzer;
import org.slant.analysis.sentiment.VaderAnalyzer.TokenValences;

/**
 * Sentiment of a sentence toward one mention in it, rather than of the whole sentence.
 *
 * <p>Expects: one sentence and the character span of a mention in it. Produces: a score in [-1, 1]
 * (positive = the sentence speaks well of the target) and, via {@link #label}, a class.
 *
 * <p>Method (all rules, no training): VADER's per-token valences are computed on the whole sentence
 * (so its negation, booster and idiom rules see the full context), then summed with weights that
 * depend on where each word stands relative to the mention, and normalised as VADER does
 * ({@code x / sqrt(x² + 15)}):
 * <ul>
 *   <li>the sentence is cut into clauses at {@code ; :} and dashes, and before {@code but, while,
 *       although, though, whereas, however, yet, despite, unlike}, before {@code and/or} after a
 *       comma, and before a relative {@code who/which/whose} (a relative clause that opens right after
 *       the mention describes the mention, so it stays with the mention's clause);</li>
 *   <li>a word in the mention's clause weighs {@code 1 / (1 + DECAY × d)}, with d its distance in
 *       tokens from the mention; a word elsewhere weighs {@code OUTSIDE} times that;</li>
 *   <li>the mention's own words weigh {@code SELF} (a target named "the corrupt regime" is spoken of
 *       negatively), so a name that happens to be in the lexicon counts little;</li>
 *   <li>words VADER does not know take their valence from {@code news-lexicon.tsv}, a short
 *       hand-written supplement of political-news vocabulary (allegations, indicted, slammed,
 *       praised, landmark…), negated like VADER's words; words neither knows from AFINN-en-165
 *       (Apache-2.0, see {@code AFINN-NOTICE.txt}) at half weight, scaled 0.8 onto VADER's range;</li>
 *   <li>predicates in {@code news-verbs.tsv} (hand-written from general knowledge: accuse, praise,
 *       arrest, win, resign… with an agent and a patient polarity) in the mention's clause replace
 *       their lexicon valence by the polarity of the mention's role, times {@code FRAMES}: agent when
 *       the predicate follows the mention ("X attacked"), patient when it is passive ("X was
 *       attacked", "X, accused of …") or precedes the mention ("Y attacked X"), agent again for a
 *       passive's by-phrase; a reporting word in between ("X said Y lied") gives no role and the
 *       word weighs {@code REPORTED};</li>
 *   <li>a mention that is the speaker (a speech verb right after it, "X said", or right before it
 *       after a comma or quote, "…," said X) gets
 *       only {@code SPEAKER} of the rest of the sentence: what a person says is mostly not about them.</li>
 * </ul>
 * Classes: positive at ≥ {@code POSITIVE_AT}, negative at ≤ {@code -NEGATIVE_AT}.
 *
 * <p>The parameters ({@link #DEFAULT}) were chosen on NewsMTSC; how, with the figures of each
 * step against a sentence-level VADER baseline: see {@code docs/methods.md} (Target-dependent
 * sentiment).
 *
 * <p>Immutable and thread-safe.
 */
public final class TargetSentiment {
    /** Tunable constants; {@link #DEFAULT} holds the values chosen on NewsMTSC. */
    record Params(double decay, double outside, double self, double news, double frames, double reported,
            double afinn, double speaker, double positiveAt, double negativeAt) {
        Params(double decay, double outside, double self, double news, double positiveAt, double negativeAt) {
            this(decay, outside, self, news, 0, 0, 0, 1, positiveAt, negativeAt);
        }

        Params withThresholds(double pos, double neg) {
            return new Params(decay, outside, self, news, frames, reported, afinn, speaker, pos, neg);
        }
    }

    static final Params DEFAULT = new Params(0.5, 0.6, 0.6, 1.0, 1.5, 0.0, 0.5, 0.0, 0.075, 0.001);
    static final String NEWS_LEXICON = "news-lexicon.tsv";
    static final String AFINN = "AFINN-en-165.txt";
    private static final Set<String> NEGATORS = Set.of("not", "no", "never", "without", "nor", "neither");

    private static final Set<String> BREAK_BEFORE = Set.of("but", "while", "although", "though", "whereas",
            "however", "yet", "despite", "unlike", "whilst");
    private static final Set<String> RELATIVE = Set.of("who", "which", "whose", "whom");
    private static final Set<String> COORDINATING = Set.of("and", "or");
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "get", "gets", "got",
            "gotten", "getting");
    /** Words that, between a mention and a predicate, make the mention the reporter rather than the doer. */
    private static final Set<String> REPORTING = Set.of("said", "says", "say", "saying", "told", "tells", "claimed",
            "claims", "argued", "argues", "wrote", "writes", "added", "noted", "stated", "insisted", "suggested",
            "believes", "believe", "think", "thinks", "thought", "that", "according", "reported", "asked", "explained",
            "alleged", "announced", "tweeted");

    private static final Set<String> SPEECH = Set.of("said", "says", "told", "tells", "added", "wrote", "writes",
            "asked", "argued", "explained", "noted", "stated", "tweeted", "insisted", "replied");

    private static final int NONE = 0;
    private static final int AGENT = 1;
    private static final int PATIENT = 2;

    private final VaderAnalyzer vader;
    private final Params params;
    private final Map<String, Double> news;
    private final VerbFrames frames;
    private final Map<String, Double> afinn;

    public TargetSentiment(VaderAnalyzer vader) {
        this(vader, DEFAULT);
    }

    TargetSentiment(VaderAnalyzer vader, Params params) {
        this.vader = vader;
        this.params = params;
        this.news = Lexicons.readWeights(TargetSentiment.class, NEWS_LEXICON);
        this.frames = VerbFrames.fromClasspath();
        this.afinn = params.afinn() != 0 ? Lexicons.readWeights(TargetSentiment.class, AFINN) : Map.of();
    }

    /**
     * Sentiment toward the mention at {@code [mentionStart, mentionEnd)}.
     *
     * @return a score in [-1, 1]; 0 when nothing in the sentence carries sentiment
     */
    public double score(String sentence, int mentionStart, int mentionEnd) {
        return score(vader.tokenValences(sentence), sentence, mentionStart, mentionEnd);
    }

    /** The sentence's VADER token valences, to compute once and score every mention of the sentence with. */
    TokenValences valences(String sentence) {
        return vader.tokenValences(sentence);
    }

    /** As {@link #score(String, int, int)} with the sentence's token valences already computed. */
    public double score(TokenValences tv, String sentence, int mentionStart, int mentionEnd) {
        int n = tv.size();
        if (n == 0) {
            return 0;
        }
        int[] span = tv.covering(mentionStart, mentionEnd);
        int first = span[0];
        int last = span[1];
        if (first < 0) {
            // The span falls between tokens (e.g. punctuation): anchor at the next token.
            first = 0;
            while (first < n - 1 && tv.start()[first] < mentionStart) {
                first++;
            }
            last = first;
        }
        int[] clause = clauses(tv, sentence, first, last);
        int home = clause[first];
        // The mention as the speaker ("…," X said / X said …): what is said is mostly not about X.
        double speakerWeight = 1;
        if (params.speaker() != 1 && ((last + 1 < n && SPEECH.contains(tv.lower()[last + 1]))
                || (first > 1 && SPEECH.contains(tv.lower()[first - 1]) && quoteOrCommaBefore(tv, sentence, first - 1)))) {
            speakerWeight = params.speaker();
        }
        double sum = 0;
        for (int k = 0; k < n; k++) {
            boolean self = k >= first && k <= last;
            double v = tv.valence()[k];
            VerbFrames.Frame frame = params.frames() != 0 && !self ? frames.get(tv.lower()[k]) : null;
            if (frame != null && clause[k] == home) {
                int role = role(tv, sentence, k, first, last);
                if (role == AGENT) {
                    v = negated(tv, k, frame.agent()) * params.frames();
                } else if (role == PATIENT) {
                    v = negated(tv, k, frame.patient()) * params.frames();
                } else {
                    v *= params.reported();
                }
            }
            if (v == 0 && params.news() != 0) {
                v = newsValence(tv, k) * params.news();
            }
            if (v == 0 && params.afinn() != 0) {
                Double a = afinn.get(tv.lower()[k]);
                if (a != null) {
                    v = negated(tv, k, a * 0.8) * params.afinn(); // AFINN's -5..5 onto VADER's -4..4
                }
            }
            if (v == 0) {
                continue;
            }
            double w;
            if (self) {
                w = params.self();
            } else {
                int d = k < first ? first - k : k - last;
                w = 1.0 / (1.0 + params.decay() * (d - 1));
                if (clause[k] != home) {
                    w *= params.outside();
                }
            }
            sum += (self ? w : w * speakerWeight) * v;
        }
        return TokenValences.normalize(sum);
    }

    /** Valence of a word VADER does not know from the news supplement, negated by a negator up to 3 words before. */
    private double newsValence(TokenValences tv, int k) {
        Double v = news.get(tv.lower()[k]);
        return v == null ? 0 : negated(tv, k, v);
    }

    /** {@code v}, flipped and damped as VADER does when a negator stands up to 3 words before token k. */
    private static double negated(TokenValences tv, int k, double v) {
        for (int j = Math.max(0, k - 3); j < k; j++) {
            String w = tv.lower()[j];
            if (NEGATORS.contains(w) || w.endsWith("n't")) {
                return v * -0.74; // VADER's N_SCALAR
            }
        }
        return v;
    }

    /**
     * The mention's role for the predicate at token k (in the mention's clause): after the mention it is
     * the agent ("X attacked"), unless the predicate is passive ("X was attacked", "X, accused of") or a
     * reporting word intervenes ("X said Y attacked": NONE); before the mention it is the patient
     * ("Y attacked X"), unless a passive predicate takes it as its by-agent ("… was praised by X").
     */
    private int role(TokenValences tv, String sentence, int k, int first, int last) {
        String[] lower = tv.lower();
        boolean passive = passive(tv, k);
        if (k > last) {
            for (int j = last + 1; j < k; j++) {
                if (REPORTING.contains(lower[j])) {
                    return NONE;
                }
            }
            if (passive) {
                return PATIENT;
            }
            if (k == last + 1 && frames.get(lower[k]).participle()
                    && sentence.substring(tv.end()[last], tv.start()[k]).indexOf(',') >= 0) {
                return PATIENT; // reduced relative: "X, accused of …"
            }
            return AGENT;
        }
        if (passive) {
            for (int j = k + 1; j < first; j++) {
                if (lower[j].equals("by")) {
                    return AGENT;
                }
            }
        }
        return PATIENT;
    }

    /** Whether a comma or quote mark ends the text before token k (inverted attribution: '…," said X'). */
    private static boolean quoteOrCommaBefore(TokenValences tv, String sentence, int k) {
        for (int i = tv.start()[k] - 1; i >= tv.end()[k - 1] - 1 && i >= 0; i--) {
            char c = sentence.charAt(i);
            if (c == ',' || c == '"' || c == '\u201d' || c == '\'' || c == '\u2019') {
                return true;
            }
        }
        return false;
    }

    /** Whether the frame word at k is a participle with a form of "be"/"get" up to 3 words before it. */
    private boolean passive(TokenValences tv, int k) {
        if (!frames.get(tv.lower()[k]).participle()) {
            return false;
        }
        for (int j = Math.max(0, k - 3); j < k; j++) {
            if (BE.contains(tv.lower()[j])) {
                return true;
            }
        }
        return false;
    }

    /** Sentiment class of a score: {@code positive}, {@code negative} or {@code neutral}. */
    public String label(double score) {
        if (score >= params.positiveAt()) {
            return "positive";
        }
        if (score <= -params.negativeAt()) {
            return "negative";
        }
        return "neutral";
    }

    /** Clause id of each token: increases at every boundary. */
    static int[] clauses(TokenValences tv, String sentence, int mentionFirst, int mentionLast) {
        int n = tv.size();
        int[] clause = new int[n];
        int id = 0;
        for (int k = 1; k < n; k++) {
            String gap = sentence.substring(tv.end()[k - 1], tv.start()[k]);
            String w = tv.lower()[k];
            boolean boundary = gap.indexOf(';') >= 0 || gap.indexOf(':') >= 0 || gap.indexOf('—') >= 0
                    || gap.indexOf('–') >= 0 || gap.contains(" - ") || gap.contains("--")
                    || BREAK_BEFORE.contains(w)
                    || (gap.indexOf(',') >= 0 && COORDINATING.contains(w))
                    || (RELATIVE.contains(w) && k - 1 != mentionLast);
            if (boundary && !(k > mentionFirst && k <= mentionLast)) {
                id++;
            }
            clause[k] = id;
        }
        return clause;
    }
}
