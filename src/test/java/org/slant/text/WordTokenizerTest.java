package org.slant.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class WordTokenizerTest {

    private static final WordTokenizer TOKENIZER = new WordTokenizer();

    private record Case(String text, String... tokens) {
    }

    private static Case c(String text, String... tokens) {
        return new Case(text, tokens);
    }

    static void assertTokenizesTo(String text, String... expected) {
        assertEquals(Arrays.asList(expected), TOKENIZER.tokenize(text), () -> "tokenizing: " + text);
        assertEquals(expected.length, TOKENIZER.count(text), () -> "counting: " + text);
    }

    private static final List<Case> GOLDEN = List.of(
            c("The vote passed.", "The", "vote", "passed"),
            c("I don't know.", "I", "don't", "know"),
            c("Kyiv's and Kyiv\u2019s allies", "Kyiv's", "and", "Kyiv\u2019s", "allies"),
            c("a well-known COVID-19 case", "a", "well-known", "COVID-19", "case"),
            c("The deal is worth $60.5 billion.", "The", "deal", "is", "worth", "$60.5", "billion"),
            c("Shares rose 3.5% to 1,000,000.", "Shares", "rose", "3.5%", "to", "1,000,000"),
            c("Costs \u20AC12 or \u00A35.", "Costs", "\u20AC12", "or", "\u00A35"),
            c("Version v2.0 shipped.", "Version", "v2.0", "shipped"),
            c("The U.S. and U.K. met at 8 a.m.", "The", "U.S.", "and", "U.K.", "met", "at", "8", "a.m."),
            c("the U.S.-led coalition", "the", "U.S.-led", "coalition"),
            c("She holds a Ph.D. degree, e.g. physics.", "She", "holds", "a", "Ph.D.", "degree", "e.g.", "physics"),
            c("He said.The end", "He", "said", "The", "end"),
            c("\u201CNo,\u201D he said \u2014 \"never!\"", "No", "he", "said", "never"),
            c("the Joneses' car and 'quoted' words", "the", "Joneses", "car", "and", "quoted", "words"),
            c("rock'n'roll O'Brien", "rock'n'roll", "O'Brien"),
            c("word--word - dash", "word", "word", "dash"),
            c("... !!! ??? --- ,,,", new String[0]),
            c("", new String[0]),
            c("emoji \uD83D\uDE00 between", "emoji", "between"),
            c("caf\u00E9 na\u00EFve Z\u00FCrich", "caf\u00E9", "na\u00EFve", "Z\u00FCrich"),
            c("#hashtag @user", "hashtag", "user"),
            c("1990s 21st 10am", "1990s", "21st", "10am"),
            c("end of 2024. Next", "end", "of", "2024", "Next"));

    @TestFactory
    Stream<DynamicTest> golden() {
        return GOLDEN.stream().map(k -> dynamicTest("[" + k.text() + "]", () -> assertTokenizesTo(k.text(), k.tokens())));
    }

    @Test
    void nullHasNoTokens() {
        assertEquals(List.of(), TOKENIZER.tokenize(null));
        assertEquals(0, TOKENIZER.count(null));
    }

    @Test
    void fuzzCountMatchesTokenizeAndTokensAreOrderedSubstrings() {
        String[] pieces = {"a", "Bc", "1", "9", ".", ",", "'", "\u2019", "-", "$", "%", " ", "\n", "\uD83D\uDE00",
            "\uD835\uDC00", "\uD83D", "\u0301", "U.S.", "\u00A0"};
        Random random = new Random(7L);
        for (int round = 0; round < 5_000; round++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(40);
            for (int k = 0; k < len; k++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            List<String> tokens = TOKENIZER.tokenize(text);
            assertEquals(tokens.size(), TOKENIZER.count(text), () -> "count differs for: " + text);
            int from = 0;
            for (String t : tokens) {
                int at = text.indexOf(t, from);
                assertEquals(false, t.isEmpty() || at < 0, () -> "bad token [" + t + "] in: " + text);
                from = at + t.length();
            }
        }
    }
}
