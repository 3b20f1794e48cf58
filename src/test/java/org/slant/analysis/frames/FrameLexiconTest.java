package org.slant.analysis.frames;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class FrameLexiconTest {

    static FrameLexicon lexicon(String text) {
        return FrameLexicon.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.tsv");
    }

    /** Sentence scores as {frame=weight ...} for the frames with cues, for compact assertions. */
    static String scores(FrameLexicon lexicon, String sentence) {
        double[] s = new FrameScorer(lexicon).scoreSentence(sentence);
        StringBuilder out = new StringBuilder();
        for (int f = 0; f < s.length; f++) {
            if (s[f] != 0) {
                out.append(out.length() == 0 ? "" : " ").append(Frame.at(f).id()).append('=').append(s[f]);
            }
        }
        return out.toString();
    }

    private static IllegalArgumentException parseError(String text) {
        return assertThrows(IllegalArgumentException.class, () -> lexicon(text));
    }

    @Test
    void builtInLexiconCoversEverySubstantiveFrame() {
        FrameLexicon lex = FrameLexicon.builtIn();
        for (Frame f : Frame.values()) {
            if (f == Frame.OTHER) {
                assertEquals(0, lex.cueCount(f));
            } else {
                assertTrue(lex.cueCount(f) >= 60 && lex.cueCount(f) <= 300, f + " has " + lex.cueCount(f) + " cues");
            }
        }
        assertTrue(lex.source().contains("frames.tsv"));
    }

    @Test
    void parsesCommentsBlankLinesDefaultWeightAndBom() {
        FrameLexicon lex = lexicon("\uFEFF# a comment\n\neconomic\ttax\t2\n  # indented comment\nmorality\tevil\n");
        assertEquals(2, lex.size());
        assertEquals("economic=2.0", scores(lex, "The tax rose"));
        assertEquals("morality=1.0", scores(lex, "pure evil"));
    }

    @Test
    void invalidUtf8IsAnErrorNamingFileAndLine() {
        byte[] text = "economic\ttax\t2\nmorality\tcaf\u00e9\t1\n".getBytes(StandardCharsets.ISO_8859_1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FrameLexicon.parse(new ByteArrayInputStream(text), "test.tsv"));
        assertTrue(e.getMessage().startsWith("test.tsv:2: invalid UTF-8"), e.getMessage());
    }

    @Test
    void unknownFrameIsAnErrorNamingFileAndLine() {
        IllegalArgumentException e = parseError("economic\ttax\t2\n# c\neconomy\tprice\t1\n");
        assertTrue(e.getMessage().startsWith("test.tsv:3: unknown frame id 'economy'"), e.getMessage());
    }

    @Test
    void otherTakesNoCues() {
        assertTrue(parseError("other\tweather\t1\n").getMessage().startsWith("test.tsv:1: frame 'other'"));
    }

    @Test
    void badWeightsAreErrors() {
        assertTrue(parseError("economic\ttax\theavy\n").getMessage().contains("test.tsv:1: weight 'heavy' is not a number"));
        assertTrue(parseError("economic\ttax\t0\n").getMessage().contains("test.tsv:1: weight 0 is outside"));
        assertTrue(parseError("economic\ttax\t-1\n").getMessage().contains("outside"));
        assertTrue(parseError("economic\ttax\t11\n").getMessage().contains("outside"));
        assertTrue(parseError("economic\ttax\tNaN\n").getMessage().contains("outside"));
    }

    @Test
    void emptyOrUnusableCuesAreErrors() {
        assertTrue(parseError("economic\t \t1\n").getMessage().contains("test.tsv:1: empty cue"));
        assertTrue(parseError("economic\t&&\t1\n").getMessage().contains("has no letters or digits"));
        assertTrue(parseError("economic\tta*x\t1\n").getMessage().contains("'*' may only end a word"));
        assertTrue(parseError("economic\tt*\t1\n").getMessage().contains("too short"));
        assertTrue(parseError("economic\ta b c d e f g h i\t1\n").getMessage().contains("missing TAB"));
    }

    @Test
    void wrongColumnCountAndDuplicatesAreErrors() {
        assertTrue(parseError("economic tax 1\n").getMessage().contains("test.tsv:1: expected frame<TAB>cue<TAB>weight"));
        assertTrue(parseError("economic\ttax\t1\tx\n").getMessage().contains("found 4 column(s)"));
        IllegalArgumentException dup = parseError("economic\tTax\t1\nmorality\ttax\t1\neconomic\ttax\t2\n");
        assertTrue(dup.getMessage().contains("test.tsv:3: cue 'tax' is listed twice for economic (first on line 1)"), dup.getMessage());
        assertThrows(IllegalArgumentException.class, () -> lexicon("# only comments\n"));
    }

    @Test
    void matchingIgnoresCaseApostrophesAndPossessives() {
        FrameLexicon lex = lexicon("security_defense\tkyiv\t1\neconomic\ttaxpayers' money\t3\nmorality\tdon't abandon\t2\n");
        assertEquals("security_defense=1.0", scores(lex, "KYIV’S defenders"));
        assertEquals("economic=3.0", scores(lex, "Taxpayers’ money"));
        assertEquals("morality=2.0", scores(lex, "Don’t ABANDON them"));
    }

    @Test
    void stemsMatchWordsThatStartWithThemLongestStemFirst() {
        FrameLexicon lex = lexicon("economic\ttax*\t1\neconomic\ttaxpayer*\t2\nhealth_safety\tvaccin*\t3\n");
        assertEquals("economic=2.0", scores(lex, "taxpayers"));
        assertEquals("economic=1.0", scores(lex, "taxes"));
        assertEquals("economic=1.0", scores(lex, "tax"));
        assertEquals("health_safety=6.0", scores(lex, "Vaccines and vaccination"));
        assertEquals("", scores(lex, "ta vacci"));
    }

    @Test
    void exactWordBeatsStemAndStemsWorkInsidePhrases() {
        FrameLexicon lex = lexicon("economic\tstock*\t1\ncapacity_resources\tstockpile\t3\n"
                + "public_opinion\tapproval rating*\t3\n");
        assertEquals("capacity_resources=3.0", scores(lex, "stockpile"));
        assertEquals("economic=1.0", scores(lex, "stockpiles"));
        assertEquals("public_opinion=3.0", scores(lex, "his approval ratings fell"));
        assertEquals("", scores(lex, "approval"));
    }

    @Test
    void longestPhraseWinsAndEachTokenCountsOnce() {
        FrameLexicon lex = lexicon("security_defense\tsecurity\t2\nsecurity_defense\tnational security\t3\n"
                + "external_regulation\tsecurity council\t3\nquality_of_life\tsocial security\t2\n"
                + "economic\ttaxpayer dollars\t3\neconomic\tdollars\t1\n");
        assertEquals("security_defense=3.0", scores(lex, "a national security threat"));
        assertEquals("external_regulation=3.0", scores(lex, "the U.N. Security Council"));
        assertEquals("quality_of_life=2.0", scores(lex, "social security checks"));
        assertEquals("security_defense=2.0", scores(lex, "security"));
        // "national security council": the match at "national" consumes "security", so the council phrase cannot start there.
        assertEquals("security_defense=3.0", scores(lex, "national security council"));
        assertEquals("economic=4.0", scores(lex, "taxpayer dollars and more dollars"));
    }

    @Test
    void partialPhraseFallsBackToShorterCue() {
        FrameLexicon lex = lexicon("health_safety\tgun violence\t3\nhealth_safety\tgun\t1\nsecurity_defense\tviolence\t1\n");
        assertEquals("security_defense=1.0 health_safety=1.0", scores(lex, "gun and violence"));
        assertEquals("health_safety=3.0", scores(lex, "gun violence"));
    }

    @Test
    void sameCueInTwoFramesCountsForBoth() {
        FrameLexicon lex = lexicon("economic\ttariffs\t1.5\nexternal_regulation\ttariffs\t2\n");
        assertEquals("economic=1.5 external_regulation=2.0", scores(lex, "Tariffs"));
    }

    @Test
    void moneyPseudoWordMatchesCurrencyAmounts() {
        FrameLexicon lex = lexicon("economic\t<money>\t1\neconomic\t<money> billion\t3\n");
        assertEquals("economic=3.0", scores(lex, "It costs $60 billion"));
        assertEquals("economic=2.0", scores(lex, "€5.2 and £3"));
        assertEquals("", scores(lex, "60 billion"));
    }

    @Test
    void emptyAndNullSentencesScoreZero() {
        FrameScorer scorer = new FrameScorer(FrameLexicon.builtIn());
        assertArrayEquals(new double[Frame.COUNT], scorer.scoreSentence(""));
        assertArrayEquals(new double[Frame.COUNT], scorer.scoreSentence(null));
        assertArrayEquals(new double[Frame.COUNT], scorer.scoreSentence("... — !!"));
    }
}
