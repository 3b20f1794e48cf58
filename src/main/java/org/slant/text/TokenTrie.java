package org.slant.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.BinaryOperator;

/**
 * The phrase matcher of every lexicon: a trie over normalised tokens whose phrase ends hold a value
 * of the caller's type (a target code, frame weights, predicate entries).
 *
 * <p>Expects: phrases as paths of {@link Edge}s, built once through a {@link Builder}; at match
 * time, a {@link TokenSequence} normalised the way the phrases were. An edge is either an exact
 * token (a hash lookup per node) or a prefix ({@code immigra} for the lexicon's {@code immigra*}):
 * the prefixes leaving one node form a character trie, so every prefix of a token is found in one
 * walk along its characters, never by a regular expression. Produces: matches as token spans
 * {@code [from, to)} with their values.
 *
 * <p>Search order, which decides ties: from a node, the exact edge first, then prefix edges longest
 * first, depth first. A longer match always beats a shorter one; of two matches of the same length
 * the one met first in that order wins (so an exact word beats a prefix, and a longer prefix a
 * shorter one). Cost per start token: one lookup per token of the longest phrase that starts there,
 * plus one step per character of a token for prefix edges.
 *
 * <p>Immutable and thread-safe once built.
 *
 * @param <V> the value at a phrase end
 */
