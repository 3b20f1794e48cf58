package org.slant.analysis.stance;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.slant.analysis.sentiment.VaderAnalyzer;
import org.slant.analysis.sentiment.VaderAnalyzer.TokenValences;
import org.slant.analysis.targets.TargetCatalog;
import org.slant.evaluate.StanceEvaluation;

/**
 * Floors on the labelled data we develop against (measured value minus a small margin), so that a
 * rule change that silently costs accuracy fails the build. Skipped, with a message, where the data
 * is not on this machine. The held-out stance test file is never read here.
 */
class LabelledDataTest {
    private static final VaderAnalyzer VADER = VaderAnalyzer.fromClasspath();

    @Test
    void stanceDevSetFloor() throws IOException {
        assumeTrue(Files.isReadable(StanceDevEvaluation.DEV),
                "stance dev set not found at " + StanceDevEvaluation.DEV + "; skipping the floor check");
        List<StanceDevEvaluation.Row> rows = StanceDevEvaluation.read(StanceDevEvaluation.DEV);
        double[] r = StanceDevEvaluation.evaluate(rows, new StanceEvaluation(TargetCatalog.builtIn(), VADER), false);
        // Measured: F_avg 0.778, macro-F1 0.762 (274 rows; first version 0.656 / 0.659).
        assertTrue(r[0] >= 0.77, "F_avg " + r[0]);
        assertTrue(r[1] >= 0.76, "macro-F1 " + r[1]);
    }

    /** Second dev set, written before the third-round rules; its rows were then used to develop them. */
    static final java.nio.file.Path DEV2 = java.nio.file.Path.of("datasets/labeled/stance_dev2.tsv");

    @Test
    void stanceDev2SetFloor() throws IOException {
        assumeTrue(Files.isReadable(DEV2), "stance dev2 set not found at " + DEV2.toAbsolutePath() + "; skipping");
        List<StanceDevEvaluation.Row> rows = StanceDevEvaluation.read(DEV2);
        double[] r = StanceDevEvaluation.evaluate(rows, new StanceEvaluation(TargetCatalog.builtIn(), VADER), false);
        // Measured: F_avg 0.814, macro-F1 0.808 (176 rows); 0.533 / 0.561 before the third round, when unseen.
        // Seventh round: 0.805 / 0.801. Its sarcasm markers turn around "Sure, let's write Kyiv another
        // blank check…", whose loaded phrase had already given the speaker's stance (one row); an
        // unanswered yes/no question takes no position, which loses one rhetorical one ("Is there a
        // better bargain … than the aid to Ukraine…?"): 0.804 / 0.796.
        assertTrue(r[0] >= 0.80, "F_avg " + r[0]);
        assertTrue(r[1] >= 0.79, "macro-F1 " + r[1]);
    }

    /** Whole articles labelled for the author's own stance (dev; the test articles are never read here). */
    static final java.nio.file.Path ARTICLES = java.nio.file.Path.of("datasets/labeled/stance_articles_dev.jsonl");

    @Test
    void articleAuthorStanceFloor() throws IOException {
        assumeTrue(Files.isReadable(ARTICLES), "article dev set not found at " + ARTICLES.toAbsolutePath() + "; skipping");
        org.slant.evaluate.LabeledData.Loaded loaded = org.slant.evaluate.LabeledData.read(ARTICLES);
        org.slant.evaluate.ArticleStanceEvaluation eval = new org.slant.evaluate.ArticleStanceEvaluation(
                new ArticleTargetAnalyzer(TargetCatalog.builtIn(), VADER));
        org.slant.evaluate.Metrics m = new org.slant.evaluate.Metrics(List.of("FAVOR", "AGAINST", "NONE"));
        for (org.slant.evaluate.LabeledItem item : loaded.items()) {
            m.add(item.label(), eval.apply(item).label());
        }
        // Measured: accuracy 0.70, macro-F1 0.678 (50 articles); the pooled mean of all voices scored 0.48 / 0.475.
        assertTrue(m.accuracy() >= 0.66, "accuracy " + m.accuracy());
        assertTrue(m.macroF1() >= 0.64, "macro-F1 " + m.macroF1());
    }

    @Test
    void newsMtscFloorAndAboveBaseline() throws IOException {
        assumeTrue(Files.isReadable(NewsMtscEvaluation.FILE),
                "NewsMTSC not found at " + NewsMtscEvaluation.FILE + "; skipping the floor check");
        List<NewsMtscEvaluation.Row> rows = NewsMtscEvaluation.read(NewsMtscEvaluation.FILE);
        double[] baseline = new double[rows.size()];
        Map<String, TokenValences> cache = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            baseline[i] = VADER.score(rows.get(i).text()).compound();
            cache.computeIfAbsent(rows.get(i).text(), VADER::tokenValences);
        }
        TargetSentiment ts = new TargetSentiment(VADER);
        double[] ours = NewsMtscEvaluation.scores(rows, ts, cache);
        TargetSentiment.Params d = TargetSentiment.DEFAULT;
        double b = NewsMtscEvaluation.evaluate(rows, baseline, 0.05, 0.05, null).macroF1();
        double o = NewsMtscEvaluation.evaluate(rows, ours, d.positiveAt(), d.negativeAt(), null).macroF1();
        double check = NewsMtscEvaluation.evaluate(rows, ours, d.positiveAt(), d.negativeAt(), true).macroF1();
        // Measured: baseline 0.520; ours 0.558 (all), 0.565 (20% check split).
        assertTrue(o > b + 0.02, "ours " + o + " vs baseline " + b);
        assertTrue(o >= 0.545, "macro-F1 " + o);
        assertTrue(check >= 0.545, "check-split macro-F1 " + check);
    }
}
