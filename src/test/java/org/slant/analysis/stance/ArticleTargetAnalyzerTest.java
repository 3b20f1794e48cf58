package org.slant.analysis.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
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
}
