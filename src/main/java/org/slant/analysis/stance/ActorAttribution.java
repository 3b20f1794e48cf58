package org.slant.analysis.stance;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slant.analysis.targets.Mention;
import org.slant.analysis.targets.SentenceTokens;

/**
 * Who holds a stance that a sentence expresses.
 *
 * <p>Expects: a parsed sentence, its {@link Stance} toward a mention, the mention, and the actor
 * references of the same sentence ({@link org.slant.analysis.targets.MentionFinder.Found#actorReferences()}:
 * actor aliases and speaker aliases). Produces an actor id, in this order of rules:
 * <ol>
 *   <li><b>Reported speech</b> (the speech verb that reports the stance's predicate, see
 *       {@link StanceScorer#speechFor}): the <em>subject</em> of that verb — the last known actor
 *       before it in its clause whose distance to the verb is bridged only by appositives and
 *       adverbials (titles are part of the alias: "Former President Donald Trump", "Ukrainian
 *       President Volodymyr Zelensky"; then ", a former aide,", "(R-Ohio)", "on Tuesday", "in a
 *       statement", "at a rally", "also", "who …,"); else, when the verb is inverted after a comma or
 *       quote (", said Jean-Pierre") or is "according to", the actor right after it. An actor after a
 *       non-inverted verb is its addressee ("Trump urged Republicans to block …" → trump), not the
 *       holder. A coordinated verb ("… and said") or a participle after a comma (", telling a rally
 *       …", ", writing that …") shares the subject that opens the clause.</li>
 *   <li><b>Agent of the predicate</b>: the first actor named in the predicate's clause before it (the
 *       main-clause subject: "House Republicans blocked the aid" → republicans), else the actor after a
 *       passive "by".</li>
 *   <li><b>Party tags.</b> When neither rule finds a known actor but the subject is an unknown person
 *       whose party is printed — "Sen. Dale Harmon (R-Kan.)", "Republican Sen. X", "Democratic Rep. Y",
 *       "(D-N.M.)" — the holder is {@code republicans} or {@code democrats}. This is a choice: a
 *       lawmaker speaking for the record is counted toward their party's position (as the catalog
 *       already does for party leaders, listed as speaker aliases); a named person without a party
 *       tag stays {@code other}.</li>
 *   <li>A recommendation ({@code should, must, need}) is the outlet's advice: {@code author}. A mention
 *       inside quotation marks with no speech verb is an unnamed {@code other}.</li>
 *   <li>Otherwise the subject of the clause's first verb, found with part-of-speech tags ({@link
 *       #subjectBefore}), holds it when it names people, a group or an institution ("The House",
 *       "Supporters", "a senior official": {@code other} with that name as {@code speaker}); a
 *       subject that is the mention itself, a thing ("The argument…") or the writer ("I", "we") leaves
 *       the sentence to the {@code author}. A judgement of an action by its consequence belongs to
 *       whoever asserts it, never to the action's doer. Actors after a preposition ("aid for Ukraine")
 *       are recipients or objects, never holders.</li>
 * </ol>
 * The mention itself is never its own holder. Stateless and thread-safe.
 */
public final class ActorAttribution {
    /**
     * Who holds a stance: a catalog actor id, {@link ActorStance#AUTHOR} or {@link ActorStance#OTHER};
     * {@code speaker} is the holder as the sentence names it ("Sen. Dale Harmon", "The House",
     * "Donald Trump"), null for the author and when no name is printed.
     */
    public record Holder(String actor, String speaker) {
        static final Holder AUTHOR = new Holder(ActorStance.AUTHOR, null);

        boolean isAuthor() {
            return actor.equals(ActorStance.AUTHOR);
        }
    }

