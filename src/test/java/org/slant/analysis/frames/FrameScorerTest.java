package org.slant.analysis.frames;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class FrameScorerTest {
    private static final FrameLexicon SMALL = FrameLexiconTest.lexicon(String.join("\n",
            "economic\tcost*\t2",
            "economic\tbudget\t1",
            "security_defense\ttroops\t3",
            "security_defense\tdefend\t1.5",
            "morality\tmoral obligation\t3",
            "public_opinion\tpoll*\t3",
            "policy_prescription\tplan\t2",
            "political\tsenators\t2",
            "legality\tlawful\t1"));
    private final FrameScorer scorer = new FrameScorer(SMALL, 1.5, 1.0);

    @Test
    void classifyPicksTheFrameWithMostWeightAndReportsItsShare() {
        FramePrediction p = scorer.classify("The troops cost more than the budget allowed.");
        assertEquals(Frame.SECURITY_DEFENSE, p.frame());
        assertEquals("security_defense", p.label());
        assertEquals(6.0, p.weight(), 1e-9);
        assertEquals(0.5, p.score(), 1e-9);
    }

    @Test
    void belowTheSentenceThresholdIsOther() {
        assertEquals(Frame.OTHER, scorer.classify("Is that lawful?").frame());
        assertEquals(1.0, scorer.classify("Is that lawful?").weight(), 1e-9);
        assertEquals(Frame.OTHER, scorer.classify("The meeting starts at noon.").frame());
        assertEquals(0, scorer.classify("The meeting starts at noon.").score());
        assertEquals(Frame.OTHER, scorer.classify("").frame());
        assertEquals(Frame.OTHER, scorer.classify(null).frame());
        assertEquals(Frame.LEGALITY, new FrameScorer(SMALL, 1.0, 1.0).classify("Is that lawful?").frame());
    }

    @Test
    void tiesGoToTheStrongerCueThenAwayFromCatchAllFrames() {
        // security 1.5+1.5=3 via two weak cues vs morality 3 via one strong cue: the strong cue wins.
        assertEquals(Frame.MORALITY, scorer.classify("defend, defend: a moral obligation").frame());
        // policy 2 vs political 2, equally strong cues: the specific frame wins over policy_prescription.
        assertEquals(Frame.POLITICAL, scorer.classify("senators and a plan").frame());
        assertEquals(Frame.POLITICAL, scorer.classify("a plan and senators").frame());
    }

    @Test
    void articleSharesSumToOneAndPrimaryIsTheLargest() {
        ArticleFrames a = scorer.analyze(List.of(
                "Senators debated the plan.",
                "A poll shows voters doubt it.",
                "Polls and more polls.",
                "The weather was fine."));
        // political 2, policy 2, public_opinion 3+3+3 = 9; total 13.
        assertEquals(13.0, a.totalWeight(), 1e-9);
        assertEquals(9.0 / 13, a.score(Frame.PUBLIC_OPINION), 1e-9);
        assertEquals(2.0 / 13, a.score(Frame.POLITICAL), 1e-9);
        assertEquals(0, a.score(Frame.OTHER));
        double sum = 0;
        for (double s : a.scores()) {
            sum += s;
        }
        assertEquals(1.0, sum, 1e-9);
        assertEquals(Frame.PUBLIC_OPINION, a.primaryFrame());
        // Codebook order, not score order.
        assertEquals(List.of("policy_prescription", "public_opinion", "political"), List.copyOf(a.nonZeroScores().keySet()));
        assertEquals(4, a.sentenceCount());
        assertEquals(13.0 / 4, a.density(), 1e-9);
    }

    @Test
    void perSentencePrimaryFramesAreIndexedLikeTheInput() {
        ArticleFrames a = scorer.analyze(List.of(
                "Senators debated the plan.",
                "The weather was fine.",
                "",
                "Is that lawful?",
                "Troops were sent."));
        assertEquals(List.of(Frame.POLITICAL, Frame.OTHER, Frame.OTHER, Frame.OTHER, Frame.SECURITY_DEFENSE), a.sentenceFrames());
        assertEquals(Frame.SECURITY_DEFENSE, a.sentenceFrame(4));
        assertThrows(UnsupportedOperationException.class, () -> a.sentenceFrames().set(0, Frame.ECONOMIC));
    }

    @Test
    void articleWithoutCuesIsOtherWithShareOne() {
        ArticleFrames a = scorer.analyze(List.of("The weather was fine.", "Nothing happened."));
        assertEquals(Frame.OTHER, a.primaryFrame());
        assertEquals(1.0, a.score(Frame.OTHER));
        assertEquals(Map.of("other", 1.0), a.nonZeroScores());
        ArticleFrames empty = scorer.analyze(List.of());
        assertEquals(Frame.OTHER, empty.primaryFrame());
        assertEquals(0, empty.density());
        assertEquals(List.of(), empty.sentenceFrames());
    }

    @Test
    void sparseArticleIsOtherButKeepsItsShares() {
        List<String> sentences = new ArrayList<>();
        sentences.add("Troops were sent.");
        for (int i = 0; i < 5; i++) {
            sentences.add("The weather was fine.");
        }
        ArticleFrames a = scorer.analyze(sentences);
        assertEquals(0.5, a.density(), 1e-9);
        assertEquals(Frame.OTHER, a.primaryFrame());
        assertEquals(1.0, a.score(Frame.SECURITY_DEFENSE));
        assertEquals(Frame.SECURITY_DEFENSE, new FrameScorer(SMALL, 1.5, 0.5).analyze(sentences).primaryFrame());
    }

    @Test
    void scoresArrayIsACopy() {
        ArticleFrames a = scorer.analyze(List.of("Troops were sent."));
        a.scores()[Frame.SECURITY_DEFENSE.ordinal()] = 0;
        assertEquals(1.0, a.score(Frame.SECURITY_DEFENSE));
    }

    @Test
    void rejectsBadConstruction() {
        assertThrows(IllegalArgumentException.class, () -> new FrameScorer(null));
        assertThrows(IllegalArgumentException.class, () -> new FrameScorer(SMALL, -1, 1));
        assertThrows(IllegalArgumentException.class, () -> new FrameScorer(SMALL, 1, Double.NaN));
    }

    @Test
    void builtInLexiconOnTypicalSentences() {
        FrameScorer builtIn = new FrameScorer(FrameLexicon.builtIn());
        assertEquals(Frame.PUBLIC_OPINION, builtIn.classify("A new Gallup poll shows support for Ukraine aid slipping.").frame());
        assertEquals(Frame.CAPACITY_RESOURCES, builtIn.classify("Stockpiles of artillery shells are running out.").frame());
        assertEquals(Frame.LEGALITY, builtIn.classify("The Supreme Court ruled the law unconstitutional.").frame());
        assertEquals(Frame.ECONOMIC, builtIn.classify("Critics say the package wastes taxpayer dollars.").frame());
        assertEquals(Frame.MORALITY, builtIn.classify("We have a moral obligation to help.").frame());
        assertEquals(Frame.OTHER, builtIn.classify("The meeting was moved to Tuesday.").frame());
    }

    @Test
    void fuzzedInputNeverThrowsAndSharesStayInRange() {
        FrameScorer builtIn = new FrameScorer(FrameLexicon.builtIn());
        Random random = new Random(42);
        String alphabet = "aeiou tsrnl'’-.$€%*0123456789 ÄßÇ\u0301\uD83D\uDE00\n\t\"";
        for (int i = 0; i < 2000; i++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(60);
            for (int k = 0; k < len; k++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            builtIn.classify(text);
            ArticleFrames a = builtIn.analyze(List.of(text, text + " tax war poll"));
            double sum = 0;
            for (double s : a.scores()) {
                assertTrue(s >= 0 && s <= 1, text);
                sum += s;
            }
            assertEquals(1.0, sum, 1e-9, text);
        }
    }

    @Test
    void sharedScorerGivesTheSameResultsOnManyThreads() throws Exception {
        FrameScorer builtIn = new FrameScorer(FrameLexicon.builtIn());
        List<String> sentences = FrameThroughput.sampleSentences();
        List<Frame> expected = sentences.stream().map(s -> builtIn.classify(s).frame()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Frame>>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> sentences.stream().map(s -> builtIn.classify(s).frame()).toList()));
            }
            for (Future<List<Frame>> f : futures) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
