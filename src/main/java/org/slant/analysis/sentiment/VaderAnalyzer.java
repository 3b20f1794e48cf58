package org.slant.analysis.sentiment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * VADER (Valence Aware Dictionary and sEntiment Reasoner) sentiment scoring: a faithful Java port of
 * {@code vaderSentiment/vaderSentiment.py} from github.com/cjhutto/vaderSentiment (commit 44fc044c),
 * with the lexicon and emoji lexicon of that snapshot shipped as resources (MIT licence, see
 * {@code VADER-LICENSE.txt} beside them).
 *
 * <p>{@link #score(String)} expects English text, ideally one sentence (longer texts work, but the
 * method was designed and validated at sentence level; score sentences and aggregate instead) and
 * produces the same {@link SentimentScores} as Python's {@code polarity_scores(text)}, bit for bit after
 * rounding, including the reference's quirks: emoji replaced by their descriptions, Python's
 * {@code str.split()} whitespace and {@code string.punctuation} stripping, booster/dampener words with
 * the ALL-CAPS differential, negation with {@code N_SCALAR = -0.74}, "never so/this", "without doubt",
 * "least", the contrastive "but" rule (with the reference's value-based re-indexing), "kind of",
 * special-case idioms, "no", and {@code !}/{@code ?} amplification. The raw valence sum follows
 * CPython 3.12+'s compensated {@code sum()}; older interpreters can differ in the last bits of that sum
 * and, very rarely, in a rounded digit.
 *
 * <p>Instances are immutable after construction and safe to share between threads; build one per JVM
 * (e.g. one per Spark executor) with {@link #fromClasspath()}, as loading the lexicons is the only
 * costly step.
 *
 * <p>Method: Hutto, C.J. &amp; Gilbert, E.E. (2014). VADER: A Parsimonious Rule-based Model for
 * Sentiment Analysis of Social Media Text. Eighth International Conference on Weblogs and Social Media
 * (ICWSM-14). Ann Arbor, MI, June 2014.
 */
public final class VaderAnalyzer {

    private static final String LEXICON_RESOURCE = "vader_lexicon.txt";
    private static final String EMOJI_RESOURCE = "emoji_utf8_lexicon.txt";

    // Empirically derived constants from the paper / reference code.
    private static final double B_INCR = 0.293;
    private static final double B_DECR = -0.293;
    private static final double C_INCR = 0.733;
    private static final double N_SCALAR = -0.74;

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

    // The multi-word keys, matched token by token so no phrase string is built per lookup.
    private static final PhraseTable SPECIAL_PHRASES = new PhraseTable(SPECIAL_CASES);
    private static final PhraseTable BOOSTER_PHRASES = new PhraseTable(BOOSTER_DICT);

    /**
     * Multi-word keys of a phrase map, grouped by first word. Tokens never contain whitespace, so a
     * space-joined token sequence equals a key exactly when the tokens equal the key's words.
     */
    private static final class PhraseTable {
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

    /** Everything known about one lower-cased token; tokens outside all word lists have no entry. */
    private static final class Word {
        final boolean inLexicon;
        final double valence;
        final boolean booster;
        final double boost;
        final boolean negation;

        Word(boolean inLexicon, double valence, boolean booster, double boost, boolean negation) {
            this.inLexicon = inLexicon;
            this.valence = valence;
            this.booster = booster;
            this.boost = boost;
            this.negation = negation;
        }
    }

    private final Map<String, Word> words;
    /** Emoji lexicon keys that are a single code point, sorted; the reference only ever matches those. */
    private final int[] emojiCodePoints;
    private final String[] emojiDescriptions;
    private final int minEmojiCodePoint;

    private VaderAnalyzer(String lexiconText, String emojiText) {
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

    private static Word word(String key, boolean inLexicon, double valence) {
        Double boost = BOOSTER_DICT.get(key);
        return new Word(inLexicon, valence, boost != null, boost == null ? 0.0 : boost,
                NEGATE.contains(key) || key.contains("n't"));
    }

    /**
     * Loads the VADER lexicon and emoji lexicon shipped with this class (the snapshot the parity tests
     * were run against). Call once and share the instance.
     *
     * @throws UncheckedIOException if the resources are missing or unreadable
     */
    public static VaderAnalyzer fromClasspath() {
        return new VaderAnalyzer(readResource(LEXICON_RESOURCE), readResource(EMOJI_RESOURCE));
    }

    private static String readResource(String name) {
        try (InputStream in = VaderAnalyzer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("VADER resource not on classpath: " + name));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read VADER resource " + name, e);
        }
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

    // ---------------------------------------------------------------------------------------------
    // Scoring

    /**
     * Scores one text exactly as the reference's {@code polarity_scores(text)} does.
     *
     * @param text any text (not null); empty or whitespace-only text gives {@link SentimentScores#EMPTY}
     * @return the rounded neg/neu/pos/compound scores
     */
    public SentimentScores score(String text) {
        Objects.requireNonNull(text, "text");
        String t = replaceEmojis(text);
        Sentence s = tokenize(t);
        if (s.n == 0) {
            return SentimentScores.EMPTY;
        }
        double[] sentiments = new double[s.n];
        for (int i = 0; i < s.n; i++) {
            Word w = s.info[i];
            if (w != null && w.booster) {
                continue; // boosters modify their neighbours and count as neutral themselves
            }
            if (i < s.n - 1 && s.lower[i].equals("kind") && s.lower[i + 1].equals("of")) {
                continue;
            }
            sentiments[i] = s.valence(i);
        }
        butCheck(s, sentiments);
        return scoreValence(sentiments, s.n, countChar(t, '!'), countChar(t, '?'));
    }

    /**
     * Per-token valences of one text with each token's character span, for target-dependent scoring
     * that weighs words by where they stand (additive to {@link #score}, which it does not change).
     *
     * <p>Tokens and valences are exactly those {@link #score} sums before its contrastive "but" rule,
     * {@code !}/{@code ?} amplification and normalisation: VADER's lexicon with its booster, negation,
     * ALL-CAPS, "least", "no" and idiom rules applied in the context of the whole text. Emoji are NOT
     * replaced by their descriptions, so that offsets point into {@code text} as given.
     *
     * @param text any text (not null)
     */
    public TokenValences tokenValences(String text) {
        Objects.requireNonNull(text, "text");
        int len = text.length();
        int cap = Math.max(4, len / 5);
        String[] tokens = new String[cap];
        int[] starts = new int[cap];
        int[] ends = new int[cap];
        int n = 0;
        int i = 0;
        while (i < len) {
            while (i < len && isPyWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= len) {
                break;
            }
            int start = i;
            while (i < len && !isPyWhitespace(text.charAt(i))) {
                i++;
            }
            int a = start;
            int b = i;
            while (a < b && isAsciiPunctuation(text.charAt(a))) {
                a++;
            }
            while (b > a && isAsciiPunctuation(text.charAt(b - 1))) {
                b--;
            }
            boolean keepWhole = b - a <= 2 || (b - a <= 4 && text.codePointCount(a, b) <= 2);
            if (keepWhole) {
                a = start;
                b = i;
            }
            if (n == tokens.length) {
                tokens = Arrays.copyOf(tokens, n * 2);
                starts = Arrays.copyOf(starts, n * 2);
                ends = Arrays.copyOf(ends, n * 2);
            }
            tokens[n] = text.substring(a, b);
            starts[n] = a;
            ends[n] = b;
            n++;
        }
        Sentence s = new Sentence(tokens, n, words);
        double[] valences = new double[n];
        for (int k = 0; k < n; k++) {
            Word w = s.info[k];
            if (w != null && w.booster) {
                continue;
            }
            if (k < n - 1 && s.lower[k].equals("kind") && s.lower[k + 1].equals("of")) {
                continue;
            }
            valences[k] = s.valence(k);
        }
        return new TokenValences(Arrays.copyOf(s.lower, n), Arrays.copyOf(starts, n), Arrays.copyOf(ends, n), valences);
    }

    /**
     * What {@link #tokenValences} returns: parallel arrays, one entry per VADER token.
     *
     * @param lower    the token, lower-cased
     * @param start    character offset where it starts (after stripped punctuation)
     * @param end      character offset just after it
     * @param valence  its VADER valence in context (0 for words outside the lexicon)
     */
    public record TokenValences(String[] lower, int[] start, int[] end, double[] valence) {
        /** Number of tokens. */
        public int size() {
            return lower.length;
        }

        /** VADER's normalisation of a raw valence sum to [-1, 1] ({@code x / sqrt(x² + 15)}). */
        public static double normalize(double sum) {
            return VaderAnalyzer.normalize(sum);
        }
    }

    /**
     * Mirrors the reference's per-character emoji replacement. Python iterates code points and looks
     * each up alone, so multi-code-point emoji keys (flags, skin tones, ZWJ sequences) never match; a
     * space is inserted before a description unless the previous character was an ASCII space, never after.
     */
    private String replaceEmojis(String text) {
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

    /**
     * Python's {@code text.strip().split()} followed by {@code _strip_punc_if_word} on each token.
     * Stripping the text first is implicit: split() ignores leading and trailing whitespace anyway.
     */
    private Sentence tokenize(String t) {
        int len = t.length();
        String[] tokens = new String[Math.max(4, len / 5)];
        int n = 0;
        int i = 0;
        while (i < len) {
            while (i < len && isPyWhitespace(t.charAt(i))) {
                i++;
            }
            if (i >= len) {
                break;
            }
            int start = i;
            while (i < len && !isPyWhitespace(t.charAt(i))) {
                i++;
            }
            int a = start;
            int b = i;
            while (a < b && isAsciiPunctuation(t.charAt(a))) {
                a++;
            }
            while (b > a && isAsciiPunctuation(t.charAt(b - 1))) {
                b--;
            }
            // Two or fewer characters left means it was probably an emoticon such as ":)": keep it whole.
            // Python counts code points, not UTF-16 units.
            boolean keepWhole = b - a <= 2 || (b - a <= 4 && t.codePointCount(a, b) <= 2);
            if (n == tokens.length) {
                tokens = Arrays.copyOf(tokens, n * 2);
            }
            tokens[n++] = keepWhole ? t.substring(start, i) : t.substring(a, b);
        }
        return new Sentence(tokens, n, words);
    }

    /** Python's {@code str.isspace()} set, which {@code str.split()} and {@code str.strip()} use. */
    static boolean isPyWhitespace(char c) {
        if (c > ' ' && c < 0x85) {
            return false;
        }
        switch (c) {
            case ' ': case '\t': case '\n': case 0x0B: case '\f': case '\r':
            case 0x1C: case 0x1D: case 0x1E: case 0x1F:
            case 0x85: case 0xA0: case 0x1680:
            case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
                return true;
            default:
                return c >= 0x2000 && c <= 0x200A;
        }
    }

    /** Python's {@code string.punctuation}: the 32 ASCII punctuation characters. */
    static boolean isAsciiPunctuation(char c) {
        return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
    }

    /** Python's {@code str.strip()} with no argument. */
    private static String pyStrip(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isPyWhitespace(s.charAt(a))) {
            a++;
        }
        while (b > a && isPyWhitespace(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }

    /**
     * Python's {@code str.isupper()}: at least one cased character and no lower- or title-case one.
     * Java's isLowerCase/isUpperCase include Other_Lowercase/Other_Uppercase, as Python's flags do.
     */
    static boolean isPyUpper(String s) {
        boolean cased = false;
        for (int i = 0, len = s.length(); i < len; ) {
            int cp = s.codePointAt(i);
            if (cp < 0x80) {
                if (cp >= 'a' && cp <= 'z') {
                    return false;
                }
                if (cp >= 'A' && cp <= 'Z') {
                    cased = true;
                }
                i++;
                continue;
            }
            if (Character.isLowerCase(cp) || Character.isTitleCase(cp)) {
                return false;
            }
            if (Character.isUpperCase(cp)) {
                cased = true;
            }
            i += Character.charCount(cp);
        }
        return cased;
    }

    private static int countChar(String s, char c) {
        int count = 0;
        for (int i = 0, len = s.length(); i < len; i++) {
            if (s.charAt(i) == c) {
                count++;
            }
        }
        return count;
    }

    /** The tokens of one text with what the rules need to know about each. */
    private static final class Sentence {
        final int n;
        final String[] lower;
        final Word[] info;
        final boolean[] upper;
        final boolean isCapDiff;

        Sentence(String[] tokens, int n, Map<String, Word> words) {
            this.n = n;
            this.lower = new String[n];
            this.info = new Word[n];
            this.upper = new boolean[n];
            int allCaps = 0;
            for (int i = 0; i < n; i++) {
                String lc = tokens[i].toLowerCase(Locale.ROOT);
                lower[i] = lc;
                info[i] = words.get(lc);
                if (isPyUpper(tokens[i])) {
                    upper[i] = true;
                    allCaps++;
                }
            }
            // ALL-CAPS only signals emphasis when some, but not all, tokens are in capitals.
            this.isCapDiff = allCaps > 0 && allCaps < n;
        }

        boolean inLexicon(int i) {
            Word w = info[i];
            return w != null && w.inLexicon;
        }

        boolean isNegated(int i) {
            Word w = info[i];
            return w != null ? w.negation : lower[i].contains("n't");
        }

        /** The reference's {@code sentiment_valence} for token {@code i}, 0 for non-lexicon tokens. */
        double valence(int i) {
            if (!inLexicon(i)) {
                return 0.0;
            }
            double lexValence = info[i].valence;
            double v = lexValence;
            // "no" before another lexicon word acts as a negator, not as a negative word itself.
            if (lower[i].equals("no") && i != n - 1 && inLexicon(i + 1)) {
                v = 0.0;
            }
            if ((i > 0 && lower[i - 1].equals("no"))
                    || (i > 1 && lower[i - 2].equals("no"))
                    || (i > 2 && lower[i - 3].equals("no") && (lower[i - 1].equals("or") || lower[i - 1].equals("nor")))) {
                v = lexValence * N_SCALAR;
            }
            if (upper[i] && isCapDiff) {
                v = v > 0 ? v + C_INCR : v - C_INCR;
            }
            for (int startI = 0; startI < 3; startI++) {
                int j = i - (startI + 1);
                if (i > startI && !inLexicon(j)) {
                    double s = scalarIncDec(j, v);
                    // Boosters further away count less.
                    if (startI == 1 && s != 0) {
                        s = s * 0.95;
                    }
                    if (startI == 2 && s != 0) {
                        s = s * 0.9;
                    }
                    v = v + s;
                    v = negationCheck(v, startI, i);
                    if (startI == 2) {
                        v = specialIdiomsCheck(v, i);
                    }
                }
            }
            return leastCheck(v, i);
        }

        private double scalarIncDec(int j, double valence) {
            Word w = info[j];
            if (w == null || !w.booster) {
                return 0.0;
            }
            double scalar = w.boost;
            if (valence < 0) {
                scalar *= -1;
            }
            if (upper[j] && isCapDiff) {
                scalar = valence > 0 ? scalar + C_INCR : scalar - C_INCR;
            }
            return scalar;
        }

        private double negationCheck(double v, int startI, int i) {
            if (startI == 0) {
                if (isNegated(i - 1)) {
                    v = v * N_SCALAR;
                }
            } else if (startI == 1) {
                if (lower[i - 2].equals("never") && (lower[i - 1].equals("so") || lower[i - 1].equals("this"))) {
                    v = v * 1.25;
                } else if (lower[i - 2].equals("without") && lower[i - 1].equals("doubt")) {
                    // "without doubt" affirms rather than negates
                } else if (isNegated(i - 2)) {
                    v = v * N_SCALAR;
                }
            } else {
                // The reference's `A and B or C` binds as `(A and B) or C`: a "so"/"this" right before the
                // word boosts it even without "never"; kept for parity.
                if ((lower[i - 3].equals("never") && (lower[i - 2].equals("so") || lower[i - 2].equals("this")))
                        || (lower[i - 1].equals("so") || lower[i - 1].equals("this"))) {
                    v = v * 1.25;
                } else if (lower[i - 3].equals("without")
                        && (lower[i - 2].equals("doubt") || lower[i - 1].equals("doubt"))) {
                    // as above
                } else if (isNegated(i - 3)) {
                    v = v * N_SCALAR;
                }
            }
            return v;
        }

        /** Only reached with {@code i > 2}, so the three preceding tokens exist. */
        private double specialIdiomsCheck(double v, int i) {
            String w0 = lower[i];
            String w1 = lower[i - 1];
            String w2 = lower[i - 2];
            String w3 = lower[i - 3];
            double c;
            if (!Double.isNaN(c = SPECIAL_PHRASES.get(w1, w0))
                    || !Double.isNaN(c = SPECIAL_PHRASES.get(w2, w1, w0))
                    || !Double.isNaN(c = SPECIAL_PHRASES.get(w2, w1))
                    || !Double.isNaN(c = SPECIAL_PHRASES.get(w3, w2, w1))
                    || !Double.isNaN(c = SPECIAL_PHRASES.get(w3, w2))) {
                v = c;
            }
            if (n - 1 > i && !Double.isNaN(c = SPECIAL_PHRASES.get(w0, lower[i + 1]))) {
                v = c;
            }
            if (n - 1 > i + 1 && !Double.isNaN(c = SPECIAL_PHRASES.get(w0, lower[i + 1], lower[i + 2]))) {
                v = c;
            }
            // Multi-word dampeners ("kind of", "sort of", "just enough") before the word; each adds.
            if (!Double.isNaN(c = BOOSTER_PHRASES.get(w3, w2, w1))) {
                v = v + c;
            }
            if (!Double.isNaN(c = BOOSTER_PHRASES.get(w3, w2))) {
                v = v + c;
            }
            if (!Double.isNaN(c = BOOSTER_PHRASES.get(w2, w1))) {
                v = v + c;
            }
            return v;
        }

        private double leastCheck(double v, int i) {
            if (i > 1 && !inLexicon(i - 1) && lower[i - 1].equals("least")) {
                if (!lower[i - 2].equals("at") && !lower[i - 2].equals("very")) {
                    v = v * N_SCALAR;
                }
            } else if (i > 0 && !inLexicon(i - 1) && lower[i - 1].equals("least")) {
                v = v * N_SCALAR;
            }
            return v;
        }
    }

    /**
     * The reference's {@code _but_check}, including its quirk: it walks the list while rewriting it and
     * locates each value with {@code list.index(value)}, i.e. the FIRST equal value, which may sit on the
     * other side of "but" or have been rewritten already. Reproduced literally because it changes scores.
     */
    private static void butCheck(Sentence s, double[] sentiments) {
        int bi = -1;
        for (int i = 0; i < s.n; i++) {
            if (s.lower[i].equals("but")) {
                bi = i;
                break;
            }
        }
        if (bi < 0) {
            return;
        }
        for (int k = 0; k < s.n; k++) {
            double sentiment = sentiments[k];
            int si = 0;
            while (sentiments[si] != sentiment) {
                si++;
            }
            if (si < bi) {
                sentiments[si] = sentiment * 0.5;
            } else if (si > bi) {
                sentiments[si] = sentiment * 1.5;
            }
        }
    }

    private static SentimentScores scoreValence(double[] sentiments, int n, int exclamations, int questions) {
        double sum = pythonSum(sentiments, n);
        double punct = amplifyExclamation(exclamations) + amplifyQuestion(questions);
        if (sum > 0) {
            sum += punct;
        } else if (sum < 0) {
            sum -= punct;
        }
        double compound = normalize(sum);

        double posSum = 0.0;
        double negSum = 0.0;
        int neuCount = 0;
        for (int i = 0; i < n; i++) {
            double x = sentiments[i];
            // +1/-1 compensates for neutral words being counted as 1.
            if (x > 0) {
                posSum += x + 1;
            }
            if (x < 0) {
                negSum += x - 1;
            }
            if (x == 0) {
                neuCount++;
            }
        }
        if (posSum > Math.abs(negSum)) {
            posSum += punct;
        } else if (posSum < Math.abs(negSum)) {
            negSum -= punct;
        }
        double total = posSum + Math.abs(negSum) + neuCount;
        double pos = Math.abs(posSum / total);
        double neg = Math.abs(negSum / total);
        double neu = Math.abs(neuCount / total);
        return new SentimentScores(pyRound(neg, 3), pyRound(neu, 3), pyRound(pos, 3), pyRound(compound, 4));
    }

    /**
     * Python's built-in {@code sum} over floats. Since CPython 3.12 it uses Neumaier compensated
     * summation, which can differ in the last bits from a naive loop when large valences cancel. The
     * 18,513 reference rows agree under both, so they do not tell which interpreter made them; current
     * Python is the one researchers run today, so the port follows it.
     */
    static double pythonSum(double[] xs, int n) {
        double hi = 0.0;
        double lo = 0.0;
        for (int i = 0; i < n; i++) {
            double x = xs[i];
            double t = hi + x;
            if (Math.abs(hi) >= Math.abs(x)) {
                lo += (hi - t) + x;
            } else {
                lo += (x - t) + hi;
            }
            hi = t;
        }
        return lo != 0.0 && Double.isFinite(lo) ? hi + lo : hi;
    }

    private static double amplifyExclamation(int count) {
        return Math.min(count, 4) * 0.292;
    }

    private static double amplifyQuestion(int count) {
        if (count <= 1) {
            return 0.0;
        }
        return count <= 3 ? count * 0.18 : 0.96;
    }

    /** {@code score / sqrt(score^2 + 15)}: alpha 15 approximates the maximum expected raw sum. */
    private static double normalize(double score) {
        double norm = score / Math.sqrt(score * score + 15);
        if (norm < -1.0) {
            return -1.0;
        }
        return Math.min(norm, 1.0);
    }

    /**
     * Python 3's {@code round(x, digits)} for {@code |x| <= ~1e4}: the exact binary value rounded
     * half-to-even, returned as the double nearest that decimal. The fast path is exact whenever
     * {@code x * 10^digits} is clearly away from a .5 tie (its rounding error is ~1e-12 here);
     * otherwise BigDecimal decides on the exact value.
     */
    static double pyRound(double x, int digits) {
        double scale = digits == 3 ? 1e3 : digits == 4 ? 1e4 : Math.pow(10, digits);
        double scaled = x * scale;
        double r = Math.rint(scaled);
        if (Math.abs(Math.abs(scaled - r) - 0.5) > 1e-6) {
            return r / scale;
        }
        double exact = new BigDecimal(x).setScale(digits, RoundingMode.HALF_EVEN).doubleValue();
        return exact == 0.0 ? Math.copySign(0.0, x) : exact;
    }
}
