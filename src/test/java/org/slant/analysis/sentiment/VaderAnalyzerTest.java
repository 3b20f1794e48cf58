package org.slant.analysis.sentiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * One short case per VADER rule. Expected values are those the Python reference
 * (vaderSentiment 44fc044c) prints; the arithmetic of several is spelled out to show which rule acts.
 * Lexicon valences used: good 1.9, bad -2.5, great 3.1, no -1.2, acceptance 2.0, abilities 1.0.
 */
class VaderAnalyzerTest {

    private static final VaderAnalyzer VADER = VaderAnalyzer.fromClasspath();

    private static void assertScores(String text, double neg, double neu, double pos, double compound) {
        assertEquals(new SentimentScores(neg, neu, pos, compound), VADER.score(text), text);
    }

    @Test
    void plainLexiconWord() {
        // 1.9 / sqrt(1.9^2 + 15) = 0.4404; pos = (1.9 + 1) / (2.9 + 3 neutral words) = 0.492
        assertScores("The book was good.", 0.0, 0.508, 0.492, 0.4404);
    }

    @Test
    void kindOfDampensOnlyFromTheFourthToken() {
        // 1.9 - 0.293 = 1.607 -> 0.3832 ("kind" itself counts as neutral although it is a lexicon word)
        assertScores("The book was kind of good.", 0.0, 0.657, 0.343, 0.3832);
        // Reference quirk: the "kind of" bigram is only looked at when the word has three predecessors.
        assertScores("kind of bad", 0.636, 0.364, 0.0, -0.5423);
    }

    @Test
    void boosterAndCapsBooster() {
        // 1.9 + 0.293
        assertScores("The book was very good.", 0.0, 0.556, 0.444, 0.4927);
        // 1.9 + 0.293 + 0.733 (booster in caps while other words are not)
        assertScores("The book was VERY good.", 0.0, 0.505, 0.495, 0.6028);
    }

    @Test
    void allCapsWordOnlyCountsWhenOthersAreNot() {
        // GOOD: 1.9 + 0.733
        assertScores("The book was GOOD, ok.", 0.0, 0.524, 0.476, 0.5622);
        // every token in capitals: no differential, plain 1.9 - 2.5
        assertScores("GOOD BAD", 0.547, 0.0, 0.453, -0.1531);
    }

    @Test
    void negation() {
        // 1.9 * -0.74 = -1.406
        assertScores("The book was not good.", 0.376, 0.624, 0.0, -0.3412);
    }

    @Test
    void neverSoBoosts() {
        // "so" boosts (+0.293), then "never so" multiplies by 1.25 instead of negating
        assertScores("The book was never so good.", 0.0, 0.53, 0.47, 0.6626);
    }

    @Test
    void withoutDoubtIsNotANegation() {
        assertScores("Without a doubt, excellent idea.", 0.0, 0.341, 0.659, 0.7013);
    }

    @Test
    void least() {
        assertScores("Roger Dodger is one of the least compelling variations on this theme.", 0.132, 0.868, 0.0, -0.1695);
        assertScores("Roger Dodger is at least compelling as a variation on the theme.", 0.0, 0.853, 0.147, 0.2263);
    }

    @Test
    void butShiftsWeightToTheSecondClause() {
        assertScores("The plot was good, but the characters are uncompelling and the dialog is not great.",
                0.327, 0.579, 0.094, -0.7042);
    }

    @Test
    void butKeepsTheReferenceIndexQuirk() {
        // Intended: [2.0*0.5, 0, 1.0*1.5] = [1.0, 0, 1.5]. The reference re-finds each value with
        // list.index(), so after 2.0 became 1.0 the later 1.0 is found at position 0 and halved again:
        // [0.5, 0, 1.0], sum 1.5 -> 0.3612 (intended would be 0.5423).
        assertScores("acceptance but abilities", 0.0, 0.222, 0.778, 0.3612);
    }

    @Test
    void noAsNegator() {
        // "no" before a lexicon word is neutral itself and negates what follows
        assertScores("No good", 0.706, 0.294, 0.0, -0.3412);
        // Quirk: "NO" (0.0 valence, in caps while "good" is not) gets -0.733
        assertScores("NO good", 1.0, 0.0, 0.0, -0.4835);
        assertScores("no no good", 0.454, 0.189, 0.357, -0.1326);
    }

    @Test
    void exclamationAndQuestionMarks() {
        // 1.9 + 3 * 0.292
        assertScores("The book was good!!!", 0.0, 0.443, 0.557, 0.5826);
        // 4 question marks -> +0.96
        assertScores("The book was good?? Really??", 0.0, 0.509, 0.491, 0.594);
    }

    @Test
    void specialCaseIdioms() {
        assertScores("With VADER, sentiment analysis is the shit!", 0.0, 0.583, 0.417, 0.6476);
        assertScores("It is the bomb", 0.0, 0.429, 0.571, 0.6124);
        assertScores("I would die for it", 0.494, 0.506, 0.0, -0.5994);
    }

