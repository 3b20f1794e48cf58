package org.slant.analysis.sentiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slant.text.Resources;

/**
 * Every word VADER knows: the lexicon and emoji lexicon of the reference snapshot (shipped as
 * resources beside this class, MIT licence in {@code VADER-LICENSE.txt}), and the word lists the
 * reference hard-codes (boosters and dampeners, negations, special-case idioms).
 *
 * <p>Expects nothing per text; produces, for a lower-cased token, its {@link Word} entry, and for a
 * text, the text with emoji replaced by their descriptions. Built once by {@link #fromClasspath()}
 * (the only costly step of VADER) and immutable afterwards, so one instance serves all threads.
 */
final class VaderLexicon {

    private static final String LEXICON_RESOURCE = "vader_lexicon.txt";
    private static final String EMOJI_RESOURCE = "emoji_utf8_lexicon.txt";

    // Empirically derived booster increments from the paper / reference code.
    private static final double B_INCR = 0.293;
    private static final double B_DECR = -0.293;

    private static final Set<String> NEGATE = Set.of(
            "aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt",
            "ain't", "aren't", "can't", "couldn't", "daren't", "didn't", "doesn't",
            "dont", "hadnt", "hasnt", "havent", "isnt", "mightnt", "mustnt", "neither",
            "don't", "hadn't", "hasn't", "haven't", "isn't", "mightn't", "mustn't",
            "neednt", "needn't", "never", "none", "nope", "nor", "not", "nothing", "nowhere",
            "oughtnt", "shant", "shouldnt", "uhuh", "wasnt", "werent",
            "oughtn't", "shan't", "shouldn't", "uh-uh", "wasn't", "weren't",
            "without", "wont", "wouldnt", "won't", "wouldn't", "rarely", "seldom", "despite");

    private static final Map<String, Double> BOOSTER_DICT = boosterDict();

    /*
     * The reference also defines SENTIMENT_LADEN_IDIOMS, but its check is never called ("future work"),
     * so it has no effect on scores and is deliberately not ported.
     */
    private static final Map<String, Double> SPECIAL_CASES = Map.of(
            "the shit", 3.0, "the bomb", 3.0, "bad ass", 1.5, "badass", 1.5, "bus stop", 0.0,
            "yeah right", -2.0, "kiss of death", -1.5, "to die for", 3.0,
            "beating heart", 3.1, "broken heart", -2.9);

    /** The special-case idioms of more than one word, matched token by token. */
    static final PhraseTable SPECIAL_PHRASES = new PhraseTable(SPECIAL_CASES);
    /** The multi-word dampeners ("kind of", "sort of", "just enough"), matched token by token. */
    static final PhraseTable BOOSTER_PHRASES = new PhraseTable(BOOSTER_DICT);

    /**
     * Everything known about one lower-cased token; tokens outside all word lists have no entry.
     *
     * @param inLexicon whether the token is a key of the VADER lexicon
     * @param valence   its lexicon valence (0 when not in the lexicon)
     * @param booster   whether it is a booster or dampener
     * @param boost     the booster's increment ({@code ±0.293})
     * @param negation  whether it negates what follows
     */
    record Word(boolean inLexicon, double valence, boolean booster, double boost, boolean negation) {
    }

    /**
     * Multi-word keys of a phrase map, grouped by first word. Tokens never contain whitespace, so a
     * space-joined token sequence equals a key exactly when the tokens equal the key's words; no
     * phrase string is built per lookup.
     */
    static final class PhraseTable {
        private final Map<String, String[][]> byFirstWord;
        private final Map<String, double[]> valuesByFirstWord;

        PhraseTable(Map<String, Double> phrases) {
            Map<String, List<String[]>> words = new HashMap<>();
            Map<String, List<Double>> values = new HashMap<>();
            for (Map.Entry<String, Double> e : phrases.entrySet()) {
                String[] parts = e.getKey().split(" ");
                if (parts.length > 1) {
                    words.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(parts);
                    values.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(e.getValue());
                }
            }
            Map<String, String[][]> w = new HashMap<>();
            Map<String, double[]> v = new HashMap<>();
            for (String first : words.keySet()) {
                w.put(first, words.get(first).toArray(new String[0][]));
                v.put(first, values.get(first).stream().mapToDouble(Double::doubleValue).toArray());
            }
            this.byFirstWord = Map.copyOf(w);
            this.valuesByFirstWord = Map.copyOf(v);
        }

