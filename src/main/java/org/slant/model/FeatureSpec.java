package org.slant.model;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Which features a model computes, saved with it so that training and application compute the same.
 *
 * @param task       the task id ({@link ModelTask#id})
 * @param hashBits   the word and character n-grams are hashed into {@code 2^hashBits} slots
 * @param wordNgrams longest word n-gram (1 = unigrams only)
 * @param charNgrams longest character n-gram, from 2; 0 for none
 * @param targetMode how the target enters the features
 * @param rules      whether slant's rule outputs ({@link RuleFeatures}) are features
 */
public record FeatureSpec(String task, int hashBits, int wordNgrams, int charNgrams, TargetMode targetMode,
                          boolean rules) implements Serializable {
    /** How a model sees the target an item is about. */
    public enum TargetMode {
        /** Not at all (tasks without targets, or one target only). */
        NONE,
        /** As one indicator feature: one model for all targets, with a per-target bias. */
        SHARED,
        /**
         * As an indicator and conjoined with every word n-gram, beside the shared n-grams: a shared model
         * plus one per target in one fit, each target's weights learnt from its own rows.
         */
        CROSSED;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static TargetMode of(String id) {
            return valueOf(id.toUpperCase(Locale.ROOT));
        }
    }

    public static final int DEFAULT_HASH_BITS = 18;

    /**
     * Which features this code computes for a spec, written into every card: a model trained on another
     * set would be fed vectors whose slots mean something else, so it is refused and must be trained again.
     * 2 added the mention's context valences and side words.
     */
    public static final int FEATURE_SET = 2;

    public FeatureSpec {
        ModelTask.of(task);
        if (hashBits < 4 || hashBits > 24) {
            throw new IllegalArgumentException("hash bits must be in [4, 24], got " + hashBits);
        }
        if (wordNgrams < 1 || wordNgrams > 4 || charNgrams < 0 || charNgrams == 1 || charNgrams > 6) {
            throw new IllegalArgumentException("word n-grams in [1, 4], character n-grams 0 or in [2, 6]");
        }
    }

    public int hashedSize() {
        return 1 << hashBits;
    }

    /** Length of the feature vector: the hashed slots, then the rule features. */
    public int size() {
        return hashedSize() + RuleFeatures.NAMES.size();
    }

    /** For {@code model.json}. */
    public Map<String, Object> describe() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("task", task);
        out.put("feature_set", FEATURE_SET);
        out.put("hash_bits", hashBits);
        out.put("word_ngrams", wordNgrams);
        out.put("char_ngrams", charNgrams);
        out.put("target_mode", targetMode.id());
        out.put("rules", rules);
        out.put("rule_features", rules ? RuleFeatures.NAMES : java.util.List.of());
        return out;
    }

    /** The inverse of {@link #describe}. */
    public static FeatureSpec from(Map<?, ?> m) {
        return new FeatureSpec(String.valueOf(m.get("task")), ((Number) m.get("hash_bits")).intValue(),
                ((Number) m.get("word_ngrams")).intValue(), ((Number) m.get("char_ngrams")).intValue(),
                TargetMode.of(String.valueOf(m.get("target_mode"))), Boolean.TRUE.equals(m.get("rules")));
    }
}
