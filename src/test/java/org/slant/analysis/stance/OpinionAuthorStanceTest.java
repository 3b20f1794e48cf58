package org.slant.analysis.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.slant.analysis.sentiment.VaderAnalyzer;
import org.slant.analysis.targets.TargetCatalog;
import org.slant.evaluate.StanceEvaluation;

/**
 * Rules for the author's position in argument pieces and the sentence rules they rely on. The
 * sentences and articles were written for these tests.
 */
class OpinionAuthorStanceTest {
    private static final StanceEvaluation EVAL = new StanceEvaluation(TargetCatalog.builtIn(),
            VaderAnalyzer.fromClasspath());

    private static String label(String text, String target) {
        return EVAL.predict(text, target).label();
    }

    @Test
    void actionInAnUntilClauseIsNotDoneToTheMention() {
        // "passes" acts on the border changes, not on the aid the condition holds up
        assertEquals("AGAINST", label("The House should not send another dollar of Ukraine aid until it passes "
                + "new rules for the southern border.", "ukraine_aid"));
        assertEquals("AGAINST", label("Lawmakers must withhold the aid to Ukraine until the Pentagon finishes "
                + "its audit.", "ukraine_aid"));
    }
}