        /** Value of the phrase "a b", or NaN when it is not a key. */
        double get(String a, String b) {
            String[][] candidates = byFirstWord.get(a);
            if (candidates != null) {
                for (int k = 0; k < candidates.length; k++) {
                    String[] c = candidates[k];
                    if (c.length == 2 && c[1].equals(b)) {
                        return valuesByFirstWord.get(a)[k];
                    }
                }
            }
            return Double.NaN;
        }

        /** Value of the phrase "a b c", or NaN when it is not a key. */
        double get(String a, String b, String c) {
            String[][] candidates = byFirstWord.get(a);
            if (candidates != null) {
                for (int k = 0; k < candidates.length; k++) {
                    String[] p = candidates[k];
                    if (p.length == 3 && p[1].equals(b) && p[2].equals(c)) {
                        return valuesByFirstWord.get(a)[k];
                    }
                }
            }
            return Double.NaN;
        }
    }

    private final Map<String, Word> words;
    /** Emoji lexicon keys that are a single code point, sorted; the reference only ever matches those. */
    private final int[] emojiCodePoints;
    private final String[] emojiDescriptions;
    private final int minEmojiCodePoint;

    private VaderLexicon(String lexiconText, String emojiText) {
        Map<String, Double> lexicon = parseLexicon(lexiconText);
        Map<String, Word> w = new HashMap<>(2 * (lexicon.size() + BOOSTER_DICT.size() + NEGATE.size()));
        for (Map.Entry<String, Double> e : lexicon.entrySet()) {
            w.put(e.getKey(), word(e.getKey(), true, e.getValue()));
        }
        for (String k : BOOSTER_DICT.keySet()) {
            w.computeIfAbsent(k, key -> word(key, false, 0.0));
        }
        for (String k : NEGATE) {
            w.computeIfAbsent(k, key -> word(key, false, 0.0));
        }
        this.words = Collections.unmodifiableMap(w);

        Map<String, String> emojis = parseEmojis(emojiText);
        int[] cps = emojis.keySet().stream()
                .filter(k -> k.codePointCount(0, k.length()) == 1)
                .mapToInt(k -> k.codePointAt(0))
                .sorted()
                .toArray();
        String[] descriptions = new String[cps.length];
        for (int i = 0; i < cps.length; i++) {
            descriptions[i] = emojis.get(new String(Character.toChars(cps[i])));
        }
        this.emojiCodePoints = cps;
        this.emojiDescriptions = descriptions;
        this.minEmojiCodePoint = cps.length == 0 ? Integer.MAX_VALUE : cps[0];
    }

    /**
     * Loads the VADER lexicon and emoji lexicon shipped beside this class (the snapshot the parity
     * tests were run against).
     *
     * @throws IllegalStateException if the resources are missing (a broken classpath)
     */
    static VaderLexicon fromClasspath() {
        return new VaderLexicon(readResource(LEXICON_RESOURCE), readResource(EMOJI_RESOURCE));
    }

    /** The entry of a lower-cased token, or null when it is in none of the word lists. */
    Word word(String lower) {
        return words.get(lower);
    }

