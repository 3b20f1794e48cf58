package org.slant.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class TextFingerprintTest {
    @Test
    void copiesThatDifferInCaseSpacingAndPunctuationCollide() {
        assertEquals(TextFingerprint.of("“Aid,” she said.\n\nThe vote is Tuesday."),
                TextFingerprint.of("\"AID\" SHE SAID. THE VOTE IS TUESDAY"));
    }

    @Test
    void aChangedWordOrNumberDoesNot() {
        assertNotEquals(TextFingerprint.of("The vote is Tuesday."), TextFingerprint.of("The vote is Wednesday."));
        assertNotEquals(TextFingerprint.of("$60 billion"), TextFingerprint.of("$61 billion"));
    }

    @Test
    void isTheFirst128BitsOfTheSha256OfTheFoldedText() {
        // sha256("abc") = ba7816bf8f01cfea 414140de5dae2223 …
        assertEquals(new TextFingerprint(0xba7816bf8f01cfeaL, 0x414140de5dae2223L), TextFingerprint.of("A b-C!"));
    }
}
