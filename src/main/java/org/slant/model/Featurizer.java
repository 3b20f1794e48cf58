package org.slant.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.slant.analysis.frames.FrameLexicon;
import org.slant.analysis.frames.FrameScorer;
import org.slant.analysis.sentiment.VaderAnalyzer;
import org.slant.analysis.targets.TargetCatalog;

/**
 * The feature vector of an {@link Example} under a {@link FeatureSpec}: word 1..n-grams and character
 * 2..n-grams, each hashed into {@code 2^bits} slots with log-scaled counts, the hashed block scaled to unit
 * length; the target as an indicator, and with {@link FeatureSpec.TargetMode#CROSSED} also conjoined with
 * each word n-gram; then {@link RuleFeatures} after the hashed slots.
 *
 * <p>With mention offsets, the mention's words are replaced by one placeholder token in the n-grams (a
 * model learns "criticised $T$", not the name) and the four words on each side are features of their
 * own. A feature's slot is the {@link String#hashCode} of its name (fixed by the Java language) through
 * a bit mixer, so vectors are the same on every JVM; character n-grams are hashed from the characters
 * without building their strings. What depends on the text alone is kept for the {@value #RECENT_TEXTS} texts read
 * last (a sentence asked about several targets is read once), per thread. Thread-safe; build once per
 * partition.
 */
public final class Featurizer {
    /**
     * What a word is, as a regular expression: the definition models were trained with. {@link #words} scans
     * for exactly these matches by hand (a tenth of the models' cost went to this pattern's search).
     */
    static final Pattern WORD = Pattern.compile("#?[\\p{L}\\p{N}][\\p{L}\\p{N}_'’]*|[!?]");
    private static final String PLACEHOLDER = "$t$";
    private static final int CONTEXT = 4;
    private static final int CHAR_PREFIX = "c:".hashCode();

    private final FeatureSpec spec;
    private final ModelTask task;
    private final RuleFeatures rules;
    /** The text parts of the texts read last on this thread, the most recently used last. */
    private final ThreadLocal<Map<PartKey, TextPart>> recent = ThreadLocal.withInitial(Featurizer::recentParts);
    /** Each thread's scratch space for counting a text's slots (built on first use, kept with the thread). */
    private final ThreadLocal<SlotCounter> counter;

    /** How many texts' parts a thread keeps: more than an article's sentences and statements, as a rule. */
    static final int RECENT_TEXTS = 256;

    /**
     * The features of a text (and mention offsets) before any target is named. {@code gramHashes} and
     * {@code gramPowers}: each word n-gram's {@link String#hashCode} and 31 to the power of its length, so
     * that a crossed feature's hash is found without building its name ({@link #joinedHash}).
     */
    private record TextPart(String text, int from, int to, int[] slots, double[] counts, double[] logCounts,
                            int[] gramHashes, int[] gramPowers, double[] rules) {
    }

    private record PartKey(String text, int from, int to) {
    }

