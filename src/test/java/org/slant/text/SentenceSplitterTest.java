package org.slant.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class SentenceSplitterTest {

    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    /** One golden case: input and the exact expected sentences. */
    private record Case(String text, String... sentences) {
    }

    private static Case c(String text, String... sentences) {
        return new Case(text, sentences);
    }

    static void assertSplitsTo(String text, String... expected) {
        assertEquals(Arrays.asList(expected), SPLITTER.split(text), () -> "splitting: " + text);
    }

    private static final List<Case> GOLDEN = List.of(
            // plain endings
            c("The vote passed. The bill goes to the Senate.", "The vote passed.", "The bill goes to the Senate."),
            c("Is it over? Nobody knows!", "Is it over?", "Nobody knows!"),
            c("What?! Again?!? Yes.", "What?!", "Again?!?", "Yes."),
            c("One sentence without a final stop", "One sentence without a final stop"),
            c("   Padded sentence.   ", "Padded sentence."),
            c("", new String[0]),
            c(" \n \n ", new String[0]),
            // titles never end a sentence
            c("Mr. Smith met Mrs. Jones and Ms. Lee.", "Mr. Smith met Mrs. Jones and Ms. Lee."),
            c("Dr. Fauci testified. Sen. Paul objected.", "Dr. Fauci testified.", "Sen. Paul objected."),
            c("Rep. Ocasio-Cortez and Gov. Newsom spoke with Gen. Milley.",
                    "Rep. Ocasio-Cortez and Gov. Newsom spoke with Gen. Milley."),
            c("Lt. Col. Vindman and Sgt. Ruiz met Capt. Hook.", "Lt. Col. Vindman and Sgt. Ruiz met Capt. Hook."),
            c("Dr. The Rev. Jesse Jackson arrived.", "Dr. The Rev. Jesse Jackson arrived."),
            c("It was Harris vs. Trump. The race tightened.", "It was Harris vs. Trump.", "The race tightened."),
            c("Swing states, e.g. Georgia, matter. So do others, i.e. Ohio.",
                    "Swing states, e.g. Georgia, matter.", "So do others, i.e. Ohio."),
            // No. only before numbers
            c("He is the No. 2 official. The answer was No. They left.",
                    "He is the No. 2 official.", "The answer was No.", "They left."),
            // abbreviations that can end a sentence
            c("He works for Apple Inc. The company declined to comment.",
                    "He works for Apple Inc.", "The company declined to comment."),
            c("Shares of Acme Corp. fell 3%. Acme Co. Ltd. rose.", "Shares of Acme Corp. fell 3%.", "Acme Co. Ltd. rose."),
            c("Martin Luther King Jr. spoke. Sammy Davis Jr. sang.", "Martin Luther King Jr. spoke.", "Sammy Davis Jr. sang."),
            c("They live on Main St. He visits St. Louis often.", "They live on Main St.", "He visits St. Louis often."),
            c("Bring food, water, etc. But not pets.", "Bring food, water, etc.", "But not pets."),
            c("apples, pears, etc. and more", "apples, pears, etc. and more"),
            // months
            c("The riot on Jan. 6 was investigated. It began Sept. 11, 2001.",
                    "The riot on Jan. 6 was investigated.", "It began Sept. 11, 2001."),
            c("Votes are due Feb. 3, Mar. 4 and Dec. 31.", "Votes are due Feb. 3, Mar. 4 and Dec. 31."),
            c("The law took effect in Oct. The courts disagreed.", "The law took effect in Oct.", "The courts disagreed."),
            // country and place initialisms
            c("The U.S. Army and the U.K. Navy met at the U.N. headquarters.",
                    "The U.S. Army and the U.K. Navy met at the U.N. headquarters."),
            c("Kyiv asked for more aid to the U.S. The vote is Tuesday.",
                    "Kyiv asked for more aid to the U.S.", "The vote is Tuesday."),
            c("Trade between the E.U. and the U.S. But tariffs rose.",
                    "Trade between the E.U. and the U.S.", "But tariffs rose."),
            c("He flew to Washington, D.C. She stayed home.", "He flew to Washington, D.C.", "She stayed home."),
            c("U.S. officials said the U.S.-led coalition grew.", "U.S. officials said the U.S.-led coalition grew."),
            c("Polls close at 8 p.m. Results come later. Doors open at 7 a.m. Eastern time.",
                    "Polls close at 8 p.m. Results come later.", "Doors open at 7 a.m. Eastern time."),
            c("Polls close at 8 p.m. The count starts then.", "Polls close at 8 p.m.", "The count starts then."),
            c("She was born in Sacramento, Calif. Her father was a judge.",
                    "She was born in Sacramento, Calif.", "Her father was a judge."),
            // initials
            c("John F. Kennedy was shot in Dallas. J.R.R. Tolkien wrote books.",
                    "John F. Kennedy was shot in Dallas.", "J.R.R. Tolkien wrote books."),
            c("George W. Bush and H.W. Bush met.", "George W. Bush and H.W. Bush met."),
            c("She holds a Ph.D. in physics.", "She holds a Ph.D. in physics."),
            c("He quoted Malcolm X. The crowd cheered.", "He quoted Malcolm X.", "The crowd cheered."),
            // numbers and money
            c("The deal is worth $60.5 billion. Shares rose 3.5% on Monday.",
                    "The deal is worth $60.5 billion.", "Shares rose 3.5% on Monday."),
            c("Version v2.0 shipped in 2024. Version 3 follows.", "Version v2.0 shipped in 2024.", "Version 3 follows."),
            c("Inflation hit 9.1. Rates followed.", "Inflation hit 9.1.", "Rates followed."),
            c("See example.com. It has details.", "See example.com.", "It has details."),
            // quotes and brackets after the terminal punctuation
            c("He said \"no.\" Then he left.", "He said \"no.\"", "Then he left."),
            c("She said \u201CWe will win.\u201D The crowd roared.", "She said \u201CWe will win.\u201D", "The crowd roared."),
            c("\"Why?\" he asked. \"Because,\" she said.", "\"Why?\" he asked.", "\"Because,\" she said."),
            c("\u201CEnough!\u201D shouted the mayor.", "\u201CEnough!\u201D shouted the mayor."),
            c("He called it 'absurd.' Others agreed.", "He called it 'absurd.'", "Others agreed."),
            c("(The figures were revised.) Growth slowed.", "(The figures were revised.)", "Growth slowed."),
            c("He left early. \"We won,\" she said.", "He left early.", "\"We won,\" she said."),
            c("The term is \"absurd\". Critics agree.", "The term is \"absurd\".", "Critics agree."),
            // ellipses
            c("He paused... Then he spoke.", "He paused...", "Then he spoke."),
            c("He paused\u2026 Then he spoke.", "He paused\u2026", "Then he spoke."),
            c("We will wait... and see what happens.", "We will wait... and see what happens."),
            c("The answer is . . . complicated.", "The answer is . . . complicated."),
            // line and paragraph breaks
            c("First paragraph without a stop\n\nSecond paragraph.", "First paragraph without a stop", "Second paragraph."),
            c("HEADLINE IN CAPS\nBody text here. More text.", "HEADLINE IN CAPS", "Body text here.", "More text."),
            c("A line ending with Mr.\nSmith on the next line", "A line ending with Mr.", "Smith on the next line"),
            c("Windows\r\nline endings.", "Windows", "line endings."),
            c("* * *\nAfter the divider.", "After the divider."),
            // numbered list items and numbers that end sentences
            c("1. Buy low. 2. Sell high.", "1. Buy low.", "2. Sell high."),
            c("Turnout rose in 2024. The count was 5. Officials agreed.",
                    "Turnout rose in 2024.", "The count was 5.", "Officials agreed."),
            // real-world mixtures
            c("WASHINGTON (Reuters) - Sen. Elizabeth Warren, D-Mass. The bill failed.",
                    "WASHINGTON (Reuters) - Sen. Elizabeth Warren, D-Mass.", "The bill failed."),
            c("The U.S. Supreme Court ruled 6-3 on Jan. 6, 2025, at 10 a.m. ET. Justices split.",
                    "The U.S. Supreme Court ruled 6-3 on Jan. 6, 2025, at 10 a.m. ET.", "Justices split."),
            c("“It’s over,” said Mr. O’Neil. “Really.”",
                    "“It’s over,” said Mr. O’Neil.", "“Really.”"),
            // camel-cased sentence starts
            c("Apple launched a phone. iPhone sales rose.", "Apple launched a phone.", "iPhone sales rose."),
            // non-BMP characters
            c("Fans cheered \uD83C\uDF89. The team won.", "Fans cheered \uD83C\uDF89.", "The team won."));

    @TestFactory
    Stream<DynamicTest> golden() {
        return GOLDEN.stream().map(k -> dynamicTest("[" + k.text().replace("\n", "|").replace("\r", "\\r") + "]", () -> assertSplitsTo(k.text(), k.sentences())));
    }

    @Test
    void goldenTableIsLargeEnough() {
        assertTrue(GOLDEN.size() >= 40, "need at least 40 splitter cases, have " + GOLDEN.size());
    }

    @Test
    void nullGivesNoSentences() {
        assertEquals(List.of(), SPLITTER.split(null));
    }

    @Test
    void twoMegabytesWithoutPunctuationIsLinear() {
        StringBuilder sb = new StringBuilder(2_100_000);
        while (sb.length() < 2_000_000) {
            sb.append("lorem ipsum dolor sit amet ");
        }
        String noPunctuation = sb.toString();
        String allDots = ".".repeat(2_000_000);
        String dotsAndSpaces = "a. ".repeat(700_000);
        String abbreviations = "Mr. ".repeat(500_000);
        String noSpaces = "x".repeat(2_000_000);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertEquals(1, SPLITTER.split(noPunctuation).size());
            assertEquals(List.of(), SPLITTER.split(allDots));
            assertFalse(SPLITTER.split(dotsAndSpaces).isEmpty());
            assertEquals(1, SPLITTER.split(abbreviations).size());
            assertEquals(1, SPLITTER.split(noSpaces).size());
        });
    }

    @Test
    void fuzzNeverThrowsAndReturnsTrimmedOrderedSubstrings() {
        String[] pieces = {"a", "B", "word", "The", "Mr", "U.S", "e.g", "3.5", "$", "%", ".", ".", "?", "!", "\u2026",
            "...", "\"", "'", "\u201C", "\u201D", "\u2019", "(", ")", " ", " ", " ", "\n", "\n\n", "\r", "\t",
            "\uD83D\uDE00", "\uD835\uDC00", "\uD83D", "\uDE00", "\u00A0", "\u200B", "-", ","};
        Random random = new Random(20241009L);
        for (int round = 0; round < 5_000; round++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(60);
            for (int k = 0; k < len; k++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            List<String> sentences = SPLITTER.split(text);
            int from = 0;
            for (String s : sentences) {
                assertFalse(s.isEmpty(), () -> "empty sentence from: " + text);
                assertEquals(s.strip(), s, () -> "untrimmed sentence from: " + text);
                int at = text.indexOf(s, from);
                assertTrue(at >= 0, () -> "not an in-order substring: [" + s + "] of: " + text);
                from = at + s.length();
            }
        }
    }
}
