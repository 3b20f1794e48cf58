package org.slant.analysis.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.slant.analysis.Genre;
import org.slant.analysis.sentiment.VaderAnalyzer;
import org.slant.analysis.targets.TargetCatalog;

class ArticleTargetAnalyzerTest {
    private static final ArticleTargetAnalyzer ANALYZER =
            new ArticleTargetAnalyzer(TargetCatalog.builtIn(), VaderAnalyzer.fromClasspath());

    @Test
    void aggregatesPerTarget() {
        ArticleTargets a = ANALYZER.analyze(List.of(
                "Kyiv is running out of air defense interceptors.",
                "House Republicans blocked the package again on Friday.",
                "The weather in Washington was mild.",
                "Democrats vowed to pass aid to Ukraine before the recess."));
        TargetResult aid = a.targets().stream().filter(t -> t.target().equals("ukraine_aid")).findFirst().orElseThrow();
        assertEquals(2, aid.mentions());
        assertEquals(List.of(1, 3), aid.sentenceIndexes());
        TargetResult ukraine = a.targets().stream().filter(t -> t.target().equals("ukraine")).findFirst().orElseThrow();
        assertEquals(List.of(0, 3), ukraine.sentenceIndexes());
        assertTrue(a.actorStances().stream().anyMatch(s -> s.actor().equals("republicans")
                && s.target().equals("ukraine_aid") && s.label() == StanceLabel.AGAINST && s.sentence() == 1));
        assertTrue(a.actorStances().stream().anyMatch(s -> s.actor().equals("democrats")
                && s.target().equals("ukraine_aid") && s.label() == StanceLabel.FAVOR && s.sentence() == 3));
    }

    @Test
    void noFalseAidFromDisasterAidOrAides() {
        ArticleTargets a = ANALYZER.analyze(List.of(
                "Congress approved $20 billion in disaster aid for Florida.",
                "A senior aide said the package would pass.",
                "Aides to the governor welcomed the bill."));
        assertEquals(ArticleTargets.EMPTY, a);
        assertEquals(ArticleTargets.EMPTY, ANALYZER.analyze(List.of()));
    }

    @Test
    void stanceIsMeanOfNonZeroMentionStances() {
        ArticleTargets a = ANALYZER.analyze(List.of("NATO met in Brussels.", "Critics blasted NATO as a relic."));
        TargetResult nato = a.targets().get(0);
        assertEquals("nato", nato.target());
        assertTrue(nato.stance() < 0);
        assertEquals(StanceLabel.AGAINST, nato.stanceLabel());
    }

    @Test
    void theAuthorsSentencesLeaveOutQuotedAndAttributedOnes() {
        List<String> body = List.of(
                "Congress should pass the Ukraine aid package this week.",
                "\"The Ukraine aid package is a blank check,\" said Rep. Dana Whitlock.",
                "Senator Marsh said the Ukraine aid package would be wasted.",
                "The House passed the Ukraine aid package on Saturday.",
                "The Ukraine aid package is what keeps Kyiv's air defenses firing.");
        String title = "Opinion: The Ukraine aid package cannot wait";
        TargetResult aid = aid(ANALYZER.analyze(title, body, Genre.OPINION));
        assertEquals(List.of(0, 1, 2, 3, 4), aid.sentenceIndexes());
        // The quote, the speaker's claim and the House's action are other voices; advice and a claim in
        // the writer's own words are the author's.
        assertEquals(List.of(0, 4), aid.authorSentences());
        assertEquals(title, aid.authorTitle());

        ArticleTargets opinion = ANALYZER.analyze(title, body, Genre.OPINION);
        List<TargetResult> notIssues = opinion.targets().stream().filter(t -> !t.target().equals("ukraine_aid")).toList();
        assertTrue(!notIssues.isEmpty(), opinion.targets().toString());
        // Countries, alliances and people keep the rules' author stance: nothing for a model to read.
        notIssues.forEach(t -> assertEquals(List.of(), t.authorSentences(), t.target()));

        TargetResult news = aid(ANALYZER.analyze("House passes Ukraine aid package", body, Genre.NEWS));
        assertNull(news.authorTitle(), "a news headline is never the outlet's statement");
        assertEquals(List.of(), news.authorSentences(), "a report's own voice stays the rules'");
        TargetResult quotedTitle = aid(ANALYZER.analyze("'Ukraine aid package is a blank check,' says critic", body,
                Genre.OPINION));
        assertNull(quotedTitle.authorTitle());
    }

    private static TargetResult aid(ArticleTargets a) {
        return a.targets().stream().filter(t -> t.target().equals("ukraine_aid")).findFirst().orElseThrow();
    }
}
