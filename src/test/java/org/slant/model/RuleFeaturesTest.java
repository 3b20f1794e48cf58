package org.slant.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.slant.analysis.frames.FrameLexicon;
import org.slant.analysis.frames.FrameScorer;
import org.slant.analysis.sentiment.VaderAnalyzer;
import org.slant.analysis.targets.TargetCatalog;

class RuleFeaturesTest {
    private static final RuleFeatures RULES = new RuleFeatures(TargetCatalog.builtIn(), VaderAnalyzer.fromClasspath(),
            new FrameScorer(FrameLexicon.builtIn()));

    private static double[] of(String text, String mention) {
        int from = text.indexOf(mention);
        double[] out = new double[RuleFeatures.NAMES.size()];
        RULES.compute(ModelTask.TARGET_SENTIMENT, new Example(text, mention, from, from + mention.length()), out);
        return out;
    }

    private static double get(double[] f, String name) {
        return f[RuleFeatures.NAMES.indexOf(name)];
    }

    @Test
    void valencesAreCountedByTheirSideAndDistanceFromTheMention() {
        double[] f = of("The brilliant senator Smith was blamed for a terrible and cruel plan that everyone in the city now calls a disgrace.",
                "Smith");
        assertTrue(get(f, "valence_pos_left_near") > 0, "'brilliant' is two tokens left of the mention");
        assertEquals(0, get(f, "valence_neg_left_near"));
        assertTrue(get(f, "valence_neg_right_near") > 0, "'blamed' is two tokens right of it");
        assertTrue(get(f, "valence_neg_right_far") > 0, "'terrible' and 'cruel' are 4 to 10 tokens right");
        assertTrue(get(f, "valence_neg_rest") > 0, "'disgrace' is further");
        assertEquals(0, get(f, "valence_pos_right_near"));
        for (String name : RuleFeatures.NAMES) {
            double v = get(f, name);
            assertTrue(!name.startsWith("valence_") || v >= 0 && v < 1, name + " is a squashed sum in [0, 1)");
        }
    }

    @Test
    void aMentionInsideAQuotationAndAtTheStartIsMarked() {
        double[] quoted = of("The mayor said: \u201cI trust Jones completely.\u201d", "Jones");
        assertEquals(1, get(quoted, "mention_in_quote"));
        assertEquals(0, get(quoted, "mention_first"));
        double[] first = of("Jones said the plan would fail.", "Jones");
        assertEquals(0, get(first, "mention_in_quote"));
        assertEquals(1, get(first, "mention_first"));
    }
}