    private static Map<PartKey, TextPart> recentParts() {
        return new LinkedHashMap<>(2 * RECENT_TEXTS, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<PartKey, TextPart> eldest) {
                return size() > RECENT_TEXTS;
            }
        };
    }

    public Featurizer(FeatureSpec spec, RuleFeatures rules) {
        this.spec = spec;
        this.task = ModelTask.of(spec.task());
        this.rules = rules;
        this.counter = ThreadLocal.withInitial(() -> new SlotCounter(spec.hashedSize()));
    }

    /** Rule features from the built-in catalog and lexicon. */
    public static Featurizer standard(FeatureSpec spec) {
        return withCatalog(spec, TargetCatalog.builtIn(), FrameLexicon.builtIn());
    }

    public static Featurizer withCatalog(FeatureSpec spec, TargetCatalog catalog, FrameLexicon lexicon) {
        return new Featurizer(spec, spec.rules() ? new RuleFeatures(catalog, VaderAnalyzer.fromClasspath(),
                new FrameScorer(lexicon)) : null);
    }

    public FeatureSpec spec() {
        return spec;
    }

    public SparseFeatures features(Example e) {
        return features(e, null);
    }

    /**
     * {@link #features(Example)}, with the rule features' sentence scores and frame cues taken from
     * {@code known} (what the analysis computed for this text; null to compute them).
     */
    public SparseFeatures features(Example e, RuleFeatures.Known known) {
        TextPart part = textPart(e, known);
        String target = e.target() == null || spec.targetMode() == FeatureSpec.TargetMode.NONE ? null
                : String.join(" ", words(e.target()));
        int[] extra = new int[0];
        if (target != null) {
            boolean crossed = spec.targetMode() == FeatureSpec.TargetMode.CROSSED;
            extra = new int[1 + (crossed ? part.gramHashes().length : 0)];
            String prefix = "T:" + target;
            int k = 0;
            extra[k++] = slot(prefix);
            if (crossed) {
                // slot(prefix + "|" + gram), from the hashes: the same ints, without a string per gram.
                int joint = (prefix + "|").hashCode();
                int[] hashes = part.gramHashes();
                int[] powers = part.gramPowers();
                for (int g = 0; g < hashes.length; g++) {
                    extra[k++] = mix(joinedHash(joint, hashes[g], powers[g])) & (spec.hashedSize() - 1);
                }
            }
            Arrays.sort(extra);
        }
        // The text's slots are sorted and counted once; a target's few slots are merged in.
        int[] text = part.slots();
        double[] counts = part.counts();
        int ruleCount = rules == null ? 0 : RuleFeatures.NAMES.size();
        int[] indices = new int[text.length + extra.length + ruleCount];
        double[] values = new double[indices.length];
        int n = 0;
        int i = 0;
        int j = 0;
        while (i < text.length || j < extra.length) {
            if (j >= extra.length || i < text.length && text[i] < extra[j]) {
                indices[n] = text[i];
                values[n++] = part.logCounts()[i++];
                continue;
            }
            int s = extra[j];
            double c = 0;
            while (j < extra.length && extra[j] == s) {
                c++;
                j++;
            }
            if (i < text.length && text[i] == s) {
                c += counts[i++];
            }
            indices[n] = s;
            values[n++] = Math.log1p(c);
        }
        double norm = 0;
        for (int k = 0; k < n; k++) {
            norm += values[k] * values[k];
        }
        norm = Math.sqrt(norm);
        for (int k = 0; k < n && norm > 0; k++) {
            values[k] /= norm;
        }
        if (rules != null) {
            double[] r = part.rules().clone();
            rules.ofTarget(task, e, r, known);
            for (int k = 0; k < r.length; k++) {
                indices[n + k] = spec.hashedSize() + k;
                values[n + k] = r[k];
            }
        }
        int size = n + ruleCount;
        return new SparseFeatures(spec.size(), size == indices.length ? indices : Arrays.copyOf(indices, size),
                size == values.length ? values : Arrays.copyOf(values, size));
    }

    /**
     * The text part of {@code e}, computed once for the recent texts: a sentence that names several targets
     * is asked about each in turn (all of one target's sentences, then the next target's), and again for
     * each statement it carries, so a single last text would be computed again for every target.
     */
    private TextPart textPart(Example e, RuleFeatures.Known known) {
        Map<PartKey, TextPart> parts = recent.get();
        PartKey key = new PartKey(e.text(), e.from(), e.to());
        TextPart p = parts.get(key);
        if (p == null) {
            p = computeTextPart(e, known);
            parts.put(key, p);
        }
        return p;
    }

    private TextPart computeTextPart(Example e, RuleFeatures.Known known) {
        String text = e.text();
        IntList slots = new IntList();
        List<String> words;
        if (e.hasOffsets()) {
            List<String> left = words(text.substring(0, e.from()));
            List<String> right = words(text.substring(e.to()));
            for (int i = Math.max(0, left.size() - CONTEXT); i < left.size(); i++) {
                slots.add(slot("L:" + left.get(i)));
            }
            for (int i = 0; i < Math.min(CONTEXT, right.size()); i++) {
                slots.add(slot("R:" + right.get(i)));
            }
            if (!left.isEmpty()) {
                slots.add(slot("L1:" + left.get(left.size() - 1)));
            }
            if (!right.isEmpty()) {
                slots.add(slot("R1:" + right.get(0)));
            }
            for (String w : left) {
                slots.add(slot("LA:" + w));
            }
            for (String w : right) {
                slots.add(slot("RA:" + w));
            }
            words = new ArrayList<>(left);
            words.add(PLACEHOLDER);
            words.addAll(right);
        } else {
            words = words(text);
        }
        IntList gramHashes = new IntList();
        IntList gramPowers = new IntList();
        StringBuilder gram = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            gram.setLength(0);
            for (int n = 1; n <= spec.wordNgrams() && i + n <= words.size(); n++) {
                if (n > 1) {
                    gram.append(' ');
                }
                gram.append(words.get(i + n - 1));
                String g = "w:" + gram;
                int h = g.hashCode();
                gramHashes.add(h);
                gramPowers.add(power31(g.length()));
                slots.add(mix(h) & (spec.hashedSize() - 1));
            }
        }
        if (spec.charNgrams() >= 2 && !words.isEmpty()) {
            String chars = " " + String.join(" ", words) + " ";
            int len = chars.length();
            for (int i = 0; i < len; i++) {
                // The hash of "c:" + chars[i, i+n), as String.hashCode computes it, grown one char at a time.
                int h = CHAR_PREFIX;
                for (int n = 1; n <= spec.charNgrams() && i + n <= len; n++) {
                    h = 31 * h + chars.charAt(i + n - 1);
                    if (n >= 2) {
                        slots.add(mix(h) & (spec.hashedSize() - 1));
                    }
                }
            }
        }
        double[] r = null;
        if (rules != null) {
            r = new double[RuleFeatures.NAMES.size()];
            rules.ofText(task, e, r, known);
        }
        SlotCounter.Counted counted = spec.hashedSize() <= SlotCounter.MAX_SLOTS
                ? counter.get().count(slots.values, slots.size) : SlotCounter.bySorting(slots.values, slots.size);
        int[] unique = counted.unique();
        double[] counts = counted.counts();
        int distinct = unique.length;
        double[] logs = new double[distinct];
        for (int i = 0; i < distinct; i++) {
            logs[i] = Math.log1p(counts[i]);
        }
        return new TextPart(text, e.from(), e.to(), unique, counts, logs, gramHashes.toArray(), gramPowers.toArray(), r);
    }

    private int slot(String feature) {
        return slot(feature, spec.hashedSize());
    }

    /** The slot of a feature name among {@code size} (a power of two). */
    static int slot(String feature, int size) {
        return mix(feature.hashCode()) & (size - 1);
    }

    /**
     * The {@link String#hashCode} of {@code a + b} from {@code a}'s hash, {@code b}'s hash and 31 to the power
     * of {@code b}'s length: the hash is a polynomial in 31 over the chars, in int arithmetic.
     */
    static int joinedHash(int aHash, int bHash, int bPower) {
        return aHash * bPower + bHash;
    }

    /** 31^n in int arithmetic (wrapping as {@link String#hashCode} does). */
    static int power31(int n) {
        int p = 1;
        for (int i = 0; i < n; i++) {
            p *= 31;
        }
        return p;
    }

    /** MurmurHash3's finaliser: String.hashCode alone leaves similar strings in nearby slots. */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }

    /** Lower-cased word tokens (hashtags and {@code !}/{@code ?} included). */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int at = text.charAt(i) == '#' && i + 1 < n && wordStart(text.codePointAt(i + 1)) ? i + 1 : i;
            int cp = text.codePointAt(at);
            if (wordStart(cp)) {
                at += Character.charCount(cp);
                while (at < n) {
                    int c = text.codePointAt(at);
                    if (!wordStart(c) && c != '_' && c != '\'' && c != '’') {
                        break;
                    }
                    at += Character.charCount(c);
                }
                out.add(text.substring(i, at).toLowerCase(Locale.ROOT));
                i = at;
            } else {
                if (cp == '!' || cp == '?') {
                    out.add(cp == '!' ? "!" : "?");
                }
                i++;
            }
        }
        return out;
    }

    /** {@code [\p{L}\p{N}]}: a letter or a number of any kind, as the regular expression's classes define them. */
    private static boolean wordStart(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** A growable int array: slots are collected unboxed. */
    private static final class IntList {
        int[] values = new int[256];
        int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
