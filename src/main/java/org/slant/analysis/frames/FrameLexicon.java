package org.slant.analysis.frames;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slant.config.ConfigText;
import org.slant.text.Resources;
import org.slant.text.TokenSequence;
import org.slant.text.TokenTrie;
import org.slant.text.WordTokenizer;

/**
 * Per-frame cue lexicon (words, {@code *} stems and phrases with weights), compiled for fast
 * matching.
 *
 * <p>Expects: a lexicon in the {@code frames.tsv} format: one {@code frame<TAB>cue<TAB>weight} per
 * line, {@code #} comments and blank lines ignored; see the header of the built-in
 * {@code org/slant/analysis/frames/frames.tsv} for the full description. Produces: a
 * {@link TokenTrie} whose edges are exact tokens or stems (prefix edges, a character trie per node),
 * so matching a sentence costs a few map lookups per word and never runs a regular expression. Each
 * cue ends at a node holding its weight for every frame it was listed under.
 *
 * <p>Build once (per partition or per JVM) and share: immutable and thread-safe once constructed.
 */
public final class FrameLexicon implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    /** Longest cue, in tokens; longer phrases are almost certainly a missing TAB. */
    static final int MAX_CUE_TOKENS = 8;
    static final double MAX_WEIGHT = 10;
    private static final String BUILT_IN = "frames.tsv";

    private final TokenTrie<double[]> cues;
    private final String source;
    private final int size;
    private final Map<Frame, Integer> cuesPerFrame;

    private FrameLexicon(TokenTrie<double[]> cues, String source, int size, Map<Frame, Integer> cuesPerFrame) {
        this.cues = cues;
        this.source = source;
        this.size = size;
        this.cuesPerFrame = cuesPerFrame;
    }

    /** The lexicon that ships with slant ({@code org/slant/analysis/frames/frames.tsv}). */
    public static FrameLexicon builtIn() {
        try (InputStream in = Resources.open(FrameLexicon.class, BUILT_IN)) {
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
        // A cue listed under several frames ends at one node holding the weights of all of them.
        TokenTrie.Builder<double[]> trie = TokenTrie.builder(FrameLexicon::overlay);
        Map<String, Integer> firstLine = new HashMap<>();
        Map<Frame, Integer> perFrame = new EnumMap<>(Frame.class);
        int size = 0;
        for (Resources.Line numbered : Resources.lines(ConfigText.read(in, fileName))) {
            int lineNo = numbered.number();
            String line = numbered.text();
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
            List<TokenTrie.Edge> path = cue(cols[1], cueTokens, fileName, lineNo);
            String key = frame.id() + "\t" + path;
            Integer earlier = firstLine.putIfAbsent(key, lineNo);
            if (earlier != null) {
                throw error(fileName, lineNo, "cue '" + cols[1].strip() + "' is listed twice for " + frame.id()
                        + " (first on line " + earlier + ")");
            }
            double[] weights = new double[Frame.COUNT];
            weights[frame.ordinal()] = weight;
            trie.add(path, weights);
            perFrame.merge(frame, 1, Integer::sum);
            size++;
        }
        if (size == 0) {
            throw new IllegalArgumentException(fileName + ": the frame lexicon has no cues");
        }
        return new FrameLexicon(trie.build(), fileName, size, Map.copyOf(perFrame));
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
        return cues.forEachLongest(TokenSequence.of(tokens), (from, to, w) -> {
            for (int f = 0; f < w.length; f++) {
                if (w[f] != 0) {
                    sums[f] += w[f];
                    if (strongest != null && w[f] > strongest[f]) {
                        strongest[f] = w[f];
                    }
                }
            }
        });
    }

    /** The weights of {@code a} with those {@code b} sets (a frame is listed at most once per cue). */
    private static double[] overlay(double[] a, double[] b) {
        double[] out = a.clone();
        for (int f = 0; f < b.length; f++) {
            if (b[f] != 0) {
                out[f] = b[f];
            }
        }
        return out;
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

    private static List<TokenTrie.Edge> cue(String text, CueTokens cueTokens, String fileName, int lineNo) {
        String cue = text.strip();
        if (cue.isEmpty()) {
            throw error(fileName, lineNo, "empty cue");
        }
        List<TokenTrie.Edge> path = new ArrayList<>();
        for (String word : cue.split("\\s+")) {
            if (word.equals(CueTokens.MONEY)) {
                path.add(TokenTrie.Edge.exact(CueTokens.MONEY));
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
                path.add(TokenTrie.Edge.prefix(prefix));
            } else {
                for (String t : tokens) {
                    path.add(TokenTrie.Edge.exact(t));
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
}
