package org.slant.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.slant.analysis.Genre;
import org.slant.analysis.frames.FrameLexicon;
import org.slant.analysis.frames.FrameScorer;
import org.slant.analysis.sentiment.VaderAnalyzer;
import org.slant.analysis.stance.ArticleTargetAnalyzer;
import org.slant.analysis.stance.MentionStances;
import org.slant.analysis.targets.Target;
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

    @Test
    void theAnalysisMentionStancesGiveTheFeaturesScoringAgainGives() {
        // Questions answered by the next sentence, a country nested in the aid's alias, several targets in one
        // sentence, quoted speech, and a line the splitter cuts again when it is read alone.
        List<String> sentences = List.of(
                "Would you vote for more aid to Ukraine?",
                "No. Not another dollar for Kyiv while the border is open.",
                "NATO allies praised the sanctions on Russia, but Trump called them a waste.",
                "\u201cBlocking the Ukraine aid hands Putin a win,\u201d Senator Reed said.",
                "Republicans who oppose the package say Zelensky must account for every dollar of U.S. aid to Ukraine.",
                "The House passed the aid package. Critics vowed to repeal the sanctions.");
        MentionStances scored = new ArticleTargetAnalyzer(TargetCatalog.builtIn(), VaderAnalyzer.fromClasspath())
                .analyze("Opinion: Stop the aid to Ukraine now", sentences, Genre.OPINION).scored();
        assertFalse(scored.isEmpty(), "the analysis kept its mention stances");
        int read = 0;
        for (String sentence : sentences) {
            RuleFeatures.Known known = new RuleFeatures.Known(null, null, scored);
            for (Target t : TargetCatalog.builtIn().targets()) {
                Example e = new Example(sentence, t.id(), -1, -1);
                double[] again = new double[RuleFeatures.NAMES.size()];
                double[] reused = new double[RuleFeatures.NAMES.size()];
                RULES.ofTarget(ModelTask.STANCE, e, again, null);
                RULES.ofTarget(ModelTask.STANCE, e, reused, known);
                assertArrayEquals(again, reused, sentence + " / " + t.id());
                read += again[RuleFeatures.NAMES.indexOf("stance_predicate")] > 0 ? 1 : 0;
            }
        }
        assertTrue(read >= 4, "predicates govern several of these mentions: " + read);
    }

    @Test
    void negationIsFoundWhereTheNegatorPatternFindsIt() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(11);
        int found = 0;
        for (int k = 0; k < 200_000; k++) {
            String text = FeaturizerTest.randomText(random);
            boolean expected = RuleFeatures.NEGATOR.matcher(text).find();
            assertEquals(expected, RuleFeatures.negated(text), () -> "negation in " + FeaturizerTest.escaped(text));
            found += expected ? 1 : 0;
        }
        assertTrue(found > 20_000 && found < 180_000, "both answers are common among the texts: " + found);
        assertTrue(RuleFeatures.negated("We cannot wait."));
        assertFalse(RuleFeatures.negated("Cannoted notes, nothing known."));
        assertTrue(RuleFeatures.negated("They won\u2019t."));
    }
}
