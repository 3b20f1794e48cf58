package org.slant.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
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
 * own. Hashing is {@link String#hashCode} (fixed by the Java language) with a bit mixer, so vectors are
 * the same on every JVM. Thread-safe; build once per partition.
 */
public final class Featurizer {
    private static final Pattern WORD = Pattern.compile("#?[\\p{L}\\p{N}][\\p{L}\\p{N}_'’]*|[!?]");
    private static final String PLACEHOLDER = "$t$";
    private static final int CONTEXT = 4;

    private final FeatureSpec spec;
    private final ModelTask task;
    private final RuleFeatures rules;

    public Featurizer(FeatureSpec spec, RuleFeatures rules) {
        this.spec = spec;
        this.task = ModelTask.of(spec.task());
        this.rules = rules;
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
        Map<Integer, Double> counts = new HashMap<>();
        String text = e.text();
        List<String> words;
        if (e.hasOffsets()) {
            List<String> left = words(text.substring(0, e.from()));
            List<String> right = words(text.substring(e.to()));
            for (int i = Math.max(0, left.size() - CONTEXT); i < left.size(); i++) {
                add(counts, "L:" + left.get(i));
            }
            for (int i = 0; i < Math.min(CONTEXT, right.size()); i++) {
                add(counts, "R:" + right.get(i));
            }
            words = new ArrayList<>(left);
            words.add(PLACEHOLDER);
            words.addAll(right);
        } else {
            words = words(text);
        }
        String target = e.target() == null || spec.targetMode() == FeatureSpec.TargetMode.NONE ? null
                : String.join(" ", words(e.target()));
        if (target != null) {
            add(counts, "T:" + target);
        }
        boolean crossed = target != null && spec.targetMode() == FeatureSpec.TargetMode.CROSSED;
        StringBuilder gram = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            gram.setLength(0);
            for (int n = 1; n <= spec.wordNgrams() && i + n <= words.size(); n++) {
                if (n > 1) {
                    gram.append(' ');
                }
                gram.append(words.get(i + n - 1));
                String g = gram.toString();
                add(counts, "w:" + g);
                if (crossed) {
                    add(counts, "T:" + target + "|w:" + g);
                }
            }
        }
        if (spec.charNgrams() >= 2 && !words.isEmpty()) {
            String chars = " " + String.join(" ", words) + " ";
            for (int i = 0; i < chars.length(); i++) {
                for (int n = 2; n <= spec.charNgrams() && i + n <= chars.length(); n++) {
                    add(counts, "c:" + chars.substring(i, i + n));
                }
            }
        }
        int hashed = counts.size();
        int extra = spec.rules() ? RuleFeatures.NAMES.size() : 0;
        int[] indices = new int[hashed + extra];
        double[] values = new double[hashed + extra];
        int k = 0;
        double norm = 0;
        for (var entry : new java.util.TreeMap<>(counts).entrySet()) {
            indices[k] = entry.getKey();
            values[k] = Math.log1p(entry.getValue());
            norm += values[k] * values[k];
            k++;
        }
        norm = Math.sqrt(norm);
        for (int i = 0; i < hashed && norm > 0; i++) {
            values[i] /= norm;
        }
        if (rules != null) {
            double[] r = new double[RuleFeatures.NAMES.size()];
            rules.compute(task, e, r);
            for (int i = 0; i < r.length; i++) {
                indices[hashed + i] = spec.hashedSize() + i;
                values[hashed + i] = r[i];
            }
        }
        return new SparseFeatures(spec.size(), indices, values);
    }

    private void add(Map<Integer, Double> counts, String feature) {
        counts.merge(slot(feature, spec.hashedSize()), 1.0, Double::sum);
    }

    /** The slot of a feature name among {@code size} (a power of two). */
    static int slot(String feature, int size) {
        int h = feature.hashCode();
        // MurmurHash3's finaliser: String.hashCode alone leaves similar strings in nearby slots.
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h & (size - 1);
    }

    /** Lower-cased word tokens (hashtags and {@code !}/{@code ?} included). */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
