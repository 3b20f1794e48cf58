package org.slant.analysis.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.slant.analysis.sentiment.VaderAnalyzer;
import org.slant.analysis.targets.TargetCatalog;
import org.slant.evaluate.StanceEvaluation;

/**
 * The general rules of the round that widened stance beyond its development sentences: a WordNet
 * section of the lexicon, subordinate contrast, conditions and absences judged by their
 * consequence, and the tone of an evaluated issue. The sentences were written for these tests.
 */
class StanceGeneralRulesTest {
    private static final StanceEvaluation EVAL = new StanceEvaluation(TargetCatalog.builtIn(),
            VaderAnalyzer.fromClasspath());

    private static String label(String text, String target) {
        return EVAL.predict(text, target).label();
    }

    @Test
    void wordNetSectionIsShippedWithItsLicence() throws IOException {
        String lexicon;
        try (InputStream in = StanceScorer.class.getResourceAsStream("predicates.tsv")) {
            lexicon = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(lexicon.contains("# === BEGIN WordNet 3.0 section"), "generated section present");
        assertTrue(lexicon.contains("# === END WordNet 3.0 section"), "generated section closed");
        try (InputStream in = StanceScorer.class.getResourceAsStream("WORDNET-LICENSE.txt")) {
            String licence = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(licence.contains("WordNet 3.0 Copyright 2006 by Princeton University"));
        }
        // the review dropped senses that are no stance in war reporting
        assertTrue(!lexicon.contains("\nrepulse\t") && !lexicon.contains("\nwithstand\t"), "reviewed out");
    }

    @Test
    void wordNetVocabularyCarriesStance() {
        // synonyms and troponyms of the seed senses, none of them in the hand-written rows
        assertEquals("FAVOR", label("Several senators extolled the aid to Ukraine on Tuesday.", "ukraine_aid"));
        assertEquals("AGAINST", label("A columnist lampooned the aid to Ukraine in his Sunday column.", "ukraine_aid"));
        assertEquals("AGAINST", label("The governor called the aid to Ukraine foolhardy.", "ukraine_aid"));
        assertEquals("AGAINST", label("The sanctions on Russia are toothless, an economist said.", "sanctions_on_russia"));
        assertEquals("AGAINST", label("Two senators sought to stonewall the aid to Ukraine until autumn.", "ukraine_aid"));
    }

    @Test
    void subordinateContrastLeavesTheMainClauseTheBottomLine() {
        // a mid-sentence "though/although" opens the subordinate clause: the clause before it wins
        assertEquals("FAVOR", label("The senator backed the aid to Ukraine, although she later criticized it.", "ukraine_aid"));
        assertEquals("FAVOR", label("The aid to Ukraine is welcome, though critics say it comes late.", "ukraine_aid"));
        // a sentence-initial one still leaves the main clause after the comma
        assertEquals("AGAINST", label("Though she once praised the aid to Ukraine, the governor voted against it.", "ukraine_aid"));
        // "but" is unchanged: the later clause wins
        assertEquals("FAVOR", label("The senator complained about the aid to Ukraine but voted for it.", "ukraine_aid"));
    }

    @Test
    void conditionJudgedByItsConsequence() {
        assertEquals("FAVOR", label("If Congress fails to pass the aid to Ukraine, Kyiv's gunners will run out of shells.", "ukraine_aid"));
        assertEquals("FAVOR", label("If lawmakers cut off the aid to Ukraine, they would hand Putin a win.", "ukraine_aid"));
        // "unless" is "if not"
        assertEquals("FAVOR", label("Unless lawmakers approve the aid to Ukraine, the front could grind to a halt.", "ukraine_aid"));
        // a condition without a judged consequence keeps the plain hedged action
        assertEquals("AGAINST", label("If re-elected, he will cut off the aid to Ukraine.", "ukraine_aid"));
    }

    @Test
    void harmFromTheTargetsAbsenceFavoursIt() {
        assertEquals("FAVOR", label("Without the new weapons package, the brigades in the south will run out of artillery rounds by June.", "ukraine_aid"));
        assertEquals("FAVOR", label("Absent fresh aid to Ukraine, its air defenses could go dark within weeks, the general warned.", "ukraine_aid"));
        // "without" that names no harm is procedure
        assertEquals("NONE", label("The Senate scheduled a vote on the aid to Ukraine without a debate on amendments.", "ukraine_aid"));
    }

    @Test
    void anEvaluatedIssueTakesTheToneOfItsPredicate() {
        assertEquals("AGAINST", label("The aid to Ukraine was a terrible use of money, the candidate said.", "ukraine_aid"));
        // a passive reports what is done to the issue and stays neutral
        assertEquals("NONE", label("The aid to Ukraine is administered by the Pentagon.", "ukraine_aid"));
    }
}