    /** Words after which an actor is an object or a recipient, not a subject: "aid for Ukraine", "Russian attacks on Kyiv". */
    private static final Set<String> PREPOSITIONS = Set.of("for", "to", "in", "of", "on", "against", "with", "from",
            "at", "into", "toward", "towards", "over", "about", "across", "inside", "within", "behind", "near", "under");
    /** Openers of a subordinate clause that may precede the main one. */
    private static final Set<String> SUBORDINATORS = Set.of("until", "if", "unless", "when", "because", "although",
            "though", "after", "before", "once", "since", "while", "whether", "as");
    /** Pronoun subjects that are the writer's own voice ("We have seen this before", "It is a stalling tactic"). */
    private static final Set<String> AUTHOR_PRONOUNS = Set.of("i", "we", "it", "this", "that", "there", "us", "what",
            "history", "nobody", "no", "none");
    private static final Set<String> NP_TAGS = Set.of("DET", "ADJ", "NUM", "PROPN", "NOUN");
    /** Nouns for people, groups and institutions that act and speak: a subject headed by one holds a position. */
    private static final Set<String> AGENT_NOUNS = Set.of("official", "officials", "lawmaker", "lawmakers", "senator",
            "senators", "representative", "representatives", "member", "members", "leader", "leaders", "critic",
            "critics", "supporter", "supporters", "opponent", "opponents", "skeptic", "skeptics", "voter", "voters",
            "resident", "residents", "analyst", "analysts", "expert", "experts", "aide", "aides", "spokesperson",
            "spokesman", "spokeswoman", "administration", "government", "congress", "house", "senate", "chamber",
            "chambers", "committee", "panel", "caucus", "party", "majority", "minority", "conservatives",
            "progressives", "liberals", "hawks", "allies", "ally", "diplomat", "diplomats", "commander", "commanders",
            "officer", "officers", "soldier", "soldiers", "troops", "veteran", "veterans", "advocate", "advocates",
            "activist", "activists", "group", "groups", "coalition", "minister", "ministers", "president", "speaker",
            "governor", "mayor", "candidate", "candidates", "campaign", "donors", "americans", "europeans",
            "ukrainians", "respondents", "people", "citizens", "taxpayers", "workers", "union", "unions", "pentagon",
            "department", "agency", "council", "parliament", "court", "judge", "chairman", "chair", "chairwoman",
            "negotiators", "legislators", "delegation", "conference", "democrats", "republicans", "economists",
            "pollsters", "hardliners", "holdouts", "moderates", "they", "he", "she", "who", "everyone", "some", "many",
            "others", "both", "nation", "nations", "country", "countries", "kremlin", "moscow", "europe", "eu",
            "nato", "alliance", "white", "team", "staff", "office", "board", "bloc", "cabinet", "state",
            // roles of single people who are quoted in news copy
            "congressman", "congresswoman", "columnist", "commentator", "economist", "host", "guest", "caller",
            "owner", "adviser", "advisor", "strategist", "pollster", "professor", "researcher", "scientist", "chief",
            "director", "secretary", "ambassador", "envoy", "general", "admiral", "lobbyist", "organizer",
            "executive", "founder", "writer", "editor", "man", "woman", "father", "mother", "farmer", "teacher",
            "nurse", "student", "lawyer", "attorney", "prosecutor", "mp", "deputy", "premier", "chancellor");
    /** Plural nouns in -ers/-ors that name things, not people ("numbers", "matters"). */
    private static final Set<String> NOT_AGENTS = Set.of("numbers", "matters", "letters", "orders", "powers", "papers",
            "others", "waters", "borders", "dollars", "headquarters", "factors", "sectors", "corridors", "meters",
            "centers", "quarters", "chapters", "layers", "members", "transfers", "offers", "answers", "figures");
    /** First-person and clause-level pronoun subjects: the writer speaks. */
    private static final Set<String> FIRST_PERSON = Set.of("i", "we", "my", "our", "us");
    private static final Set<String> NP_HEAD = Set.of("PROPN", "NOUN", "PRON");
    /** Nouns that name a camp by its position: "supporters of the aid", "critics of the sanctions". */
    private static final Set<String> GROUP_NOUNS = Set.of("supporter", "supporters", "defender", "defenders",
            "backer", "backers", "proponent", "proponents", "advocate", "advocates", "champion", "champions",
            "critic", "critics", "opponent", "opponents", "skeptic", "skeptics", "sceptic", "sceptics", "foe", "foes");
    private static final Set<String> RECOMMENDATION = Set.of("should", "must", "need", "needs", "ought");
    /**
     * What may stand between a subject and its verb: commas, a parenthesised party tag, possessives,
     * time and place adverbials, auxiliaries, "-ly" adverbs, and an appositive between commas.
     */
    private static final Pattern BRIDGE = Pattern.compile("(?:\\s+|,|\\([^()]{0,30}\\)|['’]s\\b"
            + "|,\\s[^,“”\"]{1,60},"
            + "|\\b(?:on|in|at|during|late|early|earlier|later|also|again|then|has|have|had|once|last|this|that"
            + "|a|an|the|his|her|their|its|statement|interview|speech|post|letter|video|rally|news|conference"
            + "|briefing|hearing|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|morning"
            + "|afternoon|evening|night|nightly|address|today|yesterday|weekend|month|year|social|media|floor"
            + "|remarks|separately|meanwhile|himself|herself|\\w+ly)\\b)*", Pattern.CASE_INSENSITIVE);
    private static final Pattern PARTY = Pattern.compile(
            "\\(\\s*([RD])\\s*[-–]|\\b(Republican|GOP|Democratic)\\s+(?:Sen\\.|Senator|Rep\\.|Representative"
                    + "|Gov\\.|Governor|lawmaker|congressman|congresswoman|Congressman|Congresswoman|senator)");
    /** Speech verbs whose object is the audience: "told the AP", "asked reporters". */
    private static final Set<String> ADDRESSEE_VERBS = Set.of("told", "tell", "tells", "telling", "ask", "asks",
            "asked", "asking", "urge", "urges", "urged", "urging");
    /**
     * News organisations and the press: the channel that carries a statement, not a holder of its
     * position ("according to Reuters", "state media reported").
     */
    private static final Set<String> NEWS_ORGANISATIONS = Set.of("ap", "associated press", "reuters", "afp",
            "agence france presse", "bloomberg", "bloomberg news", "cnn", "nbc", "nbc news", "abc", "abc news", "cbs",
            "cbs news", "fox news", "fox", "msnbc", "npr", "bbc", "pbs", "politico", "axios", "the hill", "tass",
            "ria novosti", "interfax", "xinhua", "al jazeera", "the new york times", "new york times", "the times",
            "the washington post", "washington post", "the post", "the wall street journal", "wall street journal",
            "the guardian", "the newspaper", "the paper", "the outlet", "the network", "the agency", "news agency",
            "state media", "state television", "local media", "media reports", "reports", "reporters", "journalists",
            "the press", "press reports");
    private static final Set<String> INVERSION_GAP = Set.of(",", "”", "\"", ",”", ",\"", "’", ",’");

