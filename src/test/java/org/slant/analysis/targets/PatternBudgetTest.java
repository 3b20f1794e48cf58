package org.slant.analysis.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Catalog patterns run within a budget per text: a runaway one stops with an error naming its entry. */
class PatternBudgetTest {
    private static TargetCatalog catalog(String yaml) {
        return TargetCatalog.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "t.yaml");
    }

    /** Sentences of plain news prose adding up to {@code chars} characters. */
    private static List<String> article(int chars) {
        String[] prose = {
            "Congress approved the $61 billion aid package for Ukraine on Tuesday after months of delay.",
            "Critics said sanctions on Russia had done little, while NATO allies pressed for more air defense.",
            "The café owner, a former official, told reporters that prices had risen sharply since the winter.",
        };
        List<String> out = new ArrayList<>();
        int total = 0;
        for (int i = 0; total < chars; i++) {
            out.add(prose[i % prose.length]);
            total += prose[i % prose.length].length();
        }
        return out;
    }

    @Test
    void runawayPatternOnOneTextThrowsNamingItsTarget() {
        // The load-time probe tries runs of the pattern's own characters; 'é' written as an escape is not
        // among them, so this pattern loads and must be stopped while matching.
        TargetCatalog c = catalog("""
                targets:
                  - id: cafe
                    patterns: ['(.*\\u00e9){12}$']
                  - id: russia
                    aliases: [Russia]
                """);
        MentionFinder finder = new MentionFinder(c);
        String sentence = "Résumé: " + "é ".repeat(30) + "and Russia.";
        PatternBudgetException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(PatternBudgetException.class, () -> finder.find(List.of(sentence))));
        assertEquals("cafe", e.targetId());
        assertTrue(e.getMessage().startsWith("target pattern 'cafe' exceeded its matching budget"), e.getMessage());
        // The budget belongs to one text: the next text is matched normally.
        assertEquals(1, finder.find(List.of("Russia said no.")).size());
    }

    @Test
    void ordinaryPatternsNeverReachTheBudgetOnTheLongestArticle() {
        TargetCatalog c = catalog("""
                targets:
                  - id: aid
                    patterns:
                      - '\\$\\s?6[01](\\.\\d)?\\s?(billion|bn) (in )?(aid|package|assistance)'
                      - '\\bsanction(s|ed|ing)?\\b.{0,80}\\brussia'
                      - '(?:vladimir\\s+)?putin''?s?'
                      - '\\b\\w+\\s+aid\\b'
                      - '.*ukraine'
                """);
        MentionFinder finder = new MentionFinder(c);
        MentionFinder builtIn = new MentionFinder(TargetCatalog.builtIn());
        List<String> sentences = article(200_000);
        // Also as one 200,000-character "sentence" (a text without sentence breaks).
        List<String> oneLine = List.of(String.join(" ", sentences).substring(0, 200_000));
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            assertFalse(finder.find(sentences).isEmpty());
            assertFalse(builtIn.find(sentences).isEmpty());
            assertFalse(builtIn.find(oneLine).isEmpty());
            // '.*ukraine' is quadratic in the sentence length; leave it out on the single huge line.
            assertFalse(new MentionFinder(TargetCatalog.of(c.targets().stream()
                    .map(t -> new Target(t.id(), t.label(), t.kind(), t.aliases(), t.patterns().subList(0, 4),
                            t.ambiguous(), t.requiresContext(), t.window(), t.exclude(), t.speakerAliases()))
                    .toList())).find(oneLine).isEmpty());
        });
    }

    @Test
    void probeFindsClassicRunawaysAndPassesOrdinaryPatterns() {
        for (String bad : List.of("(.*a){12}$", "(\\w+\\s?){20}$", "(x+x+){10}y")) {
            assertTrue(MatchBudget.probe(java.util.regex.Pattern.compile(bad)) != null, bad);
        }
        for (String good : List.of("\\$\\s?95(\\.\\d)?\\s?(billion|bn)", "putin", "\\b\\w+\\s+aid\\b", ".*ukraine",
                "(?:a|b)+c", "[a-z]{2,40}")) {
            assertEquals(null, MatchBudget.probe(java.util.regex.Pattern.compile(good)), good);
        }
    }

    @Test
    void aliasWithoutWordsIsIgnoredNotACrash() {
        // evaluate builds ad-hoc entries from data; a target "!!!" used to throw ArrayIndexOutOfBoundsException.
        Target t = new Target("x", "!!!", TargetKind.ISSUE, List.of("!!!"), List.of(), List.of(), List.of(),
                ContextWindow.SENTENCE, List.of(), List.of());
        assertTrue(new MentionFinder(TargetCatalog.of(List.of(t))).find("Wow!!! Great.").isEmpty());
    }
}
