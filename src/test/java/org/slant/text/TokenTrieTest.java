package org.slant.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.slant.text.TokenTrie.Edge;

class TokenTrieTest {

    private static TokenTrie<String> trie(Map<List<Edge>, String> phrases) {
        TokenTrie.Builder<String> b = TokenTrie.builder((a, c) -> a + "+" + c);
        phrases.forEach(b::add);
        return b.build();
    }

    private static List<Edge> path(String phrase) {
        List<Edge> p = new ArrayList<>();
        for (String w : phrase.split(" ")) {
            p.add(w.endsWith("*") ? Edge.prefix(w.substring(0, w.length() - 1)) : Edge.exact(w));
        }
        return p;
    }

    private static List<String> longest(TokenTrie<String> trie, String sentence) {
        List<String> out = new ArrayList<>();
        trie.forEachLongest(TokenSequence.of(sentence.split(" ")), (from, to, v) -> out.add(from + "-" + to + ":" + v));
        return out;
    }

    @Test
    void longestMatchWinsAndConsumesItsTokens() {
        Map<List<Edge>, String> p = new LinkedHashMap<>();
        p.put(path("border"), "A");
        p.put(path("border security"), "B");
        p.put(path("security"), "C");
        TokenTrie<String> t = trie(p);
        assertEquals(List.of("1-3:B"), longest(t, "the border security bill"));
        assertEquals(List.of("1-2:A", "3-4:C"), longest(t, "the border and security"));
    }

    @Test
    void exactBeatsPrefixAndLongerPrefixBeatsShorter() {
        Map<List<Edge>, String> p = new LinkedHashMap<>();
        p.put(path("immigr*"), "short");
        p.put(path("immigra*"), "long");
        p.put(path("immigrants"), "exact");
        TokenTrie<String> t = trie(p);
        assertEquals(List.of("0-1:exact"), longest(t, "immigrants"));
        assertEquals(List.of("0-1:long"), longest(t, "immigration"));
        assertEquals(List.of("0-1:short"), longest(t, "immigre"));
        assertEquals(List.of(), longest(t, "immi"));
        // A prefix as long as the token matches it.
        assertEquals(List.of("0-1:long"), longest(t, "immigra"));
    }

    @Test
    void forEachAtReportsEveryPhraseStartingThere() {
        Map<List<Edge>, String> p = new LinkedHashMap<>();
        p.put(path("new"), "1");
        p.put(path("new york"), "2");
        p.put(path("new york times"), "3");
        TokenTrie.Builder<String> b = TokenTrie.builder((a, c) -> a + "+" + c);
        p.forEach(b::add);
        b.add(path("new york"), "2b");
        TokenTrie<String> t = b.build();
        List<String> out = new ArrayList<>();
        t.forEachAt(TokenSequence.of("the new york times".split(" ")), 1, (from, to, v) -> out.add(from + "-" + to + ":" + v));
        assertEquals(List.of("1-2:1", "1-3:2+2b", "1-4:3"), out);
    }

    @Test
    void emptyPhraseIsRefused() {
        TokenTrie.Builder<String> b = TokenTrie.builder((a, c) -> a);
        assertThrows(IllegalArgumentException.class, () -> b.add(List.of(), "x"));
        assertThrows(IllegalArgumentException.class, () -> Edge.prefix(""));
    }

    /** Random lexicons and sentences against a brute-force matcher that tries every phrase. */
    @Test
    void agreesWithBruteForce() {
        Random random = new Random(7);
        String[] words = {"a", "ab", "abc", "abd", "b", "ba", "bab", "c"};
        for (int round = 0; round < 300; round++) {
            Map<List<Edge>, String> phrases = new LinkedHashMap<>();
            int n = 1 + random.nextInt(8);
            for (int k = 0; k < n; k++) {
                List<Edge> path = new ArrayList<>();
                int len = 1 + random.nextInt(3);
                for (int j = 0; j < len; j++) {
                    String w = words[random.nextInt(words.length)];
                    path.add(random.nextInt(3) == 0 ? Edge.prefix(w) : Edge.exact(w));
                }
                phrases.merge(path, "p" + k, (a, c) -> a + "+" + c);
            }
            String[] sentence = new String[random.nextInt(7)];
            for (int j = 0; j < sentence.length; j++) {
                sentence[j] = words[random.nextInt(words.length)];
            }
            List<String> expected = bruteLongest(phrases, sentence);
            List<String> actual = new ArrayList<>();
            trie(phrases).forEachLongest(TokenSequence.of(sentence), (f, t, v) -> actual.add(f + "-" + t + ":" + v));
            assertEquals(expected, actual, () -> phrases + " on " + String.join(" ", sentence));
        }
    }

    private static List<String> bruteLongest(Map<List<Edge>, String> phrases, String[] s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length) {
            List<Edge> best = null;
            for (List<Edge> p : phrases.keySet()) {
                if (matches(p, s, i) && (best == null || p.size() > best.size()
                        || p.size() == best.size() && before(p, best, s, i))) {
                    best = p;
                }
            }
            if (best == null) {
                i++;
            } else {
                out.add(i + "-" + (i + best.size()) + ":" + phrases.get(best));
                i += best.size();
            }
        }
        return out;
    }

    private static boolean matches(List<Edge> p, String[] s, int i) {
        if (i + p.size() > s.length) {
            return false;
        }
        for (int k = 0; k < p.size(); k++) {
            Edge e = p.get(k);
            if (e.prefix() ? !s[i + k].startsWith(e.text()) : !s[i + k].equals(e.text())) {
                return false;
            }
        }
        return true;
    }

    /** The documented tie order: at the first differing step, exact before prefix, longer prefix first. */
    private static boolean before(List<Edge> p, List<Edge> q, String[] s, int i) {
        for (int k = 0; k < p.size(); k++) {
            int a = rank(p.get(k));
            int b = rank(q.get(k));
            if (a != b) {
                return a < b;
            }
        }
        return false;
    }

    private static int rank(Edge e) {
        return e.prefix() ? 1000 - e.text().length() : 0;
    }
}
