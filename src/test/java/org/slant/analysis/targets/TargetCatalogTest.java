package org.slant.analysis.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class TargetCatalogTest {

    private static TargetCatalog parse(String yaml) {
        return TargetCatalog.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "t.yaml");
    }

    private static String error(String yaml) {
        return assertThrows(IllegalArgumentException.class, () -> parse(yaml)).getMessage();
    }

    @Test
    void builtInCoversTheRequiredEntries() {
        TargetCatalog c = TargetCatalog.builtIn();
        for (String id : List.of("ukraine_aid", "ukraine", "russia", "nato", "sanctions_on_russia", "trump", "putin",
                "biden_administration", "zelensky", "harris", "republicans", "democrats")) {
            assertTrue(c.get(id).isPresent(), id);
        }
        assertEquals(TargetKind.ACTOR, c.get("trump").orElseThrow().kind());
        // Articles name Ukraine once and argue about "the bill" for paragraphs: the whole article is context.
        assertEquals(ContextWindow.ARTICLE, c.get("ukraine_aid").orElseThrow().window());
        assertEquals(ContextWindow.PREVIOUS, c.get("nato").orElseThrow().window());
    }

    @Test
    void parsesAllKeys() {
        TargetCatalog c = parse("""
                version: 1
                targets:
                  - id: aid
                    label: Aid
                    kind: both
                    aliases: [aid to Ukraine]
                    patterns: ['\\$\\s?60 billion']
                    ambiguous: aid
                    requires_context: [Kyiv]
                    window: sentence
                    exclude: [disaster aid]
                    speaker_aliases: [the donors]
                """);
        Target t = c.get("aid").orElseThrow();
        assertEquals("Aid", t.label());
        assertEquals(TargetKind.BOTH, t.kind());
        assertEquals(List.of("aid"), t.ambiguous());
        assertEquals(ContextWindow.SENTENCE, t.window());
        assertTrue(t.patterns().get(0).matcher("$60 billion").find());
    }

    @Test
    void speakerAliasesCanBeBoundToATerm() {
        TargetCatalog c = parse("""
                targets:
                  - id: admin
                    kind: actor
                    aliases: [the Smith administration]
                    speaker_aliases: [the White House]
                    speaker_aliases_during: ["2021-01-20..2025-01-20", "2029-01-20.."]
                """);
        Target t = c.get("admin").orElseThrow();
        assertTrue(t.speaksOn(java.time.LocalDate.parse("2021-01-20")), "the first day is in");
        assertFalse(t.speaksOn(java.time.LocalDate.parse("2025-01-20")), "the end day is out");
        assertFalse(t.speaksOn(java.time.LocalDate.parse("2018-06-01")));
        assertTrue(t.speaksOn(java.time.LocalDate.parse("2031-06-01")), "an open end runs on");
        assertTrue(t.speaksOn(null), "undated text reads the role as the actor");
        assertTrue(TargetCatalog.builtIn().get("biden_administration").orElseThrow().speaksOn(java.time.LocalDate.parse("2023-05-01")));
        assertFalse(TargetCatalog.builtIn().get("biden_administration").orElseThrow().speaksOn(java.time.LocalDate.parse("2018-05-01")));
    }

    @Test
    void aBadTermNamesItsLine() {
        String m = error("targets:\n  - id: a\n    kind: actor\n    aliases: [x]\n    speaker_aliases: [y]\n"
                + "    speaker_aliases_during: [\"2021-13-01..\"]\n");
        assertTrue(m.startsWith("t.yaml:6: speaker_aliases_during:") && m.contains("ISO date"), m);
        m = error("targets:\n  - id: a\n    kind: actor\n    aliases: [x]\n    speaker_aliases: [y]\n"
                + "    speaker_aliases_during: [\"2025-01-20..2021-01-20\"]\n");
        assertTrue(m.contains("must end after it starts"), m);
        m = error("targets:\n  - id: a\n    kind: actor\n    aliases: [x]\n    speaker_aliases_during: [\"2021-01-20..\"]\n");
        assertTrue(m.contains("needs 'speaker_aliases'"), m);
    }

    @Test
    void syntaxErrorNamesFileAndLine() {
        String m = error("targets:\n  - id: a\n    aliases: [x\n  - id: b\n");
        assertTrue(m.startsWith("t.yaml:"), m);
        assertTrue(m.matches("t\\.yaml:[45]: YAML syntax error.*"), m);
    }

    @Test
    void unknownKeyNamesLine() {
        assertTrue(error("targets:\n  - id: a\n    alias: [x]\n").startsWith("t.yaml:3: unknown target key 'alias'"));
        assertTrue(error("target:\n  - id: a\n").startsWith("t.yaml:1: unknown top-level key 'target'"));
    }

    @Test
    void missingIdNamesTheEntryLine() {
        assertTrue(error("targets:\n  - id: a\n    aliases: [x]\n  - label: B\n    aliases: [y]\n")
                .startsWith("t.yaml:4: target entry without 'id'"));
    }

    @Test
    void duplicateIdNamesBothLines() {
        String m = error("targets:\n  - id: a\n    aliases: [x]\n  - id: a\n    aliases: [y]\n");
        assertTrue(m.startsWith("t.yaml:4: duplicate id 'a' (first defined on line 2)"), m);
    }

    @Test
    void badRegexNamesItsLine() {
        String m = error("targets:\n  - id: a\n    aliases: [x]\n    patterns:\n      - 'ok'\n      - '(unclosed'\n");
        assertTrue(m.startsWith("t.yaml:6: bad regular expression '(unclosed'"), m);
    }

    @Test
    void unknownKindAndWindow() {
        assertTrue(error("targets:\n  - id: a\n    kind: person\n    aliases: [x]\n")
                .startsWith("t.yaml:3: unknown kind 'person'"));
        assertTrue(error("targets:\n  - id: a\n    aliases: [x]\n    ambiguous: [y]\n    requires_context: [z]\n    window: page\n")
                .startsWith("t.yaml:6: unknown window 'page'"));
    }

    @Test
    void ambiguousWithoutContextAndEmptyEntriesAreErrors() {
        assertTrue(error("targets:\n  - id: a\n    ambiguous: [y]\n").startsWith("t.yaml:3:"));
        assertTrue(error("targets:\n  - id: a\n    label: A\n").startsWith("t.yaml:2: target 'a' has no aliases"));
        assertTrue(error("").startsWith("t.yaml:1: empty"));
        assertTrue(error("targets:\n  - id: Bad-Id\n    aliases: [x]\n").startsWith("t.yaml:2: id 'Bad-Id'"));
    }

    @Test
    void invalidUtf8IsAnErrorNamingFileAndLine() {
        byte[] head = "version: 1\ntargets:\n  - id: cafe\n    aliases: [caf".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "]\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        all[head.length] = (byte) 0xFF;
        System.arraycopy(tail, 0, all, head.length + 1, tail.length);
        String m = assertThrows(IllegalArgumentException.class,
                () -> TargetCatalog.parse(new ByteArrayInputStream(all), "t.yaml")).getMessage();
        assertTrue(m.startsWith("t.yaml:4: invalid UTF-8"), m);
    }

    @Test
    void catastrophicPatternIsRefusedAtLoadNamingItsLine() {
        String m = error("""
                targets:
                  - id: ok
                    patterns: ['\\$\\s?6[01] billion', '\\bsanctions?\\b.{0,80}\\brussia']
                  - id: bad
                    patterns:
                      - '(.*a){12}$'
                """);
        assertTrue(m.startsWith("t.yaml:6: regular expression '(.*a){12}$' exceeded its matching budget"), m);
    }
}
