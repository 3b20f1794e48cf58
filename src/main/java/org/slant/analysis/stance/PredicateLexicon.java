package org.slant.analysis.stance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.slant.analysis.targets.SentenceTokens;

/**
 * The stance cue words of {@code predicates.tsv} (format documented in the file), matched over
 * {@link SentenceTokens}. Each phrase's first word also matches its regular inflections, generated
 * once at load time. Immutable and thread-safe.
 */
final class PredicateLexicon {
    static final String RESOURCE = "predicates.tsv";

    enum Kind { ACT, EVAL, EFFECT, OUTCOME, NEG, MODAL, SPEECH }

    /**
     * One lexicon entry. {@code rest} are the words after the first. {@code actorPolarity} is the
     * polarity of an {@code eval} row with the same phrase as this {@code act} row ("defend",
     * "champion" are both), used when the mention is an actor; 0 if there is none.
     */
    record Entry(String phrase, String[] rest, Set<String> lastForms, double polarity, Kind kind, double actorPolarity) {
        Entry(String phrase, String[] rest, Set<String> lastForms, double polarity, Kind kind) {
            this(phrase, rest, lastForms, polarity, kind, 0);
        }
    }

    /** Placeholder word in a phrase that matches one possessive determiner ("drag POSS feet"). */
    static final String POSS = "poss";
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "its", "our", "my", "your", "the");

    /** A match in a sentence: tokens {@code [from, to]}. */
    record Hit(int from, int to, Entry entry) {
    }

    private final Map<String, List<Entry>> byFirst;

    private PredicateLexicon(Map<String, List<Entry>> byFirst) {
        this.byFirst = byFirst;
    }

    static PredicateLexicon load() {
        Map<String, List<Entry>> m = new HashMap<>();
        Map<String, Double> evalPolarity = new HashMap<>();
        List<String[]> rows = Lexicons.rows(PredicateLexicon.class, RESOURCE);
        for (String[] f : rows) {
            if (f.length >= 3 && f[2].equalsIgnoreCase("eval")) {
                evalPolarity.put(f[0], Double.parseDouble(f[1]));
            }
        }
        for (String[] f : rows) {
            if (f.length < 3) {
                throw new IllegalArgumentException(RESOURCE + ": row '" + String.join(" ", f) + "' needs 3 fields");
            }
            String[] words = SentenceTokens.normalize(f[0]);
            Kind kind = Kind.valueOf(f[2].toUpperCase(Locale.ROOT));
            String[] rest = java.util.Arrays.copyOfRange(words, 1, words.length);
            // The last word of a phrase also inflects ("co-sponsors", "discharge petitions"), but not
            // short function words ("off the floor", "stand by").
            Set<String> lastForms = rest.length == 0 || kind == Kind.NEG || kind == Kind.MODAL
                    || rest[rest.length - 1].length() < 4 ? Set.of() : Set.copyOf(inflections(rest[rest.length - 1]));
            Entry e = new Entry(f[0], rest, lastForms, Double.parseDouble(f[1]), kind,
                    kind == Kind.ACT ? evalPolarity.getOrDefault(f[0], 0.0) : 0);
            Set<String> forms = kind == Kind.NEG || kind == Kind.MODAL ? Set.of(words[0]) : inflections(words[0]);
            for (String form : forms) {
                m.computeIfAbsent(form, k -> new ArrayList<>()).add(e);
            }
        }
        Map<String, List<Entry>> frozen = new HashMap<>();
        m.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new PredicateLexicon(Map.copyOf(frozen));
    }

    /** Longest entry starting at each token, left to right, non-overlapping. */
    List<Hit> find(SentenceTokens t) {
        List<Hit> out = new ArrayList<>(4);
        int n = t.size();
        for (int i = 0; i < n; i++) {
            List<Entry> candidates = byFirst.get(t.norm(i));
            if (candidates == null) {
                continue;
            }
            Entry best = null;
            for (Entry e : candidates) {
                if (i + e.rest().length < n && matchesRest(t, i + 1, e)
                        && (best == null || e.rest().length > best.rest().length)) {
                    best = e;
                }
            }
            if (best != null) {
                out.add(new Hit(i, i + best.rest().length, best));
                i += best.rest().length;
            }
        }
        return out;
    }

    private static boolean matchesRest(SentenceTokens t, int from, Entry e) {
        String[] rest = e.rest();
        for (int k = 0; k < rest.length; k++) {
            String w = t.norm(from + k);
            if (!w.equals(rest[k]) && !(k == rest.length - 1 && e.lastForms().contains(w))
                    && !(rest[k].equals(POSS) && POSSESSIVES.contains(w))) {
                return false;
            }
        }
        return true;
    }

    /** A word and its regular English verb/noun inflections (over-generation is harmless here). */
    static Set<String> inflections(String w) {
        Set<String> s = new LinkedHashSet<>();
        s.add(w);
        if (w.length() < 2 || !Character.isLetter(w.charAt(w.length() - 1))) {
            return s;
        }
        char last = w.charAt(w.length() - 1);
        boolean vowelBefore = w.length() > 1 && "aeiou".indexOf(w.charAt(w.length() - 2)) >= 0;
        if (last == 'e') {
            String stem = w.substring(0, w.length() - 1);
            s.add(w + "s");
            s.add(w + "d");
            s.add(stem + "ing");
        } else if (last == 'y' && !vowelBefore) {
            String stem = w.substring(0, w.length() - 1);
            s.add(stem + "ies");
            s.add(stem + "ied");
            s.add(w + "ing");
        } else {
            boolean sibilant = w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch") || w.endsWith("sh");
            s.add(w + (sibilant ? "es" : "s"));
            s.add(w + "ed");
            s.add(w + "ing");
            if ("aeiouwxy".indexOf(last) < 0 && vowelBefore) {
                s.add(w + last + "ed");
                s.add(w + last + "ing");
            }
        }
        return s;
    }
}
