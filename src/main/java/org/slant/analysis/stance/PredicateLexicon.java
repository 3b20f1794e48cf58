package org.slant.analysis.stance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.slant.analysis.targets.SentenceTokens;
import org.slant.text.TokenTrie;

/**
 * The stance cue words of {@code predicates.tsv} (format documented in the file), matched over
 * {@link SentenceTokens} by a {@link TokenTrie}. Each phrase's first word also matches its regular
 * inflections, its last word too (unless short), and {@code poss} any possessive determiner; all
 * forms are generated once at load time. Immutable and thread-safe.
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

    /** Phrase end → the entries ending there, in file order (the first wins a tie). */
    private final TokenTrie<List<Entry>> phrases;

    private PredicateLexicon(TokenTrie<List<Entry>> phrases) {
        this.phrases = phrases;
    }

    static PredicateLexicon load() {
        TokenTrie.Builder<List<Entry>> trie = TokenTrie.builder(PredicateLexicon::append);
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
            // Each word position accepts a set of forms; the trie holds every combination.
            List<Set<String>> slots = new ArrayList<>();
            slots.add(kind == Kind.NEG || kind == Kind.MODAL ? Set.of(words[0]) : inflections(words[0]));
            for (int k = 0; k < rest.length; k++) {
                Set<String> slot = new LinkedHashSet<>();
                slot.add(rest[k]);
                if (k == rest.length - 1) {
                    slot.addAll(lastForms);
                }
                if (rest[k].equals(POSS)) {
                    slot.addAll(POSSESSIVES);
                }
                slots.add(slot);
            }
            addAll(trie, slots, new ArrayList<>(), e);
        }
        return new PredicateLexicon(trie.build());
    }

    private static void addAll(TokenTrie.Builder<List<Entry>> trie, List<Set<String>> slots, List<TokenTrie.Edge> path,
                               Entry e) {
        if (path.size() == slots.size()) {
            trie.add(List.copyOf(path), List.of(e));
            return;
        }
        for (String form : slots.get(path.size())) {
            path.add(TokenTrie.Edge.exact(form));
            addAll(trie, slots, path, e);
            path.remove(path.size() - 1);
        }
    }

    private static List<Entry> append(List<Entry> entries, List<Entry> more) {
        List<Entry> out = new ArrayList<>(entries);
        out.addAll(more);
        return List.copyOf(out);
    }

    /** Longest entry starting at each token, left to right, non-overlapping. */
    List<Hit> find(SentenceTokens t) {
        List<Hit> out = new ArrayList<>(4);
        phrases.forEachLongest(t, (from, to, entries) -> out.add(new Hit(from, to - 1, entries.get(0))));
        return out;
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
            if (last == 'o') {
                s.add(w + "es"); // "vetoes", "torpedoes"
            }
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