    /** Actor id of the holder of {@code stance} toward {@code mention} (see {@link #holder}). */
    public String actor(StanceScorer.Parsed p, Stance stance, Mention mention, List<Mention> actorReferences) {
        return holder(p, stance, mention, actorReferences).actor();
    }

    /** Holder of {@code stance} toward {@code mention}, with the name the sentence gives it. */
    public Holder holder(StanceScorer.Parsed p, Stance stance, Mention mention, List<Mention> actorReferences) {
        int pred = stance.predicateToken();
        // "The House should pass the aid…, and the delegation should say…": a speech verb in a later
        // clause does not report a recommendation made before it.
        boolean laterClause = pred >= 0 && stance.speechToken() > pred
                && p.clause[stance.speechToken()] != p.clause[pred] && recommends(p, pred);
        Holder reported = stance.speechToken() >= 0 && !laterClause ? speechHolder(p, stance.speechToken(), mention,
                actorReferences) : null;
        if (reported != null) {
            return reported;
        }
        return agentHolder(p, stance, mention, actorReferences);
    }

    /**
     * The holder named by the speech verb at {@code s}, or null when the attribution names only the
     * news organisation that reported it ("according to Reuters", "the senator told the AP" with no
     * subject found): a report's source is not a position, so the predicate's own agent is sought.
     */
    private Holder speechHolder(StanceScorer.Parsed p, int s, Mention mention, List<Mention> actorReferences) {
        SentenceTokens t = p.tokens();
        Mention known = speaker(p, s, mention, actorReferences);
        if (known != null) {
            return new Holder(known.target(), known.surface());
        }
        boolean inverted = isQuoteEnd(t, s) || t.gapBefore(s).strip().endsWith(",") || t.norm(s).equals("according");
        String name = inverted ? nounPhraseAfter(p, s) : null;
        if (name == null) {
            name = nounPhraseBefore(p, s);
            if (name != null && name.equalsIgnoreCase("who")) {
                // "Sen. Dale Harmon, who said …": the relative pronoun stands for the name before it.
                name = nounPhraseBefore(p, relativeToken(p, s));
            }
        }
        // "…, he told the Associated Press": whom one tells or asks is the audience, never the speaker.
        if (name == null && !inverted && !ADDRESSEE_VERBS.contains(t.norm(s))) {
            name = nounPhraseAfter(p, s);
        }
        if (name != null && newsOrganisation(name)) {
            return null;
        }
        if (name != null && !agentive(name) && !FIRST_PERSON.contains(name.toLowerCase(java.util.Locale.ROOT))
                && !overlapsText(p.text, name, t.start(s), mention)) {
            name = null; // "Republicans who oppose the package say…": "the package" does not speak
        }
        if (name != null && overlapsText(p.text, name, t.start(s), mention)) {
            return new Holder(mention.target(), name); // the mention is the speaker itself
        }
        if (name != null && FIRST_PERSON.contains(name.toLowerCase(java.util.Locale.ROOT))
                && !inQuote(p.text, t.start(s))) {
            return Holder.AUTHOR; // "I am writing to ask him to support the aid": the letter writer
        }
        String party = party(p.text, clauseStartText(p, s), t.start(s));
        if (party == null && inverted) {
            // inverted: "…,” said Sen. Dale Harmon (R-Kan.)."
            party = party(p.text, t.start(s), Math.min(p.text.length(), t.end(s) + 60));
        }
        return new Holder(party != null ? party : ActorStance.OTHER, name);
    }

