package org.slant.analysis.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.slant.analysis.Genre;
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

    private static final ArticleTargetAnalyzer ARTICLES = ArticleTargetAnalyzer.standard();

    private static TargetResult aid(String title, List<String> body, Genre genre) {
        return ARTICLES.analyze(title, body, genre).targets().stream()
                .filter(t -> t.target().equals("ukraine_aid")).findFirst().orElseThrow();
    }

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

    @Test
    void actionThatBeforeOrUntilPutsOffIsHeldUp() {
        assertEquals("AGAINST", label("Fix the border first, before we send more aid to Ukraine.", "ukraine_aid"));
        // a time phrase after the mention leaves the action as it is
        assertEquals("FAVOR", label("Democrats vowed to pass aid to Ukraine before the recess.", "ukraine_aid"));
    }

    @Test
    void catalogAliasesNameTheRecipientOfAnIssue() {
        // "aid to Ukraine" / "aid to Kyiv": the country is the aid's recipient; sanctions are "on" Russia
        var map = ArticleTargetAnalyzer.recipients(ARTICLES.catalog(),
                new org.slant.analysis.targets.MentionFinder(ARTICLES.catalog()));
        assertEquals("ukraine_aid", map.get("ukraine"));
        assertEquals(null, map.get("russia"));
    }

    @Test
    void opinionHeadlineActingOnTheRecipientStatesTheThesisOnTheIssue() {
        List<String> body = List.of(
                "The Senate took up the Ukraine aid on Tuesday.",
                "Some members say the country has other needs, and they are not wrong about the debt.");
        String title = "The House must not abandon Kyiv";
        assertEquals(StanceLabel.FAVOR, aid(title, body, Genre.OPINION).authorLabel());
        assertEquals(StanceLabel.AGAINST, aid("Stop arming Kyiv", body, Genre.OPINION).authorLabel());
        // a news headline is no statement of the outlet's, and neither is an untitled piece
        assertEquals(StanceLabel.NONE, aid(title, body, Genre.NEWS).authorLabel());
        assertEquals(StanceLabel.NONE, aid(null, body, Genre.OPINION).authorLabel());
    }

    @Test
    void opinionThresholdLetsAWeakButConsistentThesisThrough() {
        assertEquals(StanceLabel.FAVOR, ArticleTargetAnalyzer.authorLabel(0.12, 3, Genre.OPINION));
        assertEquals(StanceLabel.NONE, ArticleTargetAnalyzer.authorLabel(0.08, 3, Genre.OPINION));
        assertEquals(StanceLabel.NONE, ArticleTargetAnalyzer.authorLabel(0.12, 3, Genre.NEWS));
    }
}
