package org.slant.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.slant.analysis.stance.StanceLabel;
import org.slant.analysis.stance.TargetResult;

class AuthorStanceTest {
    private static final List<String> CLASSES = List.of("AGAINST", "FAVOR", "NONE");
    private static final List<String> SENTENCES = List.of("s0", "s1", "s2", "s3");
    /** A model that reads each text's class distribution from a table. */
    private static final Map<String, double[]> P = Map.of(
            "title", new double[] {0.1, 0.8, 0.1},
            "s0", new double[] {0.1, 0.2, 0.7},
            "s1", new double[] {0.9, 0.05, 0.05},
            "s2", new double[] {0.1, 0.6, 0.3},
            "s3", new double[] {0.2, 0.2, 0.6});
    private static final AuthorStance.Probabilities MODEL = (text, target) -> P.get(text);

    private static TargetResult target(List<Integer> authorSentences, String authorTitle) {
        return new TargetResult("ukraine_aid", 4, 0, 0, StanceLabel.NONE, List.of(0, 1, 2, 3), 0, StanceLabel.NONE, 0,
                0, 0, 0, authorSentences, authorTitle);
    }

    @Test
    void theMeanOverTheAuthorsSentencesWithTheHeadlineTwice() {
        AuthorStance a = AuthorStance.of(target(List.of(0, 2), "title"), SENTENCES, MODEL, CLASSES);
        // (2 * (0.8 - 0.1) + (0.2 - 0.1) + (0.6 - 0.1)) / 4
        assertEquals(0.5, a.stance(), 1e-12);
        assertEquals("FAVOR", a.label());
        assertEquals(2, a.statements(), "the headline and s2 take a side; s0 does not");
    }

    @Test
    void anotherVoicesSentenceIsNotRead() {
        AuthorStance withQuote = AuthorStance.of(target(List.of(1, 2), null), SENTENCES, MODEL, CLASSES);
        assertEquals("AGAINST", withQuote.label());
        AuthorStance without = AuthorStance.of(target(List.of(2), null), SENTENCES, MODEL, CLASSES);
        assertEquals("FAVOR", without.label());
    }

    @Test
    void weakOrSidelessIsNoneAndNothingInTheAuthorsVoiceLeavesTheRules() {
        AuthorStance sideless = AuthorStance.of(target(List.of(0, 3), null), SENTENCES, MODEL, CLASSES);
        assertEquals(new AuthorStance(0, "NONE", 0), sideless);
        Map<String, double[]> mixed = Map.of("s0", new double[] {0.45, 0.5, 0.05}, "s1", new double[] {0.5, 0.48, 0.02});
        AuthorStance weak = AuthorStance.of(target(List.of(0, 1), null), SENTENCES, (t, g) -> mixed.get(t), CLASSES);
        assertEquals(0.015, weak.stance(), 1e-12);
        assertEquals("NONE", weak.label(), "below the threshold");
        assertEquals(2, weak.statements());
        assertNull(AuthorStance.of(target(List.of(), null), SENTENCES, MODEL, CLASSES));
    }
}