    /** The agent of the stance's predicate, or the author (rules 2–5 of the class comment). */
    private Holder agentHolder(StanceScorer.Parsed p, Stance stance, Mention mention, List<Mention> actorReferences) {
        SentenceTokens t = p.tokens();
        int pred = stance.predicateToken();
        if (pred < 0 || stance.cue() == Stance.Cue.CONSEQUENCE) {
            // Tone alone, or a judgement of an action by its consequence ("cutting off the aid would hand
            // Putin a win"): the sentence's own assertion, whoever does the action.
            return inQuote(p.text, mention.start()) ? new Holder(ActorStance.OTHER, null) : Holder.AUTHOR;
        }
        int clause = p.clause[pred];
        int clauseStart = pred;
        while (clauseStart > 0 && p.clause[clauseStart - 1] == clause) {
            clauseStart--;
        }
        clauseStart = mainClauseStart(t, clauseStart, pred);
        if (GROUP_NOUNS.contains(t.norm(pred)) && pred + 1 < t.size() && t.norm(pred + 1).equals("of")) {
            // "Supporters of the aid point out…": the position is the group's, whoever writes the sentence
            return new Holder(ActorStance.OTHER, p.text.substring(t.start(pred), t.end(pred)));
        }
        Mention first = null;
        int firstToken = Integer.MAX_VALUE;
        Mention byAgent = null;
        for (Mention a : actorReferences) {
            if (overlaps(a, mention) || a.sentence() != mention.sentence()) {
                continue;
            }
            int af = t.tokenAtOrAfter(a.start());
            // A subject, not an object or recipient: "aid package for Ukraine", "attacks on Kyiv".
            boolean object = af > 0 && af > clauseStart && PREPOSITIONS.contains(t.norm(af - 1));
            if (af >= clauseStart && af < pred && af < firstToken && !object) {
                firstToken = af;
                first = a;
            }
            if (af > pred && af <= pred + 4 && af > 0 && t.norm(af - 1).equals("by")) {
                byAgent = a;
            }
        }
        if (first != null) {
            return new Holder(first.target(), first.surface());
        }
        if (byAgent != null) {
            return new Holder(byAgent.target(), byAgent.surface());
        }
        String party = party(p.text, t.start(clauseStart), t.start(pred));
        if (party != null) {
            return new Holder(party, subjectBefore(p, pred));
        }
        for (int j = clauseStart; j < pred; j++) {
            if (RECOMMENDATION.contains(t.norm(j))) {
                return Holder.AUTHOR; // "Congress should pass the aid": the outlet recommends
            }
        }
        if (inQuote(p.text, mention.start())) {
            return new Holder(ActorStance.OTHER, null);
        }
        // The subject of the clause's verb acts or judges: "The House passed…" is the House's action.
        String subject = subjectBefore(p, pred);
        int subjectAt = subject == null ? -1 : p.text.lastIndexOf(subject, t.start(pred));
        boolean isMention = subjectAt >= 0 && subjectAt < mention.end() && mention.start() < subjectAt + subject.length();
        if (subject != null && !isMention && agentive(subject)) {
            return new Holder(ActorStance.OTHER, subject);
        }
        // No one who acts or speaks: the target itself ("The money might be wasted"), a thing ("The
        // argument … has been tested"), a pronoun of the writer, or nothing: the outlet's own sentence.
        return Holder.AUTHOR;
    }