    @Test
    void emoticonsAndEmoji() {
        assertScores("Make sure you :) or :D today!", 0.0, 0.294, 0.706, 0.8633);
        assertScores("Catch utf-8 emoji such as 💘 and 💋 and 😁", 0.0, 0.583, 0.417, 0.875);
        // the description is glued on with a space before it: "it beaming face with smiling eyes"
        assertScores("I love it😁", 0.0, 0.455, 0.545, 0.802);
    }

    @Test
    void pythonWhitespaceSplitsTokens() {
        // EM SPACE and NEXT LINE are whitespace for Python's str.split()
        assertScores("good \u2003 \u0085bad", 0.547, 0.0, 0.453, -0.1531);
    }

    @Test
    void emptyTextIsAllZero() {
        assertSame(SentimentScores.EMPTY, VADER.score(""));
        assertScores("", 0.0, 0.0, 0.0, 0.0);
        assertScores("   \t ", 0.0, 0.0, 0.0, 0.0);
        assertThrows(NullPointerException.class, () -> VADER.score(null));
    }

    @Test
    void sharedInstanceGivesTheSameScoresFromManyThreads() {
        java.util.List<String> texts = java.util.List.of("The book was good.", "NO good", "acceptance but abilities",
                "I love it😁", "The book was VERY good!!!", "kind of bad", "Not bad at all");
        java.util.List<SentimentScores> sequential = texts.stream().map(VADER::score).toList();
        java.util.stream.IntStream.range(0, 20_000).parallel().forEach(k -> {
            int i = k % texts.size();
            assertEquals(sequential.get(i), VADER.score(texts.get(i)));
        });
    }

    @Test
    void pythonRoundingHalfToEvenOnTheBinaryValue() {
        assertEquals(0.12, VaderRules.pyRound(0.125, 2)); // exact tie: to even
        assertEquals(0.003, VaderRules.pyRound(0.0025, 3)); // the double is 0.00250000000000000005...: not a tie
        assertEquals(0.6667, VaderRules.pyRound(2.0 / 3.0, 4));
        assertEquals(-0.0, VaderRules.pyRound(-0.00001, 4));
        assertTrue(Double.doubleToRawLongBits(VaderRules.pyRound(-0.00001, 4)) < 0);
    }

    @Test
    void pythonIsUpper() {
        assertTrue(VaderRules.isPyUpper("GOOD!"));
        assertTrue(VaderRules.isPyUpper("ÉTÉ"));
        assertFalse(VaderRules.isPyUpper(":)"));
        assertFalse(VaderRules.isPyUpper("GOOd"));
        assertFalse(VaderRules.isPyUpper("ǅ")); // title case
    }

    @Test
    void tokenValencesAreWhatScoreSums() {
        // Without "but", '!', '?' or emoji, score's compound is the normalised sum of tokenValences:
        // both read the same tokens through the same rules. Random texts over the words the rules
        // react to, fixed seed.
        String[] vocabulary = {"good", "GOOD", "bad", "great", "no", "not", "never", "so", "this", "very",
                "VERY", "kind", "of", "sort", "least", "at", "without", "doubt", "isn't", "the", "bomb",
                "yeah", "right", "book", "was", "hardly", ":)", "(great)", "\"bad,\"", "hero", "really"};
        java.util.Random random = new java.util.Random(42);
        for (int k = 0; k < 2_000; k++) {
            StringBuilder text = new StringBuilder();
            for (int w = random.nextInt(12) + 1; w > 0; w--) {
                text.append(vocabulary[random.nextInt(vocabulary.length)]).append(random.nextInt(5) == 0 ? "  " : " ");
            }
            String t = text.toString();
            VaderAnalyzer.TokenValences tv = VADER.tokenValences(t);
            double compound = VaderRules.pyRound(
                    VaderAnalyzer.TokenValences.normalize(VaderRules.pythonSum(tv.valence(), tv.size())), 4);
            assertEquals(VADER.score(t).compound(), compound, t);
            for (int i = 0; i < tv.size(); i++) {
                assertEquals(tv.lower()[i], t.substring(tv.start()[i], tv.end()[i]).toLowerCase(java.util.Locale.ROOT), t);
            }
        }
    }

    @Test
    void tokenValencesKeepEmojiAndOffsetsIntoTheGivenText() {
        String text = "I love it😁, \"truly\"";
        VaderAnalyzer.TokenValences tv = VADER.tokenValences(text);
        assertArrayEquals(new String[] {"i", "love", "it😁", "truly"}, tv.lower());
        assertEquals("truly", text.substring(tv.start()[3], tv.end()[3]));
        assertEquals(3.2, tv.valence()[1]); // love, from the lexicon
        assertEquals(0.0, tv.valence()[2]); // the emoji is not replaced by its description here
    }
}
