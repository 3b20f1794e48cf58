package org.slant.analysis.frames;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.slant.config.ConfigText;
import org.slant.text.WordTokenizer;

/**
 * Per-frame cue lexicon (words, {@code *} stems and phrases with weights), compiled for fast
 * matching.
 *
 * <p>Expects: a lexicon in the {@code frames.tsv} format: one {@code frame<TAB>cue<TAB>weight} per
 * line, {@code #} comments and blank lines ignored; see the header of the built-in
 * {@code org/slant/analysis/frames/frames.tsv} for the full description. Produces: a token trie
 * whose edges are either exact tokens (a hash map per node) or stems (a small sorted prefix table
 * per node, searched by binary search), so matching a sentence costs a few map lookups per word and
 * never runs a regular expression. Each cue ends at a node holding its weight for every frame it
 * was listed under.
 *
 * <p>Build once (per partition or per JVM) and share: immutable and thread-safe once constructed.
 */
public final class FrameLexicon implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    /** Longest cue, in tokens; longer phrases are almost certainly a missing TAB. */
    static final int MAX_CUE_TOKENS = 8;
    static final double MAX_WEIGHT = 10;
    private static final String BUILT_IN = "frames.tsv";

    private final Node root;
    private final String source;
    private final int size;
    private final Map<Frame, Integer> cuesPerFrame;

    private FrameLexicon(Node root, String source, int size, Map<Frame, Integer> cuesPerFrame) {
        this.root = root;
        this.source = source;
        this.size = size;
        this.cuesPerFrame = cuesPerFrame;
    }

    /** The lexicon that ships with slant ({@code org/slant/analysis/frames/frames.tsv}). */
    public static FrameLexicon builtIn() {
        try (InputStream in = FrameLexicon.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("built-in frame lexicon " + BUILT_IN + " is missing from the classpath");
            }
            return parse(in, "built-in " + BUILT_IN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a lexicon in the {@code frames.tsv} format (strict UTF-8: bytes that are not UTF-8 are an
     * error naming the line). The stream is read to its end but not
     * closed.
     *
     * @param fileName named in error messages
     * @throws IllegalArgumentException for a malformed line (unknown frame id, bad weight, empty or
     *     unusable cue, a cue listed twice for one frame), naming {@code fileName} and the line number
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static FrameLexicon parse(InputStream in, String fileName) {
        CueTokens cueTokens = new CueTokens(new WordTokenizer());
        Node root = new Node();
        Map<String, Integer> firstLine = new HashMap<>();
        Map<Frame, Integer> perFrame = new EnumMap<>(Frame.class);
        int size = 0;
        BufferedReader reader = new BufferedReader(new StringReader(ConfigText.read(in, fileName)));
        int lineNo = 0;
        try {
            String line;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                    line = line.substring(1);
                }
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length < 2 || cols.length > 3) {
                    throw error(fileName, lineNo, "expected frame<TAB>cue<TAB>weight, found " + cols.length + " column(s)");
                }
                Frame frame = Frame.lookup(cols[0]);
                if (frame == null) {
                    throw error(fileName, lineNo, "unknown frame id '" + cols[0].strip() + "', expected one of "
                            + Frame.IDS.subList(0, Frame.COUNT - 1));
                }
                if (frame == Frame.OTHER) {
                    throw error(fileName, lineNo, "frame 'other' takes no cues (it is what texts without cues get)");
                }
                double weight = cols.length == 3 && !cols[2].isBlank() ? weight(cols[2], fileName, lineNo) : 1.0;
                List<Edge> path = cue(cols[1], cueTokens, fileName, lineNo);
                String key = frame.id() + "\t" + path;
                Integer earlier = firstLine.putIfAbsent(key, lineNo);
                if (earlier != null) {
                    throw error(fileName, lineNo, "cue '" + cols[1].strip() + "' is listed twice for " + frame.id()
                            + " (first on line " + earlier + ")");
                }
                Node node = root;
                for (Edge e : path) {
                    node = node.child(e);
                }
                if (node.weights == null) {
                    node.weights = new double[Frame.COUNT];
                }
                node.weights[frame.ordinal()] = weight;
                perFrame.merge(frame, 1, Integer::sum);
                size++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read frame lexicon " + fileName + " (line " + lineNo + ")", e);
        }
        if (size == 0) {
            throw new IllegalArgumentException(fileName + ": the frame lexicon has no cues");
        }
        root.freeze();
        return new FrameLexicon(root, fileName, size, Map.copyOf(perFrame));
    }

    /** Where this lexicon was read from, as named to {@link #parse}. */
    public String source() {
        return source;
    }

    /** Number of (frame, cue) entries. */
    public int size() {
        return size;
    }

    /** Number of cues listed for {@code frame} (0 for {@link Frame#OTHER}). */
    public int cueCount(Frame frame) {
        return cuesPerFrame.getOrDefault(frame, 0);
    }

    /**
     * Adds the weights of the cues found in {@code tokens} to {@code sums} (indexed by
     * {@link Frame#ordinal()}) and raises {@code strongest} to the largest single cue weight seen per
     * frame ({@code strongest} may be {@code null}). Cues are matched left to right; at each token the
     * longest cue wins (an exact word beats a stem of the same length, a longer stem a shorter one)
     * and its tokens are consumed, so every token counts for at most one cue.
     *
     * @return the number of tokens covered by cues
     */
    int accumulate(String[] tokens, double[] sums, double[] strongest) {
        Best best = new Best();
        int covered = 0;
        int i = 0;
        while (i < tokens.length) {
            best.length = 0;
            best.weights = null;
            longest(root, tokens, i, 0, best);
            if (best.weights == null) {
                i++;
                continue;
            }
            double[] w = best.weights;
            for (int f = 0; f < w.length; f++) {
                if (w[f] != 0) {
                    sums[f] += w[f];
                    if (strongest != null && w[f] > strongest[f]) {
                        strongest[f] = w[f];
                    }
                }
            }
            covered += best.length;
            i += best.length;
        }
        return covered;
    }

    private static void longest(Node node, String[] tokens, int start, int depth, Best best) {
        if (node.weights != null && depth > best.length) {
            best.length = depth;
            best.weights = node.weights;
        }
        int at = start + depth;
        if (at >= tokens.length || depth >= MAX_CUE_TOKENS) {
            return;
        }
        String token = tokens[at];
        if (node.exact != null) {
            Node next = node.exact.get(token);
            if (next != null) {
                longest(next, tokens, start, depth + 1, best);
            }
        }
        String[] stems = node.stems;
        if (stems != null) {
            // Visit every stem that is a prefix of the token, longest first (see floor()).
            int end = token.length();
            while (end > 0) {
                int k = floor(stems, token, end);
                if (k < 0) {
                    break;
                }
                String stem = stems[k];
                int common = commonPrefix(stem, token, end);
                if (common == stem.length()) {
                    longest(node.stemChildren[k], tokens, start, depth + 1, best);
                    end = stem.length() - 1;
                } else {
                    // Every stem that is a prefix of token[0, end) is then a prefix of token[0, common).
                    end = common;
                }
            }
        }
    }

    /** Index of the greatest stem that is <= token[0, end) in lexicographic order, or -1. */
    private static int floor(String[] stems, String token, int end) {
        int lo = 0;
        int hi = stems.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (compare(stems[mid], token, end) <= 0) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    private static int compare(String stem, String token, int end) {
        int n = Math.min(stem.length(), end);
        for (int i = 0; i < n; i++) {
            int d = stem.charAt(i) - token.charAt(i);
            if (d != 0) {
                return d;
            }
        }
        return stem.length() - end;
    }

    private static int commonPrefix(String a, String b, int bEnd) {
        int n = Math.min(a.length(), bEnd);
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    private static double weight(String text, String fileName, int lineNo) {
        double w;
        try {
            w = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw error(fileName, lineNo, "weight '" + text.strip() + "' is not a number");
        }
        if (!(w > 0) || w > MAX_WEIGHT || Double.isNaN(w)) {
            throw error(fileName, lineNo, "weight " + text.strip() + " is outside (0, " + (int) MAX_WEIGHT + "]");
        }
        return w;
    }

    private static List<Edge> cue(String text, CueTokens cueTokens, String fileName, int lineNo) {
        String cue = text.strip();
        if (cue.isEmpty()) {
            throw error(fileName, lineNo, "empty cue");
        }
        List<Edge> path = new ArrayList<>();
        for (String word : cue.split("\\s+")) {
            if (word.equals(CueTokens.MONEY)) {
                path.add(new Edge(CueTokens.MONEY, false));
                continue;
            }
            boolean stem = word.endsWith("*");
            String bare = stem ? word.substring(0, word.length() - 1) : word;
            if (bare.indexOf('*') >= 0) {
                throw error(fileName, lineNo, "'*' may only end a word, in cue '" + cue + "'");
            }
            String[] tokens = cueTokens.tokens(bare);
            if (tokens.length == 0) {
                throw error(fileName, lineNo, "cue word '" + word + "' has no letters or digits");
            }
            if (stem) {
                if (tokens.length != 1) {
                    throw error(fileName, lineNo, "stem '" + word + "' must be a single word");
                }
                // A stem is matched against the raw lower-cased token, so keep its spelling as written.
                String prefix = bare.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
                if (prefix.codePointCount(0, prefix.length()) < 2) {
                    throw error(fileName, lineNo, "stem '" + word + "' is too short (at least 2 characters before '*')");
                }
                path.add(new Edge(prefix, true));
            } else {
                for (String t : tokens) {
                    path.add(new Edge(t, false));
                }
            }
        }
        if (path.size() > MAX_CUE_TOKENS) {
            throw error(fileName, lineNo, "cue '" + cue + "' has more than " + MAX_CUE_TOKENS + " words (missing TAB?)");
        }
        return path;
    }

    private static IllegalArgumentException error(String fileName, int lineNo, String message) {
        return new IllegalArgumentException(fileName + ":" + lineNo + ": " + message);
    }

    private record Edge(String text, boolean stem) {
        @Override
        public String toString() {
            return stem ? text + "*" : text;
        }
    }

    /** Longest match found so far at one start position. */
    private static final class Best {
        int length;
        double[] weights;
    }

    /** Trie node; mutable only while {@link #parse} builds it, then frozen and never written again. */
    private static final class Node implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        Map<String, Node> exact;
        TreeMap<String, Node> stemBuild;
        String[] stems;
        Node[] stemChildren;
        double[] weights;

        Node child(Edge e) {
            if (e.stem()) {
                if (stemBuild == null) {
                    stemBuild = new TreeMap<>();
                }
                return stemBuild.computeIfAbsent(e.text(), k -> new Node());
            }
            if (exact == null) {
                exact = new HashMap<>();
            }
            return exact.computeIfAbsent(e.text(), k -> new Node());
        }

        void freeze() {
            if (exact != null) {
                for (Node n : exact.values()) {
                    n.freeze();
                }
            }
            if (stemBuild != null) {
                // TreeMap iterates in String.compareTo order, the order floor() and compare() assume.
                stems = stemBuild.keySet().toArray(new String[0]);
                stemChildren = stemBuild.values().toArray(new Node[0]);
                stemBuild = null;
                for (Node n : stemChildren) {
                    n.freeze();
                }
            }
        }
    }
}