public final class TokenTrie<V> implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    /** Receives one match: tokens {@code [from, to)} and the value stored at the phrase's end. */
    @FunctionalInterface
    public interface Hit<V> {
        void accept(int from, int to, V value);
    }

    /** One step of a phrase: a whole token, or a prefix that matches any token starting with it. */
    public record Edge(String text, boolean prefix) {
        public Edge {
            Objects.requireNonNull(text, "text");
            if (text.isEmpty()) {
                throw new IllegalArgumentException("an edge needs at least one character");
            }
        }

        public static Edge exact(String token) {
            return new Edge(token, false);
        }

        public static Edge prefix(String prefix) {
            return new Edge(prefix, true);
        }

        @Override
        public String toString() {
            return prefix ? text + "*" : text;
        }
    }

    private final Node<V> root;

    private TokenTrie(Node<V> root) {
        this.root = root;
    }

    /** A builder whose {@code merge} combines the value already at a phrase end with a new one. */
    public static <V> Builder<V> builder(BinaryOperator<V> merge) {
        return new Builder<>(merge);
    }

    /**
     * Every phrase that starts at token {@code from}, in search order (for exact phrases: shortest
     * first).
     */
    public void forEachAt(TokenSequence tokens, int from, Hit<V> hit) {
        all(root, tokens, from, from, hit);
    }

    /**
     * Left to right, the longest phrase starting at each token; its tokens are consumed, so each
     * token belongs to at most one match.
     *
     * @return the number of tokens covered by matches
     */
    public int forEachLongest(TokenSequence tokens, Hit<V> hit) {
        Best<V> best = new Best<>();
        int covered = 0;
        int i = 0;
        int n = tokens.size();
        while (i < n) {
            best.length = 0;
            best.value = null;
            longest(root, tokens, i, 0, best);
            if (best.value == null) {
                i++;
                continue;
            }
            hit.accept(i, i + best.length, best.value);
            covered += best.length;
            i += best.length;
        }
        return covered;
    }

    private static <V> void all(Node<V> node, TokenSequence tokens, int from, int at, Hit<V> hit) {
        if (node.value != null && at > from) {
            hit.accept(from, at, node.value);
        }
        if (at >= tokens.size()) {
            return;
        }
        String token = tokens.token(at);
        if (node.exact != null) {
            Node<V> next = node.exact.get(token);
            if (next != null) {
                all(next, tokens, from, at + 1, hit);
            }
        }
        if (node.prefixes != null) {
            allPrefixes(node.prefixes, token, 0, tokens, from, at + 1, hit);
        }
    }

    /** Descends into each prefix edge of {@code token[pos..]} at or below {@code c}, longest first. */
    private static <V> void allPrefixes(Chars<V> c, String token, int pos, TokenSequence tokens, int from, int at,
                                        Hit<V> hit) {
        Chars<V> deeper = c.step(token, pos);
        if (deeper != null) {
            allPrefixes(deeper, token, pos + 1, tokens, from, at, hit);
        }
        if (c.target != null) {
            all(c.target, tokens, from, at, hit);
        }
    }

    private static <V> void longest(Node<V> node, TokenSequence tokens, int start, int depth, Best<V> best) {
        if (node.value != null && depth > best.length) {
            best.length = depth;
            best.value = node.value;
        }
        int at = start + depth;
        if (at >= tokens.size()) {
            return;
        }
        String token = tokens.token(at);
        if (node.exact != null) {
            Node<V> next = node.exact.get(token);
            if (next != null) {
                longest(next, tokens, start, depth + 1, best);
            }
        }
        if (node.prefixes != null) {
            longestPrefixes(node.prefixes, token, 0, tokens, start, depth + 1, best);
        }
    }

    private static <V> void longestPrefixes(Chars<V> c, String token, int pos, TokenSequence tokens, int start,
                                            int depth, Best<V> best) {
        Chars<V> deeper = c.step(token, pos);
        if (deeper != null) {
            longestPrefixes(deeper, token, pos + 1, tokens, start, depth, best);
        }
        if (c.target != null) {
            longest(c.target, tokens, start, depth, best);
        }
    }

    /** Longest match found so far at one start position. */
    private static final class Best<V> {
        int length;
        V value;
    }

    /** Token trie node; written only while the builder runs. */
    private static final class Node<V> implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        Map<String, Node<V>> exact;
        Chars<V> prefixes;
        V value;
    }

    /**
     * The prefix edges leaving one token node, as a character trie: {@code target} is the token node
     * reached when the characters so far are a whole prefix.
     */
    private static final class Chars<V> implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        TreeMap<Character, Chars<V>> building = new TreeMap<>();
        char[] keys;
        Chars<V>[] next;
        Node<V> target;

        /** The child for {@code token.charAt(at)}, or null (also past the token's end). */
        Chars<V> step(String token, int at) {
            if (at >= token.length()) {
                return null;
            }
            int k = Arrays.binarySearch(keys, token.charAt(at));
            return k >= 0 ? next[k] : null;
        }

        @SuppressWarnings("unchecked")
        void freeze() {
            keys = new char[building.size()];
            next = new Chars[building.size()];
            int i = 0;
            for (Map.Entry<Character, Chars<V>> e : building.entrySet()) {
                keys[i] = e.getKey();
                next[i] = e.getValue();
                next[i].freeze();
                i++;
            }
            building = null;
        }
    }

    /** Collects phrases; not thread-safe, and spent once {@link #build()} has run. */
    public static final class Builder<V> {
        private final BinaryOperator<V> merge;
        private Node<V> root = new Node<>();
        private final List<Chars<V>> charTries = new ArrayList<>();

        private Builder(BinaryOperator<V> merge) {
            this.merge = merge;
        }

        /** Adds {@code value} at the end of {@code path}, merged with any value already there. */
        public Builder<V> add(List<Edge> path, V value) {
            Objects.requireNonNull(value, "value");
            if (path.isEmpty()) {
                throw new IllegalArgumentException("a phrase needs at least one token");
            }
            Node<V> node = root;
            for (Edge e : path) {
                node = e.prefix() ? prefixChild(node, e.text()) : exactChild(node, e.text());
            }
            node.value = node.value == null ? value : merge.apply(node.value, value);
            return this;
        }

        /** Adds a phrase of exact tokens. */
        public Builder<V> add(String[] tokens, V value) {
            Edge[] path = new Edge[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                path[i] = Edge.exact(tokens[i]);
            }
            return add(List.of(path), value);
        }

        public TokenTrie<V> build() {
            if (root == null) {
                throw new IllegalStateException("build() was already called");
            }
            for (Chars<V> c : charTries) {
                c.freeze();
            }
            TokenTrie<V> trie = new TokenTrie<>(root);
            root = null;
            return trie;
        }

        private static <V> Node<V> exactChild(Node<V> node, String token) {
            if (node.exact == null) {
                node.exact = new HashMap<>(4);
            }
            return node.exact.computeIfAbsent(token, k -> new Node<>());
        }

        private Node<V> prefixChild(Node<V> node, String prefix) {
            if (node.prefixes == null) {
                node.prefixes = new Chars<>();
                charTries.add(node.prefixes);
            }
            Chars<V> c = node.prefixes;
            for (int i = 0; i < prefix.length(); i++) {
                c = c.building.computeIfAbsent(prefix.charAt(i), k -> new Chars<>());
            }
            if (c.target == null) {
                c.target = new Node<>();
            }
            return c.target;
        }
    }
}
