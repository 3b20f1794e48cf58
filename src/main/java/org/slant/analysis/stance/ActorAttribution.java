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
 *   <li>If the clause has words before the predicate but no known actor, {@code other} — unless it is
 *       a recommendation ({@code should, must, need}), which is the outlet speaking; otherwise the
 *       outlet's own voice: {@code author}.</li>
 * </ol>
 * The mention itself is never its own holder. Stateless and thread-safe.
 */
public final class ActorAttribution {
    private static final Set<String> RECOMMENDATION = Set.of("should", "must", "need", "needs", "ought");
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "this", "that", "it", "to", "and",
            "in", "on", "at", "of", "for", "with", "is", "was", "would", "will", "not", "has", "have", "had",
            "be", "been");
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
    private static final Set<String> INVERSION_GAP = Set.of(",", "”", "\"", ",”", ",\"", "’", ",’");

    /** Holder of {@code stance} toward {@code mention}. */
    public String actor(StanceScorer.Parsed p, Stance stance, Mention mention, List<Mention> actorReferences) {
        SentenceTokens t = p.tokens();
        if (stance.speechToken() >= 0) {
            int s = stance.speechToken();
            String holder = speaker(p, s, mention, actorReferences);
            if (holder != null) {
                return holder;
            }
            String party = party(p.text, clauseStartText(p, s), t.start(s));
            if (party == null && (isQuoteEnd(t, s) || t.gapBefore(s).strip().endsWith(","))) {
                // inverted: "…,” said Sen. Dale Harmon (R-Kan.)."
                party = party(p.text, t.start(s), Math.min(p.text.length(), t.end(s) + 60));
            }
            return party != null ? party : ActorStance.OTHER;
        }
        int pred = stance.predicateToken();
        if (pred < 0) {
            return ActorStance.AUTHOR;
        }
        int clause = p.clause[pred];
        int clauseStart = pred;
        while (clauseStart > 0 && p.clause[clauseStart - 1] == clause) {
            clauseStart--;
        }
        String first = null;
        int firstToken = Integer.MAX_VALUE;
        String byAgent = null;
        for (Mention a : actorReferences) {
            if (overlaps(a, mention) || a.sentence() != mention.sentence()) {
                continue;
            }
            int af = t.tokenAtOrAfter(a.start());
            if (af >= clauseStart && af < pred && af < firstToken) {
                firstToken = af;
                first = a.target();
            }
            if (af > pred && af <= pred + 4 && af > 0 && t.norm(af - 1).equals("by")) {
                byAgent = a.target();
            }
        }
        if (first != null) {
            return first;
        }
        if (byAgent != null) {
            return byAgent;
        }
        String party = party(p.text, t.start(clauseStart), t.start(pred));
        if (party != null) {
            return party;
        }
        boolean content = false;
        for (int j = clauseStart; j < pred; j++) {
            String w = t.norm(j);
            if (RECOMMENDATION.contains(w)) {
                return ActorStance.AUTHOR;
            }
            if (!FUNCTION_WORDS.contains(w) && !(j >= t.tokenAtOrAfter(mention.start()) && t.start(j) < mention.end())) {
                content = true;
            }
        }
        return content ? ActorStance.OTHER : ActorStance.AUTHOR;
    }

    /** The known actor who is the speaker of the speech verb at token {@code s}, or null. */
    private static String speaker(StanceScorer.Parsed p, int s, Mention mention, List<Mention> refs) {
        SentenceTokens t = p.tokens();
        String text = p.text;
        int verbStart = t.start(s);
        // Subject before the verb: the closest actor whose gap to the verb is only a bridge.
        String before = null;
        int beforeEnd = -1;
        for (Mention a : refs) {
            if (overlaps(a, mention) || a.sentence() != mention.sentence() || a.end() > verbStart) {
                continue;
            }
            int af = t.tokenAtOrAfter(a.start());
            if (af < t.size() && p.clause[af] != p.clause[s]) {
                continue;
            }
            if (a.end() > beforeEnd && BRIDGE.matcher(text.substring(a.end(), verbStart)).matches()) {
                before = a.target();
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
                    return a.target();
                }
            }
        }
        // Inverted (", said Jean-Pierre", "…,” said the White House") or "according to X": the actor after.
        boolean inverted = s == 0 || INVERSION_GAP.contains(t.gapBefore(s).strip())
                || t.gapBefore(s).strip().endsWith(",") || t.norm(s).equals("according");
        String after = null;
        int best = Integer.MAX_VALUE;
        for (Mention a : refs) {
            if (overlaps(a, mention) || a.sentence() != mention.sentence()) {
                continue;
            }
            int af = t.tokenAtOrAfter(a.start());
            int d = af - s;
            if (af > s && d <= 4 && d < best) {
                best = d;
                after = a.target();
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
