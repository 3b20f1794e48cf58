package org.slant.analysis.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every snippet of the three VADER ground-truth sets must score exactly as the original Python
 * implementation did (reference_scores_*.tsv): compound to 4 decimals, neg/neu/pos to 3.
 * The data are research-only and live outside the repository; without them the test is skipped.
 */
class VaderParityTest {

    private static final int SHOW = 20;
    private static VaderAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = VaderAnalyzer.fromClasspath();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tweets", "movie_review_snippets", "amazon_review_snippets"})
    void matchesPythonReference(String set) throws IOException {
        Path dir = VaderTestData.defaultDir();
        Assumptions.assumeTrue(Files.isDirectory(dir), "../shared/data not present: VADER parity test skipped");

        List<VaderTestData.Snippet> snippets = VaderTestData.snippets(dir, set);
        Map<String, SentimentScores> reference = VaderTestData.referenceScores(dir, set);
        assertEquals(reference.size(), snippets.size(), set + ": texts and reference scores differ in row count");

        List<String> mismatches = new ArrayList<>();
        int equal = 0;
        for (VaderTestData.Snippet s : snippets) {
            SentimentScores want = reference.get(s.id());
            if (want == null) {
                fail(set + ": no reference score for id " + s.id());
            }
            SentimentScores got = analyzer.score(s.text());
            if (sameScores(got, want)) {
                equal++;
            } else {
                mismatches.add(s.id() + "\t" + s.text() + "\n    python " + want + "\n    java   " + got);
            }
        }
        System.out.printf("VADER parity %s: %d / %d rows equal%n", set, equal, snippets.size());
        if (!mismatches.isEmpty()) {
            fail(set + ": " + mismatches.size() + " of " + snippets.size() + " rows differ; first ones:\n"
                    + String.join("\n", mismatches.subList(0, Math.min(SHOW, mismatches.size()))));
        }
    }

    /** Both sides are already rounded, so equality of the doubles is equality to 3 / 4 decimals. */
    private static boolean sameScores(SentimentScores a, SentimentScores b) {
        return Math.round(a.compound() * 1e4) == Math.round(b.compound() * 1e4)
                && Math.round(a.neg() * 1e3) == Math.round(b.neg() * 1e3)
                && Math.round(a.neu() * 1e3) == Math.round(b.neu() * 1e3)
                && Math.round(a.pos() * 1e3) == Math.round(b.pos() * 1e3);
    }
}
