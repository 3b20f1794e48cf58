package org.slant.analysis.stance;

import java.util.List;
import java.util.Set;

import org.slant.analysis.stance.PredicateLexicon.Hit;
import org.slant.analysis.stance.PredicateLexicon.Kind;
import org.slant.analysis.targets.SentenceTokens;
import org.slant.analysis.targets.TargetKind;

/**
 * Stance of a sentence toward one mention in it, from what the sentence says the target undergoes.
 *
 * <p>Expects: one sentence, the character span of a mention, and the kind of the mentioned target.
 * Produces: a {@link Stance} with a score in [-1, 1] and a label (FAVOR at ≥ {@link #THETA},
 * AGAINST at ≤ −θ).
 *
 * <p>Rules, over the cue lexicon {@code predicates.tsv} (hand-written rows and a section generated from
 * WordNet 3.0 by {@code src/test/python/build_stance_lexicon.py}):
 * <ol>
 *   <li><b>Clauses.</b> The sentence is cut at {@code ; :} and dashes, before {@code but, however,
 *       yet, although, though, while, whereas} (contrast boundaries) and before {@code and/or} after
 *       a comma.</li>
 *   <li><b>Governing predicates.</b> A support/opposition action ({@code act}: pass, block, send,
 *       cut off…) counts for issue targets; an evaluation ({@code eval}: praise, accuse, corrupt,
 *       backfired…) for any target; an {@code effect} (help, hurt, weaken: good or bad for its object,
 *       reversed for an adversary object, "help Russia") acts like an action, an {@code outcome}
 *       (invite, embolden, catastrophe, save lives) like an evaluation. A cue governs the mention when
 *       it is in the mention's clause and precedes it within 8 tokens with no other evaluation,
 *       effect or speech verb in between (the nearer predicate takes the object: in "delay would
 *       only help Russia" the delay is not aimed at Russia), or follows it within 4 tokens with no
 *       speech verb between (subject: "the sanctions have backfired"; for actors only across a copula
 *       or passive: "Putin is no genius", "Republicans deserve credit"), or sits in a later clause
 *       whose object is a pronoun ("…but voted for it", "…opposed the latest one"). Its polarity is
 *       scaled by {@code 1 / (1 + 0.1 d)} for distance d. A participle between a determiner and the
 *       mention ("the stalled funding") describes its state and counts {@link #ATTRIBUTIVE}.</li>
 *   <li><b>Negation</b> ({@code not, never, n't, refused, failed to, failure to, denied, no longer,
 *       wavered…}) flips a predicate at 0.8 strength: "refused to block" → FAVOR, "never wavered in
 *       their support" → FAVOR. Scope: within 4 tokens before the predicate; up to 8 if no other
 *       action/evaluation stands between ("not going to let this bill die"); a negated subject
 *       ("not one Republican", "none of them", "nobody") scopes over the first predicate of its clause.
 *       All scopes end at the clause boundary.</li>
 *   <li><b>Modality</b> ({@code may, could, might, would, threatened…}, within 4 tokens) multiplies it by
 *       the factor in the lexicon (0.6 for may/might/could): "could cut off aid" stays AGAINST but
 *       weaker. Non-commitment ({@code whether, undecided, divided on, not committed}, factor 0, within 8
 *       tokens) silences it: "would not say whether he will keep funding Kyiv" → NONE.</li>
 *   <li><b>Contrast.</b> When governing predicates lie on both sides of a contrast boundary, those
 *       outside the main clause count 0.3. The main clause is the last segment not opened by a
 *       subordinating {@code although, though, while, whereas}: after "but" ("grumbled about the price
 *       but voted for it" → FAVOR), before a mid-sentence "though" ("the aid is welcome, though it comes
 *       late" → FAVOR), after the comma of a sentence-initial "although".</li>
 *   <li><b>Conditions.</b> An action on the mention inside an {@code if/unless} clause is judged by the
 *       first outcome, effect or evaluation of the clause after it: "if Congress fails to pass the aid,
 *       Kyiv will run out of shells" → FAVOR; "unless" reverses the action ({@link #CONDITIONAL}). An
 *       action that a mid-sentence "before/until" puts off is reversed at {@link #DEFERRED} ("secure the
 *       border before we fund Kyiv" → AGAINST); "until" opens a clause of its own.</li>
 *   <li><b>Absence.</b> A mention governed by a privative word ({@code without, absent, lack, lapse,
 *       shortage, shortfall, cutoff, gap, absence}; up to four non-cue words between) with an outcome,
 *       effect or evaluation within 15 tokens after it: the harm of its absence favours it ("without the
 *       aid, the brigades will run out of shells" → FAVOR), a benefit opposes it ({@link #PRIVATIVE}).</li>
 *   <li><b>Embedded actions.</b> An action followed within 5 tokens by another action ("urged
 *       Republicans to block", "called for it to be shelved", "withdrew his support for", "slashed the
 *       request for") passes its sign (and negation) to the embedded one instead of counting itself —
 *       unless the mention stands between them ("leaving the funding in limbo": both count), and
 *       words of the mention itself ("funding") are never the embedded action.</li>
 *   <li><b>Benefit/harm frame.</b> An action on the mention that is the subject of a consequence later
 *       in its clause, linked by {@code would, will, is, was…} ("abandoning the funding would invite
 *       the next war", "letting the supplemental die would be a catastrophe", "the failure to send the
 *       weapons was a mistake", "sending more would only prolong the war"): the stance is the action's
 *       signed strength times the sign of the consequence's value; the consequence is not counted again.
 *       The subject position is checked: only determiners, "letting", "failure to"… may precede the
 *       action after the clause start, "that" or a speech verb.</li>
 *   <li><b>Quote topic.</b> When no predicate governs the mention and it is the topic of a speech verb
 *       ("…,' she said of the Ukraine funding", "when asked about the bill"), the quote's actions and
 *       evaluations (before the speech verb, with their negation) count at {@link #QUOTE_TOPIC}:
 *       "'I'm not voting for it,' Rep. X said of the funding" → AGAINST.</li>
 *   <li><b>Sentiment</b> toward the mention ({@link TargetSentiment}) adds {@link #SENTIMENT_WEIGHT}
 *       times its score (0.3 of that when a predicate governs the mention), a weaker signal for
 *       evaluative sentences without cue words; {@link #EVALUATIVE_TONE} times it for an issue that is
 *       the subject of a copula ("the aid was a terrible use of money"; not a passive, "is administered"). For actors it is skipped when the mention's clause
 *       holds a cue word aimed elsewhere ("Trump urged Republicans to block the aid" is not negative
 *       about Republicans).</li>
 *   <li><b>Reported speech.</b> A speech verb ({@code said, told, argued, according to…}) does not
 *       change the score; the one that reports the strongest predicate ({@link #speechFor}) is
 *       recorded so that {@link ActorAttribution} can give the stance to its speaker.</li>
 * </ol>
 * The score is the clamped sum.
 *
 * <p>θ and the sentiment weight were chosen on the stance development set
 * ({@code datasets/labeled/stance_dev.tsv}). How the rules were developed, in rounds, with the
 * figures of each: see {@code docs/methods.md} (Stance toward a target).
 *
 * <p>Immutable and thread-safe; build once per partition.
 */
public final class StanceScorer {
    /** Label threshold on the score (chosen on the development set; see docs/methods.md). */
    public static final double THETA = 0.15;
    /** Weight of target-dependent sentiment in the score. */
    public static final double SENTIMENT_WEIGHT = 0.5;

