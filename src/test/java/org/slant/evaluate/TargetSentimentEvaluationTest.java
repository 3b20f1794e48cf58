package org.slant.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.slant.analysis.sentiment.VaderAnalyzer;

class TargetSentimentEvaluationTest {
    private static final TargetSentimentEvaluation EVAL = new TargetSentimentEvaluation(VaderAnalyzer.fromClasspath());

    @Test
    void evaluationByOffsetsOrByText() {
        assertEquals("negative", EVAL.predict("Critics slammed the mayor for the delay.", "the mayor").label());
        assertEquals(EVAL.predict("Critics slammed the mayor.", 20, 25), EVAL.predict("Critics slammed the mayor.", "mayor"));
        assertThrows(IllegalArgumentException.class, () -> EVAL.predict("short", 2, 40));
    }

    @Test
    void mentionByTextIsFoundInTheTextAsGivenWhateverCaseMappingDoes() {
        // "İ" lower-cases to two chars: an index found in a lower-cased copy is 4 too far here.
        String s = "İSTANBUL, İZMİR, İĞDIR: the brilliant mayor was praised, while Jones was a disgraceful fraud.";
        int jones = s.indexOf("Jones");
        assertEquals(jones, TargetSentimentEvaluation.indexIgnoringCase(s, "JONES"));
        assertEquals(s.indexOf("mayor"), TargetSentimentEvaluation.indexIgnoringCase(s, "Mayor"));
        assertEquals(0, TargetSentimentEvaluation.indexIgnoringCase(s, "istanbul"));
        assertEquals(-1, TargetSentimentEvaluation.indexIgnoringCase(s, "Smith"));
        assertEquals(EVAL.predict(s, jones, jones + 5), EVAL.predict(s, "jones"));
        // ... and the span 4 too far ("s was") scores differently, so the shift matters.
        assertNotEquals(EVAL.predict(s, jones + 4, jones + 9), EVAL.predict(s, "jones"));
    }
}