    /**
     * The catalog actor that acts in the mention's clause without a stance cue: the first actor named
     * before the mention in its clause in subject position ("The White House will review the package").
     * Null if none. No tagging: statements without a position are many and must stay cheap.
     */
    static Holder actingActor(StanceScorer.Parsed p, Mention mention, List<Mention> refs) {
        SentenceTokens t = p.tokens();
        int mf = t.tokenAtOrAfter(mention.start());
        if (mf >= t.size()) {
            return null;
        }
        Mention first = null;
        for (Mention a : refs) {
            int af = t.tokenAtOrAfter(a.start());
            if (overlaps(a, mention) || a.sentence() != mention.sentence() || af >= mf || p.clause[af] != p.clause[mf]
                    || (af > 0 && PREPOSITIONS.contains(t.norm(af - 1)))) {
                continue;
            }
            if (first == null || a.start() < first.start()) {
                first = a;
            }
        }
        return first == null ? null : new Holder(first.target(), first.surface());
    }

    /**
     * Where the main clause starts when the clause opens with a subordinate one ("Until they get them,
     * the next tranche should wait"; "If the House balks, Ukraine will…"): after the comma that closes
     * it, so its subject is not taken for the main verb's. Else {@code start}.
     */
    static int mainClauseStart(SentenceTokens t, int start, int verb) {
        if (start >= verb || !SUBORDINATORS.contains(t.norm(start))) {
            return start;
        }
        for (int k = start + 1; k <= verb; k++) {
            if (t.gapBefore(k).indexOf(',') >= 0) {
                return k;
            }
        }
        return start;
    }

    /** A name that is a news organisation or the press ({@link #NEWS_ORGANISATIONS}), with or without "the". */
    static boolean newsOrganisation(String name) {
        String n = String.join(" ", SentenceTokens.normalize(name));
        return NEWS_ORGANISATIONS.contains(n) || (n.startsWith("the ") && NEWS_ORGANISATIONS.contains(n.substring(4)))
                || NEWS_REPORT.matcher(n).lookingAt();
    }

    /** "according to reports from E&E News", "a report in the Post": a report carries what it says. */
    private static final java.util.regex.Pattern NEWS_REPORT = java.util.regex.Pattern.compile(
            "(?:(?:a|the|several|multiple|recent|media|news|press|published) )*reports?(?: |$)");

    /** The token of "who" right before the speech verb at {@code s} (an adverb or auxiliary may stand between). */
    private static int relativeToken(StanceScorer.Parsed p, int s) {
        for (int j = s - 1; j >= 0 && j >= s - 4; j--) {
            if (p.tokens().norm(j).equals("who")) {
                return j;
            }
        }
        return s;
    }

    /** A noun phrase that names people, a group or an institution (by its head word). */
    static boolean agentive(String phrase) {
        SentenceTokens np = SentenceTokens.of(phrase);
        if (np.size() == 0) {
            return false;
        }
        String head = np.norm(np.size() - 1);
        if (AUTHOR_PRONOUNS.contains(head) || FIRST_PERSON.contains(head)) {
            return false;
        }
        if (AGENT_NOUNS.contains(head)) {
            return true;
        }
        char first = phrase.charAt(np.start(np.size() - 1));
        if (Character.isUpperCase(first) && np.size() > 1) {
            return true; // a name or a named institution: "Sen. Dale Harmon", "The Daily Ledger"
        }
        return !NOT_AGENTS.contains(head) && (head.endsWith("ers") || head.endsWith("ors") || head.endsWith("ists")
                || head.endsWith("ians") || head.endsWith("ents") || head.endsWith("ants"));
    }