    private static final Set<String> CONTRAST = Set.of("but", "however", "yet", "although", "though", "while",
            "whereas", "whilst");
    private static final Set<String> COORDINATING = Set.of("and", "or");
    /**
     * "…should not send a dollar of aid until it passes border changes": the clause a condition opens
     * has its own object; its action is not done to the mention before it.
     */
    /** Strength of an action that a "before/until" clause puts off, reversed ({@link #deferred}). */
    static final double DEFERRED = 0.6;
    /**
     * Cues that take a stance only on the noun phrase right after them (within three tokens) and never
     * embed another action: "marched against NATO" but "the sanctions against Russia"; "joined the
     * alliance" but "joining us now is…", "resumed debate on the package", "cannot keep borrowing to fund".
     */
    private static final Set<String> DIRECT_OBJECT = Set.of("against", "join", "resume", "restart", "revive",
            "relaunch", "keep");
    /** Weight of a question's predicates when the answer turn after it says neither yes nor no: a question states no position. */
    static final double QUESTION = 0;
    /** Auxiliaries that open a yes/no question. */
    private static final Set<String> POLAR_AUX = Set.of("will", "would", "should", "can", "could", "does", "do",
            "did", "is", "are", "was", "were", "has", "have", "may", "might", "shall");
    private static final Set<String> ANSWER_FILLERS = Set.of("honestly", "frankly", "well", "look", "oh",
            "simply", "flatly", "short", "answer", "the");
    private static final Set<String> ANSWER_NO = Set.of("no", "nope", "never", "not");
    private static final Set<String> ANSWER_YES = Set.of("yes", "yeah", "yep", "absolutely", "definitely",
            "certainly", "sure", "of");
    /** Sarcasm that praises in order to blame ("Nothing says X like Y", "Tell me again how X is working"). */
    private static final List<String[]> IRONIC_PRAISE = List.of(
            new String[] {"^", "nothing", "says"}, new String[] {"^", "what", "a", "triumph"},
            new String[] {"^", "tell", "me", "again"}, new String[] {"great", "job", "everyone"});
    /** Sarcasm that proposes in order to reject ("Sure, let's…", "…what could possibly go wrong?"). */
    private static final List<String[]> MOCK_PROPOSAL = List.of(
            new String[] {"^", "sure", "let"}, new String[] {"^", "by", "all", "means"},
            new String[] {"^", "yeah", "because"},
            new String[] {"what", "could", "possibly", "go", "wrong"}, new String[] {"what", "could", "go", "wrong"});
    private static final Set<String> PREPOSITIONS = Set.of("on", "of", "in", "at", "about", "with", "over",
            "from", "by", "into");
    private static final Set<String> NO = Set.of("no");
    /** After "keep X": kept away, not kept going ("keep the bill off the floor"). */
    private static final Set<String> KEPT_AWAY = Set.of("out", "off", "away");
    private static final Set<String> TEMPORAL_CONDITION = Set.of("until");
    private static final Set<String> PRONOUN_OBJECTS = Set.of("it", "them", "this", "that", "measure", "one");
    private static final Set<String> COPULA = Set.of("is", "was", "are", "were", "be", "been", "being", "am",
            "remains", "remain", "seemed", "seems", "looks", "appears", "got", "get", "as", "has", "have", "had",
            "deserve", "deserves", "deserved", "won", "drew", "earned", "proven", "proved");
    /** Nouns of a jab at a topic: "…, she said, in a swipe at the aid". */
    private static final Set<String> SWIPE = Set.of("swipe", "jab", "dig", "shot", "apparent");
    /** Weight of a quote's predicates toward the topic named after its speech verb ("said of X"). */
    static final double QUOTE_TOPIC = 0.8;
    /** Strength of an action in a condition judged by the main clause's consequence. */
    static final double CONDITIONAL = 0.8;
    /** Strength of a consequence of the target's absence ("without the aid, … will run out"). */
    static final double PRIVATIVE = 0.8;
    /** Tone weight (times the sentiment weight) for an issue that is the subject of a copula. */
    static final double EVALUATIVE_TONE = 2;
    /** Words that name the target's absence: "without the aid", "a lapse in funding". */
    private static final Set<String> PRIVATIVES = Set.of("without", "absent", "lack", "lapse", "shortage",
            "shortfall", "cutoff", "gap", "absence");
    private static final Set<String> CONDITION = Set.of("if", "unless");
    private static final Set<String> COPULA_AFTER_SUBJECT = Set.of("is", "was", "are", "were", "remains",
            "remained", "seems", "seemed", "looks", "proved", "proven");
    /** Auxiliaries that make a copula with a following "be"/"been": "would be", "has been". */
    private static final Set<String> AUX_BEFORE_BE = Set.of("would", "will", "could", "might", "may", "has",
            "have", "had", "should", "must");
    /** Weight of a participle used as an adjective on the mention ("the stalled aid"). */
    static final double ATTRIBUTIVE = 0.4;
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "its", "their", "his",
            "her", "s");
    /** Negated subjects whose scope is their whole clause. */
    private static final Set<String> QUANTIFIER_NEGATORS = Set.of("not one", "not a single", "none", "nobody",
            "no one", "neither");
    /** Objects that make helping bad and hurting good. */
    private static final Set<String> ADVERSARIES = Set.of("russia", "moscow", "kremlin", "putin", "russian",
            "aggressor", "aggressors", "aggression", "adversaries", "enemies", "invaders", "invasion");
    /** Words that may open a clause whose subject is an action: "letting the bill die …", "the failure to send …". */
    private static final Set<String> SUBJECT_LEAD = Set.of("the", "a", "an", "any", "further", "more", "another",
            "letting", "let", "failure", "failing", "to", "of", "this", "its", "their", "our", "s", "simply", "just",
            "now", "continued", "continuing");
    /** Between a subject and its consequence: "… would be a catastrophe", "… will only invite". */
    private static final Set<String> CONSEQUENCE_LINK = Set.of("would", "will", "could", "might", "may", "is", "was",
            "be", "been", "has", "have", "had", "only", "also", "simply", "just", "amount", "amounts", "are", "were");
    private static final Set<String> SUBORDINATE_CONTRAST = Set.of("while", "although", "though", "whereas", "whilst");

    /**
     * Verbs that carry their object on to a following mention rather than taking it: "approved a bill
     * providing aid", "blocked a measure containing the funding". Any other verb (by its part-of-speech
     * tag) between a cue and the mention takes the mention as its own object: "invited skeptics to
     * visit Ukraine", "signed a letter demanding that the aid…".
     */
    private static final Set<String> CARRIER_VERBS = Set.of("include", "includes", "included", "including",
            "contain", "contains", "contained", "containing", "provide", "provides", "provided", "providing",
            "carry", "carries", "carried", "carrying", "give", "gives", "gave", "giving", "given", "offer", "offers",
            "offered", "offering", "allocate", "allocates", "allocated", "allocating", "add", "adds", "added",
            "adding", "total", "totals", "totaled", "totaling", "worth", "make", "makes", "made", "making", "let",
            "lets", "letting", "allow", "allows", "allowed", "allowing", "keep", "keeps", "kept", "keeping", "get",
            "gets", "got", "getting", "move", "moves", "moved", "moving", "bring", "brings", "brought", "bringing",
            "put", "puts", "putting", "take", "takes", "took", "taking", "taken", "go", "goes", "went", "going",
            "come", "comes", "came", "coming", "do", "does", "did", "doing", "try", "tries", "tried", "trying",
            "want", "wants", "wanted", "wanting", "seek", "seeks", "sought", "seeking", "vote", "votes", "voted",
            "voting", "continue", "continues", "continued", "continuing", "start", "starts", "started", "begin",
            "began", "stop", "stopped", "help", "helped");

    /** Function words that are never verbs; a cue separated from its mention by these alone governs it. */
    private static final Set<String> CLOSED_CLASS = Set.of("the", "a", "an", "this", "that", "these", "those", "its",
            "their", "his", "her", "our", "my", "your", "to", "of", "for", "in", "on", "at", "by", "with", "from", "into",
            "and", "or", "but", "any", "all", "some", "more", "most", "further", "another", "new", "additional", "next",
            "$", "billion", "million", "trillion", "bn", "s", "u", "us", "it", "them", "him", "each", "every", "no",
            "about", "nearly", "roughly", "around", "than", "over", "up", "off", "out", "down", "back", "even", "only",
            "just", "also", "still", "military", "security", "foreign", "emergency", "critical", "vital", "much",
            "many", "such", "as", "so", "very", "long", "stalled", "latest", "first", "last", "remaining");

    private final PredicateLexicon lexicon;
    private final TargetSentiment sentiment;
    private final double theta;
    private final double sentimentWeight;
    private final PosTagger tagger;

    public StanceScorer(TargetSentiment sentiment) {
        this(sentiment, THETA, SENTIMENT_WEIGHT);
    }

    StanceScorer(TargetSentiment sentiment, double theta, double sentimentWeight) {
        this(sentiment, theta, sentimentWeight, true);
    }

    /** {@code syntax} false: no part-of-speech tagging (position rules only), for cost comparisons. */
    StanceScorer(TargetSentiment sentiment, double theta, double sentimentWeight, boolean syntax) {
        this.lexicon = PredicateLexicon.load();
        this.sentiment = sentiment;
        this.theta = theta;
        this.sentimentWeight = sentimentWeight;
        this.tagger = syntax ? PosTagger.standard() : null;
    }

    /** The label of a score at this scorer's threshold. */
    public StanceLabel label(double score) {
        return StanceLabel.of(score, theta);
    }

    /** A sentence tokenised and matched against the lexicon once, shared by all its mentions. */
    public static final class Parsed {
        final String text;
        final SentenceTokens tokens;
        final List<Hit> hits;
        final int[] clause;
        final int[] contrastSegment;
        /** Segments opened by a subordinating contrast ("although", "while"): not the bottom line. */
        final boolean[] subordinate;
        final int speechToken;
        /**
         * In a transcript, the first token of an answer turn that follows a question ("HOST: Would you
         * vote for it? SEN. X: No."), else -1; {@link #answer} is the answer's yes (+1), no (-1) or
         * neither (0).
         */
        final int answerStart;
        final int answer;
        /** -1 when a sarcasm marker mocks praise or a proposal ("Nothing says fiscal discipline like…", "Sure, let's…"), else +1. */
        final int irony;
        private final PosTagger tagger;
        private final TargetSentiment sentiment;
        /** VADER's token valences of the sentence, computed on first use and shared by all its mentions. */
        private org.slant.analysis.sentiment.VaderAnalyzer.TokenValences valences;
        private String[] words;
        private String[] tags;

        Parsed(String text, SentenceTokens tokens, List<Hit> hits, PosTagger tagger, TargetSentiment sentiment) {
            this.text = text;
            this.tokens = tokens;
            this.hits = hits;
            this.tagger = tagger;
            this.sentiment = sentiment;
            int n = tokens.size();
            this.clause = new int[n];
            this.contrastSegment = new int[n];
            int c = 0;
            int seg = 0;
            // "While he criticized X, he voted for it": the main clause after the comma is the bottom line.
            boolean openingContrast = n > 0 && SUBORDINATE_CONTRAST.contains(tokens.norm(0));
            boolean[] sub = new boolean[n + 1];
            sub[0] = openingContrast;
            for (int k = 1; k < n; k++) {
                String gap = tokens.gapBefore(k);
                String w = tokens.norm(k);
                boolean contrast = CONTRAST.contains(w);
                if (openingContrast && gap.indexOf(',') >= 0) {
                    contrast = true;
                    openingContrast = false;
                }
                if (contrast || gap.indexOf(';') >= 0 || gap.indexOf(':') >= 0 || gap.indexOf('—') >= 0
                        || gap.indexOf('–') >= 0 || gap.contains(" - ") || (gap.indexOf(',') >= 0 && COORDINATING.contains(w))
                        || TEMPORAL_CONDITION.contains(w)) {
                    c++;
                }
                if (contrast) {
                    seg++;
                    // "The aid is welcome, though it comes late": a mid-sentence "though" opens the
                    // subordinate clause; the main clause before it keeps the bottom line.
                    sub[seg] = SUBORDINATE_CONTRAST.contains(w);
                }
                clause[k] = c;
                contrastSegment[k] = seg;
            }
            this.subordinate = java.util.Arrays.copyOf(sub, seg + 1);
            int speech = -1;
            for (Hit h : hits) {
                if (h.entry().kind() == Kind.SPEECH) {
                    speech = h.from();
                }
            }
            this.speechToken = speech;
            int[] qa = answerTurn(text, tokens);
            this.answerStart = qa[0];
            this.answer = qa[1];
            this.irony = ironic(tokens, IRONIC_PRAISE) || ironic(tokens, MOCK_PROPOSAL) ? -1 : 1;
        }

        public SentenceTokens tokens() {
            return tokens;
        }

        /** Target-dependent sentiment toward {@code [start, end)}, from the sentence's valences computed once. */
        public double sentiment(int start, int end) {
            if (valences == null) {
                valences = sentiment.valences(text);
            }
            return sentiment.score(valences, text, start, end);
        }

        /** True when part-of-speech tags are available ({@link #tag}). */
        boolean syntax() {
            return tagger != null;
        }

        /**
         * The UD part-of-speech tag of token {@code i}, tagging the window {@code [from, to]} that
         * holds it on first use (cached for the sentence); null without a tagger.
         */
        String tag(int i, int from, int to) {
            if (tagger == null || i < 0 || i >= tokens.size()) {
                return null;
            }
            if (tags == null) {
                int n = tokens.size();
                words = new String[n];
                for (int k = 0; k < n; k++) {
                    words[k] = text.substring(tokens.start(k), tokens.end(k));
                }
                tags = new String[n];
            }
            if (tags[i] == null) {
                tagger.tag(words, tags, Math.max(0, Math.min(from, i)), Math.min(tokens.size() - 1, Math.max(to, i)));
            }
            return tags[i];
        }
    }

    /** Tokenises and matches one sentence; reuse the result for every mention in it. */
    public Parsed parse(String sentence) {
        SentenceTokens t = SentenceTokens.of(sentence);
        return new Parsed(sentence, t, lexicon.find(t), tagger, sentiment);
    }

    /** Stance toward the mention at {@code [start, end)} of {@code sentence}. */
    public Stance score(String sentence, int start, int end, TargetKind kind) {
        return score(parse(sentence), start, end, kind);
    }

    /** As {@link #score(String, int, int, TargetKind)} over an already parsed sentence. */
    public Stance score(Parsed p, int start, int end, TargetKind kind) {
        SentenceTokens t = p.tokens;
        int n = t.size();
        int mf = t.tokenAtOrAfter(start);
        int ml = mf;
        while (ml + 1 < n && t.start(ml + 1) < end) {
            ml++;
        }
        double sum = 0;
        int best = -1;
        double bestAbs = 0;
        Stance.Cue cue = Stance.Cue.TONE;
        // "Without the aid, Kyiv will run out of shells": a harm that follows from the target's absence
        // favours it; the consequence is not also read as the mention's own fate.
        int priv = mf < n ? privative(p, mf) : -1;
        int privConsequence = priv >= 0 ? firstConsequence(p, ml + 1, ml + 15) : -1;
        if (privConsequence >= 0) {
            Hit o = p.hits.get(privConsequence);
            double value = (o.entry().kind() == Kind.EFFECT ? effectValue(p, o) : o.entry().polarity())
                    * modifiers(p, o, priv);
            if (value != 0) {
                sum = -PRIVATIVE * Math.signum(value);
                bestAbs = PRIVATIVE;
                best = o.from();
                cue = Stance.Cue.CONSEQUENCE;
            }
        }
        if (mf < n) {
            int maxSegment = -1;
            double[] contrib = new double[p.hits.size()];
            int[] seg = new int[p.hits.size()];
            boolean[] consumed = new boolean[p.hits.size()];
            Stance.Cue[] cues = new Stance.Cue[p.hits.size()];
            for (int i = 0; i < p.hits.size(); i++) {
                Hit h = p.hits.get(i);
                if (i == privConsequence || matrixOf(p, i, mf, ml) >= 0) {
                    continue; // "called for it to be shelved": the embedded action decides, see below
                }
                double v = governs(p, h, mf, ml, kind);
                if (v == 0) {
                    continue;
                }
                v *= modifiers(p, h);
                if (p.answerStart >= 0 && h.from() < p.answerStart && mf < p.answerStart) {
                    // "Would you vote for the aid? SEN. X: No.": the question states no position; the
                    // answer's yes or no turns it into one, and without either the answer speaks for itself.
                    v *= p.answer != 0 ? p.answer : QUESTION;
                }
                if (h.entry().kind() == Kind.ACT && h.from() < mf && deferred(p, h.from())) {
                    v *= -DEFERRED; // "secure the border before we fund Kyiv": the action is held up
                }
                for (int j = i - 1; j >= 0; j--) {
                    if (matrixOf(p, j, mf, ml) == i) {
                        // the matrix verb's own polarity and negation carry over: "refused to sign a letter backing"
                        v *= Math.signum(p.hits.get(j).entry().polarity()) * Math.signum(modifiers(p, p.hits.get(j)));
                    }
                }
                Kind hk = h.entry().kind();
                int c = hk == Kind.ACT || hk == Kind.EFFECT ? consequenceOf(p, i, mf, ml) : -1;
                int opener = c < 0 && hk == Kind.ACT ? conditionOpener(p, h, mf) : -1;
                int cc = opener >= 0 ? conditionalConsequence(p, h, ml) : -1;
                if (cc >= 0) {
                    // "If Congress fails to pass the aid, Kyiv will run out of shells": the action in the
                    // condition is judged by the main clause's consequence; "unless" is "if not".
                    Hit o = p.hits.get(cc);
                    double value = (o.entry().kind() == Kind.EFFECT ? effectValue(p, o) : o.entry().polarity())
                            * modifiers(p, o);
                    boolean unless = p.tokens.norm(opener).equals("unless");
                    v = CONDITIONAL * Math.signum(v) * Math.signum(value) * (unless ? -1 : 1);
                    consumed[cc] = true;
                    cues[i] = Stance.Cue.CONSEQUENCE;
                } else if (c >= 0) {
                    Hit o = p.hits.get(c);
                    double value = (o.entry().kind() == Kind.EFFECT ? effectValue(p, o) : o.entry().polarity())
                            * modifiers(p, o);
                    v = Math.abs(v) * Math.signum(v) * Math.signum(value);
                    consumed[c] = true;
                    cues[i] = Stance.Cue.CONSEQUENCE;
                } else {
                    boolean judges = hk == Kind.EVAL || hk == Kind.OUTCOME
                            || (hk == Kind.ACT && kind == TargetKind.ACTOR);
                    cues[i] = judges ? Stance.Cue.EVALUATION : Stance.Cue.ACTION;
                }
                contrib[i] = v;
                seg[i] = p.contrastSegment[h.from()];
                maxSegment = Math.max(maxSegment, seg[i]);
            }
            int main = mainSegment(p, contrib, consumed, seg);
            for (int i = 0; i < contrib.length; i++) {
                double v = consumed[i] ? 0 : contrib[i];
                if (v == 0) {
                    continue;
                }
                if (seg[i] != main) {
                    v *= 0.3; // the main clause carries the bottom line: after "but", outside "although"
                }
                sum += v;
                if (Math.abs(v) > bestAbs) {
                    bestAbs = Math.abs(v);
                    best = p.hits.get(i).from();
                    cue = cues[i];
                }
            }
        }
        if (best < 0 && mf < n) {
            int speech = topicOfSpeech(p, mf);
            if (speech >= 0) {
                // "'We will not let this bill die,' she said of the Ukraine funding": the quote is about the mention.
                for (Hit h : p.hits) {
                    Kind k = h.entry().kind();
                    if (h.to() < speech && (k == Kind.ACT || k == Kind.EVAL || k == Kind.OUTCOME)
                            && !compound(t, h)) {
                        double v = QUOTE_TOPIC * h.entry().polarity() * modifiers(p, h);
                        sum += v;
                        if (Math.abs(v) > bestAbs) {
                            bestAbs = Math.abs(v);
                            best = h.from();
                            cue = k == Kind.ACT ? Stance.Cue.ACTION : Stance.Cue.EVALUATION;
                        }
                    }
                }
            }
        }
        if (sentimentWeight != 0 && sentiment != null && !(kind == TargetKind.ACTOR && cueAboutSomethingElse(p, mf, ml))) {
            // Tone is a weak signal next to a predicate that governs the mention.
            double tone = p.sentiment(start, end);
            if (best < 0 && negatedSubject(p, mf)) {
                tone = -0.8 * tone; // "Nobody wants to see Putin win": the hope is denied
            }
            // "The package is a waste": an issue as the subject of a copula is being evaluated, so the
            // tone of its predicate is a stance, not colour.
            double w = best >= 0 ? 0.3 : kind == TargetKind.ISSUE && copulaSubject(p, ml) ? EVALUATIVE_TONE : 1;
            sum += w * sentimentWeight * tone;
        }
        // Sarcasm says the opposite of its words, whether it mocks praise or a proposal. (Turning around
        // only the evaluations of mock praise and the actions of a mock proposal was tried: it lost more
        // sentences than it won, because mock praise also praises actions.)
        double score = Math.max(-1, Math.min(1, p.irony * sum));
        return new Stance(score, StanceLabel.of(score, theta), best, speechFor(p, best), cue);
    }

    /**
     * The answer turn after a question in a transcript: {first token of the answer, +1 yes / -1 no / 0},
     * or {-1, 0}. A turn is a speaker label opening with a word in capitals and ending in a colon within
     * eight tokens ("SEN. ASHWORTH (R-S.C.):", "GUEST (OIL TRADER):") right after the question mark.
     */
    static int[] answerTurn(String text, SentenceTokens t) {
        int[] turn = turn(text, t, false);
        return turn == null ? new int[] {-1, 0} : new int[] {turn[0], yesOrNo(t, turn[1])};
    }

    /**
     * The first speaker's turn that follows a question mark in {@code t} — or opens it, when
     * {@code afterQuestion} (the sentence before ended in one) — as {first token of the answer, first
     * token of it that is not a filler such as "Honestly"}; null if none.
     */
    private static int[] turn(String text, SentenceTokens t, boolean afterQuestion) {
        int n = t.size();
        for (int k = afterQuestion ? 0 : 1; k < n; k++) {
            if (!(k == 0 || t.gapBefore(k).indexOf('?') >= 0) || !upper(text, t, k)) {
                continue;
            }
            // the label runs to its colon: "SEN. MORROW (R-Kan.):", "GUEST (OIL TRADER):"
            int j = k;
            while (j + 1 < n && j - k < 8 && t.gapBefore(j + 1).indexOf(':') < 0) {
                j++;
            }
            if (j + 1 >= n || j - k >= 8) {
                continue;
            }
            int a = j + 1;
            int w = a;
            while (w < n && ANSWER_FILLERS.contains(t.norm(w))) {
                w++;
            }
            return new int[] {a, w};
        }
        return null;
    }

    /**
     * {@code s}, the stance toward a mention in sentence {@code i} of {@code sentences}, once the
     * transcript turn after it is read: a question ("… is there any version of this bill you could
     * support?") followed by a speaker's turn ("SEN. X (R-S.C.): Honestly? No.") takes the answer's yes
     * or no; an answer with neither leaves the question no position of its own ({@link #QUESTION}). Any other
     * sentence keeps {@code s}.
     */
    public Stance answered(Stance s, List<String> sentences, int i) {
        String q = sentences.get(i).strip();
        if (s.score() == 0 || !(q.endsWith("?") || q.endsWith("?\"") || q.endsWith("?\u201d"))) {
            return s;
        }
        String next = i + 1 < sentences.size() ? sentences.get(i + 1) : "";
        SentenceTokens nt = SentenceTokens.of(next);
        int[] turn = turn(next, nt, true);
        if (turn == null) {
            // An unanswered yes/no question asks, it does not argue ("Will Congress approve another
            // package for Ukraine?"); a wh-question may be rhetorical ("Why are we paying…?") and keeps its stance.
            return polarQuestion(q, s.predicateToken()) ? new Stance(0, StanceLabel.NONE, -1, s.speechToken(), s.cue()) : s;
        }
        int answer = yesOrNo(nt, turn[1]);
        if (answer == 0 && turn[1] >= nt.size() && i + 2 < sentences.size()) {
            // "SEN. X: Honestly?" then "No.": the answer word opens the next sentence
            answer = yesOrNo(SentenceTokens.of(sentences.get(i + 2)), 0);
        }
        double score = s.score() * (answer != 0 ? answer : QUESTION);
        return new Stance(score, StanceLabel.of(score, theta), s.predicateToken(), s.speechToken(), s.cue());
    }

    /** The clause of token {@code k} (after a speaker label or lead-in ending in a colon) opens with an auxiliary. */
    private static boolean polarQuestion(String sentence, int k) {
        SentenceTokens t = SentenceTokens.of(sentence);
        int start = 0;
        for (int j = 1; j < t.size() && (k < 0 || j <= k); j++) {
            if (t.gapBefore(j).indexOf(':') >= 0) {
                start = j;
            }
        }
        return start < t.size() && POLAR_AUX.contains(t.norm(start));
    }

    /** +1 for an answer that opens with yes, -1 with no ("Absolutely not" is no), else 0. */
    private static int yesOrNo(SentenceTokens t, int w) {
        if (w >= t.size()) {
            return 0;
        }
        if (ANSWER_NO.contains(t.norm(w))) {
            return -1;
        }
        if (ANSWER_YES.contains(t.norm(w))) {
            return w + 1 < t.size() && t.norm(w + 1).equals("not") ? -1 : 1;
        }
        return 0;
    }

    /** One of {@code words} among tokens {@code [from, to)}. */
    private static boolean tokenBetween(SentenceTokens t, int from, int to, Set<String> words) {
        for (int k = from; k < to; k++) {
            if (words.contains(t.norm(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean upper(String text, SentenceTokens t, int k) {
        String w = text.substring(t.start(k), t.end(k));
        return w.equals(w.toUpperCase(java.util.Locale.ROOT)) && !w.equals(w.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Sarcasm markers: set constructions that say the opposite of their words. Markers starting with
     * "^" open the sentence (after a speaker label).
     */
    static boolean ironic(SentenceTokens t, List<String[]> markers) {
        int n = t.size();
        int k = 0;
        // skip a transcript speaker label ("HOST:")
        for (int j = 0; j < Math.min(n - 1, 6); j++) {
            if (t.gapBefore(j + 1).indexOf(':') >= 0) {
                k = j + 1;
                break;
            }
        }
        for (String[] m : markers) {
            boolean opener = m[0].equals("^");
            int len = opener ? m.length - 1 : m.length;
            for (int j = opener ? k : 0; j + len <= n && (!opener || j == k); j++) {
                if (startsWith(t, j, opener ? java.util.Arrays.copyOfRange(m, 1, m.length) : m)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean startsWith(SentenceTokens t, int k, String[] words) {
        if (k + words.length > t.size()) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            if (!t.norm(k + i).equals(words[i])) {
                return false;
            }
        }
        return true;
    }

    /** A negated subject ("nobody", "not one", "none") before the mention in its clause. */
    private static boolean negatedSubject(Parsed p, int mf) {
        for (Hit h : p.hits) {
            if (h.entry().kind() == Kind.NEG && h.to() < mf && p.clause[h.from()] == p.clause[mf]
                    && QUANTIFIER_NEGATORS.contains(h.entry().phrase())) {
                return true;
            }
        }
        return false;
    }

    /** Distance-weighted polarity of {@code h} if it governs the mention {@code [mf, ml]}, else 0. */
    private static double governs(Parsed p, Hit h, int mf, int ml, TargetKind kind) {
        Kind k = h.entry().kind();
        // An effect verb ("help", "hurt") acts on its object like an action; an outcome word
        // ("invite", "embolden", "catastrophe") judges like an evaluation.
        if (k == Kind.EFFECT) {
            k = Kind.ACT;
        } else if (k == Kind.OUTCOME) {
            k = Kind.EVAL;
        }
        if (k != Kind.ACT && k != Kind.EVAL) {
            return 0;
        }
        double pol = h.entry().polarity();
        if (k == Kind.ACT && kind == TargetKind.ACTOR) {
            if (h.entry().actorPolarity() == 0) {
                return 0;
            }
            // "defended Zelensky", "championed Harris": the word is also an evaluation of a person
            k = Kind.EVAL;
            pol = h.entry().actorPolarity();
        }
        if (h.to() >= mf && h.from() <= ml) {
            return 0; // part of the mention itself
        }
        if (compound(p.tokens, h)) {
            return 0;
        }
        if (DIRECT_OBJECT.contains(h.entry().phrase()) && (h.to() >= mf || mf - h.to() - 1 > 3
                || tokenBetween(p.tokens, h.to() + 1, mf, PREPOSITIONS))) {
            // "joined NATO", "against the levy": the noun phrase right after it, never a subject, and
            // not through a preposition ("resume debate on the package")
            return 0;
        }
        if (h.entry().phrase().equals("keep") && h.to() < mf && ml + 1 < p.tokens.size()
                && KEPT_AWAY.contains(p.tokens.norm(ml + 1))) {
            return -pol / (1 + 0.1 * (mf - h.to() - 1)); // "keep the Ukraine money out of the stopgap"
        }
        boolean sameClause = p.clause[h.from()] == p.clause[mf];
        if (h.entry().kind() == Kind.EFFECT && h.to() < mf && adversary(p, mf, ml)) {
            return 0; // "delay would only help Russia" is no stance on Russia
        }
        if (h.entry().kind() == Kind.OUTCOME && h.to() + 2 <= mf && p.tokens.norm(h.to() + 1).equals("for")
                && mf - h.to() <= 3) {
            return 0; // "devastating for Ukraine", "a disaster for Kyiv": the mention is who bears it, not what is judged
        }
        if (h.to() < mf) {
            int d = mf - h.to() - 1;
            if (predicateBetween(p, h, mf)) {
                return 0; // "delay would only help Russia": the nearer predicate takes the object
            }
            if (sameClause && d >= 1 && d <= 8 && otherVerbBetween(p, h, mf)) {
                return 0; // "invited skeptics to visit Ukraine": the nearer verb takes the object
            }
            if (attributive(p.tokens, h, mf)) {
                pol *= ATTRIBUTIVE; // "the stalled funding": describes the target's state, takes no position
            }
            if (k == Kind.ACT && d <= 4 && tokenBetween(p.tokens, h.to() + 1, mf, NO)) {
                pol = -pol; // "approve no new funding for Ukraine": the action is withheld
            }
            return sameClause && d <= 8 ? pol / (1 + 0.1 * d) : 0;
        }
        int d = h.from() - ml - 1;
        if (h.entry().kind() == Kind.EFFECT && sameClause && d <= 6) {
            // The mention as the subject of an effect: "the sanctions are hurting Russia's economy".
            return effectValue(p, h) / (1 + 0.1 * d);
        }

        int aside = parentheticalSpeech(p, ml, h.from());
        if (sameClause && d - aside <= 4 && (aside > 0 || !speechBetween(p, ml, h.from()))) {
            // After the mention: a subject's fate ("the package collapsed") for issues; for actors and
            // the issue side of "both" targets only across a copula ("Putin is no genius"), and for an
            // action only in the passive ("Ukraine was abandoned", not "Ukraine has fought"). A
            // parenthetical attribution between them is transparent ("the package, an official said, is vital").
            // "tie each tranche to clear goals": an infinitive after the mention is not its fate.
            boolean infinitive = k == Kind.ACT && d >= 1 && p.tokens.norm(h.from() - 1).equals("to");
            boolean ok = infinitive ? false : k == Kind.ACT ? kind == TargetKind.ISSUE || passive(p, h)
                    : kind != TargetKind.ACTOR || linked(p, ml + 1, h.from());
            return ok ? pol / (1 + 0.1 * (d - aside)) : 0;
        }
        if (p.clause[h.from()] != p.clause[mf] && !inTemporalCondition(p, h.from())) {
            // "...but has since called for it to be shelved": a pronoun object refers back to the mention.
            SentenceTokens t = p.tokens;
            for (int j = h.to() + 1; j <= Math.min(t.size() - 1, h.to() + 3); j++) {
                if (PRONOUN_OBJECTS.contains(t.norm(j))) {
                    return pol * 0.9;
                }
            }
            for (int j = Math.max(0, h.from() - 3); j < h.from(); j++) {
                if (PRONOUN_OBJECTS.contains(t.norm(j)) && !t.norm(j).equals("that")) {
                    return pol * 0.9; // "it was blocked"
                }
            }
        }
        return 0;
    }

    /**
     * True when the action at token {@code k} is what a mid-sentence "before/until" puts off ("…
     * before we fund Kyiv", "…until Congress sends the aid"): the opener stands at most three tokens
     * before the action, and the sentence does not start with it (a narrative "Before the vote, …").
     */
    private static boolean deferred(Parsed p, int k) {
        for (int j = Math.max(1, k - 3); j < k; j++) {
            String w = p.tokens.norm(j);
            if (w.equals("before") || w.equals("until")) {
                return true;
            }
        }
        return false;
    }

    /** True when token {@code k} is in a clause opened by "until": "until it passes border changes". */
    private static boolean inTemporalCondition(Parsed p, int k) {
        int j = k;
        while (j > 0 && p.clause[j - 1] == p.clause[k]) {
            j--;
        }
        return TEMPORAL_CONDITION.contains(p.tokens.norm(j));
    }

    /**
     * Index of the action hit that hit {@code i} embeds as its complement ("urged … to block",
     * "called for it to be shelved", "support pulling out"): the next act hit within 4 tokens in the
     * same clause; -1 if none or if hit {@code i} is not an action.
     */
    private static int matrixOf(Parsed p, int i, int mf, int ml) {
        Hit h = p.hits.get(i);
        // An evaluation of an action judges the action: "it would be reckless to abandon the aid",
        // "a mistake to cut off Kyiv" (only with an infinitive "to" right after the evaluation).
        boolean evalOfAction = h.entry().kind() == Kind.EVAL && h.to() + 1 < p.tokens.size()
                && p.tokens.norm(h.to() + 1).equals("to");
        if ((h.entry().kind() != Kind.ACT && !evalOfAction) || DIRECT_OBJECT.contains(h.entry().phrase())) {
            return -1;
        }
        for (int j = i + 1; j < p.hits.size(); j++) {
            Hit o = p.hits.get(j);
            if (o.from() > h.to() + 5 || p.clause[o.from()] != p.clause[h.from()]) {
                return -1;
            }
            if (o.to() >= mf && o.from() <= ml) {
                continue; // a word of the mention itself ("funding" in "the Ukraine funding")
            }
            if (mf > h.to() && ml < o.from()) {
                return -1; // "leaving the funding in limbo": the mention is the object, both predicates count
            }
            if (o.entry().kind() == Kind.ACT && !compound(p.tokens, o) && !attributive(p.tokens, o, mf)
                    && !DIRECT_OBJECT.contains(o.entry().phrase())) {
                return j; // "revived the stalled aid": a participle describing the mention is no complement
            }
        }
        return -1;
    }

    /**
     * The speech verb whose topic the mention is ("said of the Ukraine funding", "when asked about the
     * bill"), or -1.
     */
    private static int topicOfSpeech(Parsed p, int mf) {
        SentenceTokens t = p.tokens;
        for (int j = mf - 1; j >= Math.max(1, mf - 4); j--) {
            String w = t.norm(j);
            if (w.equals("of") || w.equals("about") || (w.equals("to") && t.norm(j - 1).startsWith("referr"))
                    || (w.equals("at") && SWIPE.contains(t.norm(j - 1)))) {
                int reach = w.equals("of") || w.equals("about") ? 2 : 6; // "told a rally, referring to …"
                for (int k = j - 1; k >= Math.max(0, j - reach); k--) {
                    if (isSpeech(p, k) || t.norm(k).equals("asked") || t.norm(k).equals("speaking")) {
                        int first = k;
                        for (Hit h : p.hits) {
                            if (h.entry().kind() == Kind.SPEECH && h.from() <= k) {
                                first = Math.min(first, h.from());
                            }
                        }
                        return first;
                    }
                }
                return -1;
            }
        }
        return -1;
    }

    /**
     * The speech verb that reports the predicate at {@code pred}: the nearest one before it in its
     * clause ("Trump urged Republicans to block …, telling a crowd …" → urged), else the first one
     * after it ("'We must not abandon Kyiv,' Jean-Pierre said"); the sentence's last one when no
     * predicate spoke.
     */
    static int speechFor(Parsed p, int pred) {
        if (pred < 0) {
            return p.speechToken;
        }
        int before = -1;
        int after = -1;
        for (Hit h : p.hits) {
            if (h.entry().kind() != Kind.SPEECH) {
                continue;
            }
            if (h.to() < pred && p.clause[h.from()] == p.clause[pred]) {
                before = h.from();
            } else if (h.from() > pred && after < 0) {
                after = h.from();
            }
        }
        return before >= 0 ? before : after;
    }

    /** A participle between a determiner and the mention: "the stalled Ukraine funding". */
    private static boolean attributive(SentenceTokens t, Hit h, int mf) {
        if (h.to() + 1 != mf || h.from() == 0 || !t.norm(h.to()).endsWith("ed")) {
            return false;
        }
        return DETERMINERS.contains(t.norm(h.from() - 1));
    }

    /** Inside a compound modifier ("Senate-passed", "must-pass"): describes, takes no position. */
    private static boolean compound(SentenceTokens tk, Hit h) {
        return tk.gapBefore(h.from()).indexOf('-') >= 0
                || (h.to() + 1 < tk.size() && tk.gapBefore(h.to() + 1).indexOf('-') >= 0);
    }

    /** The mention's clause holds an action or evaluation cue that does not govern the mention. */
    private static boolean cueAboutSomethingElse(Parsed p, int mf, int ml) {
        for (Hit h : p.hits) {
            Kind k = h.entry().kind();
            if ((k == Kind.ACT || k == Kind.EVAL) && p.clause[h.from()] == p.clause[mf]
                    && governs(p, h, mf, ml, TargetKind.ACTOR) == 0 && (h.to() < mf || h.from() > ml)) {
                return true;
            }
        }
        return false;
    }

    /** A speech verb between tokens {@code from} and {@code to}: "Trump said Biden had failed" is not about Trump. */
    private static boolean speechBetween(Parsed p, int from, int to) {
        for (Hit o : p.hits) {
            if (o.entry().kind() == Kind.SPEECH && o.from() > from && o.to() < to) {
                return true;
            }
        }
        return false;
    }

    /** Another predicate or speech verb between hit {@code h} and token {@code mf}. */
    private static boolean predicateBetween(Parsed p, Hit h, int mf) {
        for (Hit o : p.hits) {
            if (o.from() > h.to() && o.to() < mf) {
                Kind k = o.entry().kind();
                if (k == Kind.EVAL || k == Kind.EFFECT || k == Kind.OUTCOME || k == Kind.SPEECH
                        || (k == Kind.ACT && h.entry().kind() != Kind.ACT)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A verb the lexicon does not list (by its part-of-speech tag) between cue {@code h} and the
     * mention at {@code mf}: that verb, not the cue, governs the mention. Auxiliaries, participles
     * used as adjectives and the carrier verbs ("a bill providing aid") do not count.
     */
    private static boolean otherVerbBetween(Parsed p, Hit h, int mf) {
        if (!p.syntax()) {
            return false;
        }
        // Tag only when a word between could be a verb: closed-class words, numbers and names cannot,
        // and most cues stand one determiner or preposition away from their mention.
        int first = -1;
        int last = -1;
        for (int j = h.to() + 1; j < mf; j++) {
            String w = p.tokens.norm(j);
            if (!CLOSED_CLASS.contains(w) && !CARRIER_VERBS.contains(w) && !isHit(p, j)
                    && !Character.isDigit(w.charAt(0)) && !Character.isUpperCase(p.text.charAt(p.tokens.start(j)))) {
                first = first < 0 ? j : first;
                last = j;
            }
        }
        if (first < 0) {
            return false;
        }
        for (int j = first; j <= last; j++) {
            String w = p.tokens.norm(j);
            if (CARRIER_VERBS.contains(w) || isHit(p, j) || CLOSED_CLASS.contains(w)) {
                continue;
            }
            String tag = p.tag(j, first, last); // one window over all candidates
            if ("VERB".equals(tag) && !(j + 1 < mf && isDeterminerBefore(p, j))) {
                return true;
            }
        }
        return false;
    }

    /** A participle between a determiner and a noun is an adjective: "a stalled bill". */
    private static boolean isDeterminerBefore(Parsed p, int j) {
        return j > 0 && DETERMINERS.contains(p.tokens.norm(j - 1));
    }

    private static boolean isHit(Parsed p, int token) {
        for (Hit o : p.hits) {
            if (o.from() <= token && token <= o.to()) {
                return true;
            }
        }
        return false;
    }

    /** A comma or "and"/"or" between tokens {@code from} and {@code to}: "never been more important and called for". */
    private static boolean coordinationBetween(SentenceTokens t, int from, int to) {
        for (int j = from + 1; j <= to; j++) {
            if (t.gapBefore(j).indexOf(',') >= 0 || (j < to && COORDINATING.contains(t.norm(j)))) {
                return true;
            }
        }
        return false;
    }

    /** Another action or evaluation between hit {@code i} and {@code h}. */
    private static boolean predicateBetween(Parsed p, int i, Hit h) {
        for (int j = i + 1; j < p.hits.size() && p.hits.get(j).from() < h.from(); j++) {
            Kind k = p.hits.get(j).entry().kind();
            if (k == Kind.ACT || k == Kind.EVAL || k == Kind.EFFECT || k == Kind.OUTCOME) {
                return true;
            }
        }
        return false;
    }

    /**
     * Value of an effect for the sentence's speaker: its polarity, reversed when its object is an
     * adversary ("help Russia", "hurt the Kremlin"), times its negation and modality.
     */
    private static double effectValue(Parsed p, Hit h) {
        double v = h.entry().polarity();
        SentenceTokens t = p.tokens;
        for (int j = h.to() + 1; j <= Math.min(t.size() - 1, h.to() + 3); j++) {
            if (ADVERSARIES.contains(t.norm(j))) {
                v = -v;
                break;
            }
        }
        return v;
    }

    private static boolean adversary(Parsed p, int mf, int ml) {
        for (int j = mf; j <= ml; j++) {
            if (ADVERSARIES.contains(p.tokens.norm(j))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Benefit/harm frame: an action on the mention is the subject of a consequence later in the
     * clause ("abandoning the funding would invite the next war", "letting the bill die would be a
     * catastrophe", "sending the shells will save lives"). Returns the index of the consequence hit,
     * or -1. The stance is then the action's sign times the consequence's value.
     */
    private static int consequenceOf(Parsed p, int i, int mf, int ml) {
        Hit h = p.hits.get(i);
        SentenceTokens t = p.tokens;
        int lead = Math.min(h.from(), mf);
        int clause = p.clause[h.from()];
        for (int j = lead - 1; j >= 0 && p.clause[j] == clause; j--) {
            String w = t.norm(j);
            // "that …" opens a complement clause; "Republicans who block aid are handing Putin a win":
            // a relative clause on the subject makes the action the subject's defining deed.
            if (w.equals("that") || w.equals("who") || isSpeech(p, j) || t.gapBefore(j + 1).indexOf(',') >= 0) {
                break;
            }
            if (!SUBJECT_LEAD.contains(w)) {
                return -1;
            }
        }
        int after = Math.max(h.to(), ml);
        for (int c = i + 1; c < p.hits.size(); c++) {
            Hit o = p.hits.get(c);
            if (o.from() <= after) {
                continue;
            }
            if (p.clause[o.from()] != clause || o.from() - after > 8) {
                return -1;
            }
            Kind k = o.entry().kind();
            if (k == Kind.EVAL || k == Kind.OUTCOME || k == Kind.EFFECT) {
                for (int j = after + 1; j < o.from(); j++) {
                    if (CONSEQUENCE_LINK.contains(t.norm(j))) {
                        return c;
                    }
                }
                return -1;
            }
        }
        return -1;
    }

    /**
     * The segment whose predicates carry the bottom line: of the segments holding a predicate on the
     * mention, the last one that is not subordinate ("grumbled … but voted for it": after "but"; "is
     * welcome, though it comes late": before "though"); the last one if all are subordinate.
     */
    private static int mainSegment(Parsed p, double[] contrib, boolean[] consumed, int[] seg) {
        int main = -1;
        int last = -1;
        for (int i = 0; i < contrib.length; i++) {
            if (contrib[i] == 0 || consumed[i]) {
                continue;
            }
            last = Math.max(last, seg[i]);
            if (!p.subordinate[seg[i]]) {
                main = Math.max(main, seg[i]);
            }
        }
        return main >= 0 ? main : last;
    }

    /**
     * The "if"/"unless" that opens the condition holding action {@code h} and the mention, with no
     * comma between it and the action; -1 if none.
     */
    private static int conditionOpener(Parsed p, Hit h, int mf) {
        SentenceTokens t = p.tokens;
        for (int j = h.from() - 1; j >= 0; j--) {
            if (t.gapBefore(j + 1).indexOf(',') >= 0) {
                return -1;
            }
            if (CONDITION.contains(t.norm(j))) {
                return j < mf ? j : -1;
            }
        }
        return -1;
    }

    /** The first outcome, effect or evaluation of the main clause after a condition ending after {@code ml}. */
    private static int conditionalConsequence(Parsed p, Hit h, int ml) {
        SentenceTokens t = p.tokens;
        int end = -1;
        for (int k = Math.max(h.to(), ml) + 1; k < t.size(); k++) {
            if (t.gapBefore(k).indexOf(',') >= 0) {
                end = k;
                break;
            }
        }
        return end < 0 ? -1 : firstConsequence(p, end, end + 12);
    }

    /**
     * Token of a privative word governing the mention ("without the", "absent fresh", "a lapse in"),
     * or -1: at most four words between, none of them a cue ("without passing the aid" is a negated
     * action, read by the negation rule).
     */
    private static int privative(Parsed p, int mf) {
        SentenceTokens t = p.tokens;
        for (int j = mf - 1; j >= Math.max(0, mf - 5); j--) {
            if (PRIVATIVES.contains(t.norm(j))) {
                return j;
            }
            if (isHit(p, j) || t.gapBefore(j + 1).indexOf(',') >= 0) {
                return -1;
            }
        }
        return -1;
    }

    private static int firstConsequence(Parsed p, int from, int to) {
        for (int c = 0; c < p.hits.size(); c++) {
            Hit o = p.hits.get(c);
            if (o.from() < from || compound(p.tokens, o)) {
                continue;
            }
            if (o.from() > to) {
                return -1;
            }
            Kind k = o.entry().kind();
            if (k == Kind.OUTCOME || k == Kind.EFFECT || k == Kind.EVAL) {
                return c;
            }
        }
        return -1;
    }

    /** The mention is the subject of a copula or auxiliary right after it: "the aid is …", "the package would be …". */
    private static boolean copulaSubject(Parsed p, int ml) {
        SentenceTokens t = p.tokens;
        int j = ml + 1;
        if (j < t.size() && (t.norm(j).equals("only") || t.norm(j).equals("still") || t.norm(j).equals("also"))) {
            j++; // one adverb: "the aid is still …"
        }
        if (j >= t.size()) {
            return false;
        }
        String w = t.norm(j);
        if (AUX_BEFORE_BE.contains(w) && j + 1 < t.size() && (t.norm(j + 1).equals("be") || t.norm(j + 1).equals("been"))) {
            j++;
        } else if (!COPULA_AFTER_SUBJECT.contains(w)) {
            return false;
        }
        // A passive ("is administered", "are being used") reports what is done, not what it is.
        String next = j + 1 < t.size() ? t.norm(j + 1) : "";
        return !next.equals("being") && !(next.endsWith("ed") || next.endsWith("en"));
    }

    private static boolean isSpeech(Parsed p, int token) {
        for (Hit h : p.hits) {
            if (h.entry().kind() == Kind.SPEECH && h.from() <= token && token <= h.to()) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> BE = Set.of("is", "was", "are", "were", "be", "been", "being", "got", "get", "gets");

    /** A form of "be"/"get" just before the action (one adverb may intervene): "was blocked", "is being slow-walked". */
    private static boolean passive(Parsed p, Hit h) {
        for (int j = h.from() - 1; j >= Math.max(0, h.from() - 2); j--) {
            if (BE.contains(p.tokens.norm(j))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tokens of an attribution set off by commas between {@code from} and {@code to} (", a Pentagon
     * official told reporters,"): a comma, at most six words holding a speech verb, a comma. 0 if none.
     */
    private static int parentheticalSpeech(Parsed p, int from, int to) {
        SentenceTokens t = p.tokens;
        for (Hit o : p.hits) {
            if (o.entry().kind() != Kind.SPEECH || o.from() <= from || o.to() >= to) {
                continue;
            }
            int open = -1;
            for (int j = o.from(); j > from && j >= o.from() - 6; j--) {
                if (t.gapBefore(j).indexOf(',') >= 0) {
                    open = j;
                    break;
                }
            }
            int close = -1;
            for (int j = o.to() + 1; j <= to && j <= o.to() + 3; j++) {
                if (t.gapBefore(j).indexOf(',') >= 0) {
                    close = j;
                    break;
                }
            }
            if (open > from && close > 0) {
                return close - open;
            }
        }
        return 0;
    }

    /** A copula or passive between the mention and a following predicate ("Putin is…", "was praised"). */
    private static boolean linked(Parsed p, int from, int to) {
        for (int j = from; j <= to; j++) {
            if (COPULA.contains(p.tokens.norm(j))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Negation and modality before the predicate, inside its clause. A modal counts within four
     * tokens; a non-commitment word ({@code whether}, modal factor 0) within eight. A negator counts
     * within four tokens, or up to eight when no other action or evaluation stands between it and the
     * predicate ("not going to let this bill die"); a negated subject ("not one Republican", "none of
     * them", "nobody") scopes over the first predicate of its clause, however far.
     */
    private static double modifiers(Parsed p, Hit h) {
        return modifiers(p, h, -1);
    }

    /** As {@link #modifiers(Parsed, Hit)}, ignoring a hit that starts at token {@code skip}. */
    private static double modifiers(Parsed p, Hit h, int skip) {
        double f = 1;
        boolean negated = false;
        for (int i = 0; i < p.hits.size(); i++) {
            Hit o = p.hits.get(i);
            if (o.from() == skip || o.to() >= h.from() || p.clause[o.from()] != p.clause[h.from()]) {
                continue;
            }
            int d = h.from() - o.to();
            Kind k = o.entry().kind();
            if (k == Kind.NEG) {
                // "never been stronger and called for …": with no predicate of its own before the
                // comma/"and", the negator belongs to the first conjunct ("did not sign or support" keeps it).
                boolean between = predicateBetween(p, i, h);
                boolean cut = !between && coordinationBetween(p.tokens, o.to(), h.from());
                boolean near = d <= 4 && !cut;
                if (!near && !between) {
                    near = QUANTIFIER_NEGATORS.contains(o.entry().phrase()) || (d <= 8 && !cut);
                }
                if (near) {
                    negated = !negated;
                }
            } else if (k == Kind.MODAL && (d <= 4 || (o.entry().polarity() == 0 && d <= 8))) {
                f *= o.entry().polarity();
            }
        }
        // "blasted Republicans for stalling the aid": blaming someone for an action reverses its polarity.
        if (h.entry().kind() == Kind.ACT && h.from() > 0 && p.tokens.norm(h.from() - 1).equals("for")) {
            for (Hit o : p.hits) {
                if (o.entry().kind() == Kind.EVAL && o.to() < h.from() && o.to() >= h.from() - 6
                        && p.clause[o.from()] == p.clause[h.from()]) {
                    f *= Math.signum(o.entry().polarity());
                }
            }
        }
        return negated ? -0.8 * f : f;
    }
}