    /**
     * Mirrors the reference's per-character emoji replacement. Python iterates code points and looks
     * each up alone, so multi-code-point emoji keys (flags, skin tones, ZWJ sequences) never match; a
     * space is inserted before a description unless the previous character was an ASCII space, never after.
     */
    String replaceEmojis(String text) {
        int len = text.length();
        int first = -1;
        for (int i = 0; i < len; ) {
            int cp = text.codePointAt(i);
            if (cp >= minEmojiCodePoint && Arrays.binarySearch(emojiCodePoints, cp) >= 0) {
                first = i;
                break;
            }
            i += Character.charCount(cp);
        }
        if (first < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(len + 32);
        sb.append(text, 0, first);
        boolean prevSpace = first == 0 || text.charAt(first - 1) == ' ';
        for (int i = first; i < len; ) {
            int cp = text.codePointAt(i);
            int idx = cp >= minEmojiCodePoint ? Arrays.binarySearch(emojiCodePoints, cp) : -1;
            if (idx >= 0) {
                if (!prevSpace) {
                    sb.append(' ');
                }
                sb.append(emojiDescriptions[idx]);
                prevSpace = false;
            } else {
                sb.appendCodePoint(cp);
                prevSpace = cp == ' ';
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    private static Word word(String key, boolean inLexicon, double valence) {
        Double boost = BOOSTER_DICT.get(key);
        return new Word(inLexicon, valence, boost != null, boost == null ? 0.0 : boost,
                NEGATE.contains(key) || key.contains("n't"));
    }

    private static String readResource(String name) {
        return Resources.text(VaderLexicon.class, name);
    }

    /** Mirrors {@code make_lex_dict}: later duplicates win, keys are kept verbatim (not lower-cased). */
    private static Map<String, Double> parseLexicon(String text) {
        Map<String, Double> lex = new LinkedHashMap<>();
        for (String line : pyLines(text)) {
            if (line.isEmpty()) {
                continue;
            }
            String[] kv = firstTwoTabFields(pyStrip(line));
            lex.put(kv[0], Double.parseDouble(kv[1]));
        }
        return lex;
    }

    /** Mirrors {@code make_emoji_dict}. */
    private static Map<String, String> parseEmojis(String text) {
        Map<String, String> emojis = new LinkedHashMap<>();
        for (String line : pyLines(text)) {
            String[] kv = firstTwoTabFields(pyStrip(line));
            emojis.put(kv[0], kv[1]);
        }
        return emojis;
    }

    /** Python's {@code text.rstrip('\n').split('\n')}. */
    private static String[] pyLines(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '\n') {
            end--;
        }
        return text.substring(0, end).split("\n", -1);
    }

    /** Python's {@code str.strip()} with no argument. */
    private static String pyStrip(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && VaderTokenizer.isPyWhitespace(s.charAt(a))) {
            a++;
        }
        while (b > a && VaderTokenizer.isPyWhitespace(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }

    private static String[] firstTwoTabFields(String line) {
        int t1 = line.indexOf('\t');
        if (t1 < 0) {
            throw new IllegalArgumentException("VADER lexicon line without a tab: " + line);
        }
        int t2 = line.indexOf('\t', t1 + 1);
        return new String[] {line.substring(0, t1), line.substring(t1 + 1, t2 < 0 ? line.length() : t2)};
    }

    private static Map<String, Double> boosterDict() {
        Map<String, Double> m = new HashMap<>();
        for (String w : new String[] {"absolutely", "amazingly", "awfully", "completely", "considerable",
                "considerably", "decidedly", "deeply", "effing", "enormous", "enormously", "entirely",
                "especially", "exceptional", "exceptionally", "extreme", "extremely", "fabulously", "flipping",
                "flippin", "frackin", "fracking", "fricking", "frickin", "frigging", "friggin", "fully",
                "fuckin", "fucking", "fuggin", "fugging", "greatly", "hella", "highly", "hugely", "incredible",
                "incredibly", "intensely", "major", "majorly", "more", "most", "particularly", "purely",
                "quite", "really", "remarkably", "so", "substantially", "thoroughly", "total", "totally",
                "tremendous", "tremendously", "uber", "unbelievably", "unusually", "utter", "utterly",
                "very"}) {
            m.put(w, B_INCR);
        }
        for (String w : new String[] {"almost", "barely", "hardly", "just enough", "kind of", "kinda",
                "kindof", "kind-of", "less", "little", "marginal", "marginally", "occasional", "occasionally",
                "partly", "scarce", "scarcely", "slight", "slightly", "somewhat", "sort of", "sorta", "sortof",
                "sort-of"}) {
            m.put(w, B_DECR);
        }
        return Map.copyOf(m);
    }
}