    /** The occurrence of {@code name} nearest to offset {@code near} overlaps the mention. */
    private static boolean overlapsText(String text, String name, int near, Mention m) {
        int before = text.lastIndexOf(name, near);
        int after = text.indexOf(name, near);
        for (int at : new int[] {before, after}) {
            if (at >= 0 && at < m.end() && m.start() < at + name.length()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The writer's own act or advice: a recommendation before the predicate, an imperative (the
     * predicate opens its clause, perhaps after an address: "Mr. Speaker, put the bill on the
     * floor"), or a first-person subject ("We must send", "I urge").
     */
    static boolean authorActs(StanceScorer.Parsed p, int pred) {
        if (pred < 0) {
            return false;
        }
        if (recommends(p, pred)) {
            return true;
        }
        SentenceTokens t = p.tokens();
        int cs = pred;
        while (cs > 0 && p.clause[cs - 1] == p.clause[pred]) {
            cs--;
        }
        if (pred == cs || (pred > cs && t.gapBefore(pred).indexOf(',') >= 0
                && Character.isUpperCase(p.text.charAt(t.start(cs))))) {
            return !(pred == 0 && Character.isUpperCase(p.text.charAt(t.start(pred))) && t.size() > 1
                    && Character.isUpperCase(p.text.charAt(t.start(1)))); // not a headline's capitalised verb
        }
        for (int j = cs; j < pred; j++) {
            if (FIRST_PERSON.contains(t.norm(j))) {
                return true;
            }
        }
        return false;
    }

    /** A recommendation ({@code should, must, need, ought}) before token {@code pred} in its clause: the writer's advice. */
    static boolean recommends(StanceScorer.Parsed p, int pred) {
        if (pred < 0) {
            return false;
        }
        for (int j = pred - 1; j >= 0 && p.clause[j] == p.clause[pred]; j--) {
            if (RECOMMENDATION.contains(p.tokens().norm(j))) {
                return true;
            }
        }
        return false;
    }

    /** True when offset {@code at} of {@code text} lies inside quotation marks opened in the sentence. */
    static boolean inQuote(String text, int at) {
        boolean open = false;
        int straight = 0;
        for (int i = 0; i < at && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '“') {
                open = true;
            } else if (c == '”') {
                open = false;
            } else if (c == '"') {
                straight++;
            }
        }
        return open || straight % 2 == 1;
    }

    /**
     * The subject of the verb at or before token {@code verb}: the noun phrase (by part-of-speech
     * tags) that ends just before the clause's first verb, as written ("The House", "Forty-one
     * House Republicans", "a senior official"). Null without tags or when the clause has none.
     */
    static String subjectBefore(StanceScorer.Parsed p, int verb) {
        if (!p.syntax()) {
            return null;
        }
        SentenceTokens t = p.tokens();
        int cs = verb;
        while (cs > 0 && p.clause[cs - 1] == p.clause[verb] && verb - cs < 30) {
            cs--; // thirty words back at most: a subject further away is not found (and not paid for)
        }
        cs = mainClauseStart(t, cs, verb);
        // The clause's first verb or auxiliary: the main verb, whose subject precedes it.
        int v = -1;
        for (int j = cs; j <= verb; j++) {
            String tag = p.tag(j, cs, verb);
            if ("VERB".equals(tag) || "AUX".equals(tag)) {
                v = j;
                break;
            }
            if ((t.norm(j).equals("who") || t.norm(j).equals("that")) && j > cs) {
                v = j; // "Republicans who oppose the package say…": the relative clause follows the subject
                break;
            }
        }
        if (v <= cs) {
            return null;
        }
        int end = v - 1;
        while (end >= cs && !NP_HEAD.contains(p.tag(end, cs, verb))) {
            if (!"ADV".equals(p.tag(end, cs, verb)) && !"PART".equals(p.tag(end, cs, verb))) {
                return null;
            }
            end--;
        }
        if (end < cs) {
            return null;
        }
        int start = end;
        if (!"PRON".equals(p.tag(end, cs, verb))) {
            while (start - 1 >= cs && !nameBoundary(t.gapBefore(start))) {
                String before = p.tag(start - 1, cs, verb);
                if (NP_TAGS.contains(before)) {
                    start--;
                } else if (t.norm(start - 1).equals("of") && start - 2 >= cs && "PROPN".equals(p.tag(start - 2, cs, verb))) {
                    start -= 2; // "the House of Representatives"
                } else {
                    break;
                }
            }
        }
        return p.text.substring(t.start(start), t.end(end));
    }

    /**
     * The noun phrase that ends right before the speech verb at {@code s} (an adverb or auxiliary may
     * stand between): "…, a senior official said" → "a senior official". Null without tags.
     */
    static String nounPhraseBefore(StanceScorer.Parsed p, int s) {
        if (!p.syntax() || s == 0) {
            return null;
        }
        SentenceTokens t = p.tokens();
        int lo = Math.max(0, s - 8);
        int end = s - 1;
        while (end >= lo && t.gapBefore(end + 1).indexOf(',') < 0
                && ("ADV".equals(p.tag(end, lo, s)) || "AUX".equals(p.tag(end, lo, s)))) {
            end--;
        }
        if (end < lo || !NP_HEAD.contains(p.tag(end, lo, s))) {
            return null;
        }
        int start = end;
        if (!"PRON".equals(p.tag(end, lo, s))) {
            while (start - 1 >= lo && !nameBoundary(t.gapBefore(start)) && !isQuoteEndAt(t, start)) {
                if (NP_TAGS.contains(p.tag(start - 1, lo, s))) {
                    start--;
                } else if (t.norm(start - 1).equals("of") && start - 2 >= lo && !nameBoundary(t.gapBefore(start - 1))
                        && "PROPN".equals(p.tag(start - 2, lo, s))) {
                    start -= 2; // "Secretary of State John Kerry said", "Travis Allen of Huntington Beach said"
                } else {
                    break;
                }
            }
        }
        return p.text.substring(t.start(start), t.end(end));
    }

    private static boolean isQuoteEndAt(SentenceTokens t, int k) {
        String g = t.gapBefore(k);
        return g.contains("”") || g.contains("\"");
    }

    /** Words that end a name after an inverted speech verb: ", said a senior official who…", "…of Georgia". */
    private static final Set<String> NAME_STOP = Set.of("who", "which", "that", "in", "at", "on", "to", "for", "of",
            "during", "after", "before", "when", "while", "as", "and", "but", "because", "adding", "noting", "citing");

    /**
     * The name right after the (inverted) speech verb at {@code s}: ", said Sen. Dale Harmon" → "Sen.
     * Dale Harmon", "according to a senior official" → "a senior official". Up to six words, ending at
     * punctuation, a relative pronoun, a preposition or a conjunction. No tagging: inverted attributions
     * are frequent in wire copy and their shape is fixed.
     */
    static String nounPhraseAfter(StanceScorer.Parsed p, int s) {
        SentenceTokens t = p.tokens();
        int n = t.size();
        int from = s + 1;
        if (t.norm(s).equals("according") && from < n && t.norm(from).equals("to")) {
            from++;
        }
        int end = from - 1;
        for (int j = from; j < n && j < from + 6; j++) {
            String gap = t.gapBefore(j);
            if (NAME_STOP.contains(t.norm(j)) || (j > from && nameBoundary(gap))) {
                break;
            }
            end = j;
        }
        if (end < from) {
            return null;
        }
        return p.text.substring(t.start(from), t.end(end));
    }

    /**
     * Punctuation that no name runs across: a comma, a colon or semicolon ("Lauren Dake:Even if…"), a
     * parenthesis, a dash or a quotation mark. A full stop does not count ("Sen. Dale Harmon").
     */
    private static boolean nameBoundary(String gap) {
        for (int i = 0; i < gap.length(); i++) {
            if (",:;()—–“”\"".indexOf(gap.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The reference to the known actor who is the speaker of the speech verb at token {@code s}, or null. */
    private static Mention speaker(StanceScorer.Parsed p, int s, Mention mention, List<Mention> refs) {
        SentenceTokens t = p.tokens();
        String text = p.text;
        int verbStart = t.start(s);
        // Subject before the verb: the closest actor whose gap to the verb is only a bridge.
        Mention before = null;
        int beforeEnd = -1;
        for (Mention a : refs) {
            if (overlaps(a, mention) || a.sentence() != mention.sentence() || a.end() > verbStart) {
                continue;
            }
            int af = t.tokenAtOrAfter(a.start());
            if (af < t.size() && p.clause[af] != p.clause[s]) {
                continue;
            }
            if (a.end() > beforeEnd && (BRIDGE.matcher(text.substring(a.end(), verbStart)).matches()
                    || relativeClauseBetween(t, a, s))) {
                before = a;
                beforeEnd = a.end();
            }
        }
        if (before != null) {
            return before;
        }
        if (s > 0 && (t.norm(s - 1).equals("and")
                || (t.norm(s).endsWith("ing") && t.gapBefore(s).indexOf(',') >= 0))) {
            // "The White House called the remarks reckless and said …", "Trump criticized them, writing
            // that …": a coordinated verb or participle shares the subject, the known actor that opens
            // the clause.
            for (Mention a : refs) {
                int af = t.tokenAtOrAfter(a.start());
                int cs = clauseStart(p, s);
                if (!overlaps(a, mention) && a.sentence() == mention.sentence() && a.end() <= verbStart
                        && af < t.size() && p.clause[af] == p.clause[s] && a.start() >= cs
                        && BRIDGE.matcher(text.substring(cs, a.start())).matches()) {
                    return a;
                }
            }
        }
        // Inverted (", said Jean-Pierre", "…,” said the White House") or "according to X": the actor after.
        boolean inverted = s == 0 || INVERSION_GAP.contains(t.gapBefore(s).strip())
                || t.gapBefore(s).strip().endsWith(",") || t.norm(s).equals("according");
        Mention after = null;
        int best = Integer.MAX_VALUE;
        for (Mention a : refs) {
            if (overlaps(a, mention) || a.sentence() != mention.sentence()) {
                continue;
            }
            int af = t.tokenAtOrAfter(a.start());
            int d = af - s;
            if (af > s && d <= 4 && d < best) {
                best = d;
                after = a;
            }
        }
        if (after != null && inverted) {
            return after;
        }
        // Subject-verb inversion without a comma after a quote: "“…,” says a new ad" has no known actor.
        if (after != null && before == null && isQuoteEnd(t, s)) {
            return after;
        }
        return null;
    }

    /**
     * "Republicans who oppose the package say…": the actor is followed by a relative pronoun and
     * the clause it opens runs, with no comma and no other actor, up to the speech verb.
     */
    private static boolean relativeClauseBetween(SentenceTokens t, Mention a, int s) {
        int af = t.tokenAtOrAfter(a.end());
        if (af >= s || !(t.norm(af).equals("who") || t.norm(af).equals("that"))) {
            return false;
        }
        for (int j = af + 1; j <= s; j++) {
            if (t.gapBefore(j).indexOf(',') >= 0 || t.gapBefore(j).indexOf('"') >= 0 || t.gapBefore(j).indexOf('“') >= 0) {
                return false;
            }
        }
        return s - af <= 10;
    }

    private static int clauseStart(StanceScorer.Parsed p, int s) {
        int k = s;
        while (k > 0 && p.clause[k - 1] == p.clause[s]) {
            k--;
        }
        return p.tokens().start(k);
    }

    private static boolean isQuoteEnd(SentenceTokens t, int s) {
        String g = t.gapBefore(s);
        return g.contains("”") || g.contains("\"");
    }

    /** Character offset where the clause of token {@code s} starts, or after the last closing quote before it. */
    private static int clauseStartText(StanceScorer.Parsed p, int s) {
        SentenceTokens t = p.tokens();
        int k = s;
        while (k > 0 && p.clause[k - 1] == p.clause[s] && !isQuoteEnd(t, k)) {
            k--;
        }
        return t.start(k);
    }

    /** {@code republicans}/{@code democrats} from the party tag closest before {@code to}, or null. */
    static String party(String text, int from, int to) {
        if (from >= to) {
            return null;
        }
        Matcher m = PARTY.matcher(text).region(from, to);
        String found = null;
        while (m.find()) {
            String tag = m.group(1) != null ? m.group(1) : m.group(2);
            found = tag.equals("D") || tag.equals("Democratic") ? "democrats" : "republicans";
        }
        return found;
    }

    private static boolean overlaps(Mention a, Mention b) {
        return a.start() < b.end() && b.start() < a.end();
    }
}
