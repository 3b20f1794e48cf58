package org.slant.analysis.stance;

import java.util.List;
import java.util.Set;

import org.slant.analysis.targets.Mention;
import org.slant.analysis.targets.SentenceTokens;

/**
 * Who holds a stance that a sentence expresses.
 *
 * <p>Expects: a parsed sentence, its {@link Stance} toward a mention, the mention, and the actor
 * references of the same sentence ({@link org.slant.analysis.targets.MentionFinder.Found#actorReferences()}:
 * actor aliases and speaker aliases). Produces an actor id, in this order of rules:
 * <ol>
 *   <li><b>Reported speech</b>: the actor named next to the speech verb — just before it ("Jean-Pierre
 *       said", "Trump told reporters") or just after it (", said Jean-Pierre", "according to the White
 *       House"); an unknown speaker ("the senator said") gives {@code other}.</li>
 *   <li><b>Agent of the predicate</b>: the first actor named in the predicate's clause before it (the
 *       main-clause subject: "Trump urged Republicans to block the aid" → trump), else the actor after a
 *       passive "by"; if the clause has words before the predicate but no known actor, {@code other}
 *       — unless it is a recommendation ({@code should, must, need}), which is the outlet speaking.</li>
 *   <li>Otherwise the outlet's own voice: {@code author}.</li>
 * </ol>
 * The mention itself is never its own holder. Stateless and thread-safe.
 */
public final class ActorAttribution {
    private static final Set<String> RECOMMENDATION = Set.of("should", "must", "need", "needs", "ought");
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "this", "that", "it", "to", "and",
            "in", "on", "at", "of", "for", "with", "is", "was", "would", "will", "not", "has", "have", "had",
            "be", "been");

    /** Holder of {@code stance} toward {@code mention}. */
    public String actor(StanceScorer.Parsed p, Stance stance, Mention mention, List<Mention> actorReferences) {
        SentenceTokens t = p.tokens();
        if (stance.speechToken() >= 0) {
            int s = stance.speechToken();
            String before = null;
            int bestDistance = Integer.MAX_VALUE;
            for (Mention a : actorReferences) {
                if (overlaps(a, mention) || a.sentence() != mention.sentence()) {
                    continue;
                }
                int af = t.tokenAtOrAfter(a.start());
                int al = lastToken(t, a);
                int d;
                if (al < s) {
                    d = s - al;
                    if (d > 6) {
                        continue;
                    }
                } else if (af > s) {
                    d = af - s + 1; // slightly prefer the name before the verb
                    if (d > 5) {
                        continue;
                    }
                } else {
                    continue;
                }
                if (d < bestDistance) {
                    bestDistance = d;
                    before = a.target();
                }
            }
            return before != null ? before : ActorStance.OTHER;
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

    private static int lastToken(SentenceTokens t, Mention a) {
        int k = t.tokenAtOrAfter(a.start());
        while (k + 1 < t.size() && t.start(k + 1) < a.end()) {
            k++;
        }
        return k;
    }

    private static boolean overlaps(Mention a, Mention b) {
        return a.start() < b.end() && b.start() < a.end();
    }
}
