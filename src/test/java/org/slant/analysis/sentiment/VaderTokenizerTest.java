package org.slant.analysis.sentiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Python's {@code str.split()} and the reference's {@code _strip_punc_if_word}, with offsets. */
class VaderTokenizerTest {

    private static void assertTokens(String text, String... expected) {
        VaderTokenizer.Tokens t = VaderTokenizer.tokenize(text);
        assertArrayEquals(expected, Arrays.copyOf(t.tokens(), t.size()), text);
        for (int i = 0; i < t.size(); i++) {
            assertEquals(t.tokens()[i], text.substring(t.start()[i], t.end()[i]), "offsets of token " + i);
        }
    }

    @Test
    void stripsPunctuationAroundWords() {
        assertTokens("\"Great,\" she said... (really)!", "Great", "she", "said", "really");
    }

    @Test
    void keepsShortTokensWhole() {
        // Two code points or fewer once stripped: an emoticon or a short word keeps its punctuation.
        assertTokens("ok :) :D ... no!", "ok", ":)", ":D", "...", "no!");
        // An emoji is two UTF-16 units but one code point, so "😁!!" stays whole too.
        assertTokens("😁!! yes", "😁!!", "yes");
    }

    @Test
    void splitsOnPythonWhitespaceOnly() {
        // EM SPACE and NEXT LINE split; NO-BREAK SPACE does too in Python, ZERO WIDTH SPACE does not.
        assertTokens(" good\u2003bad\u0085ugly\u00A0fine\u200Bstill ", "good", "bad", "ugly", "fine\u200Bstill");
    }

    @Test
    void emptyAndBlankTextHaveNoTokens() {
        assertEquals(0, VaderTokenizer.tokenize("").size());
        assertEquals(0, VaderTokenizer.tokenize(" \t\n ").size());
    }

    @Test
    void growsPastItsFirstGuessOfTheTokenCount() {
        String text = "a ".repeat(1000);
        VaderTokenizer.Tokens t = VaderTokenizer.tokenize(text);
        assertEquals(1000, t.size());
        assertEquals(1998, t.start()[999]);
    }
}
