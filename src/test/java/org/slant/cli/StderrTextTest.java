package org.slant.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StderrTextTest {
    @Test
    void controlFormatAndBidiCharactersAreEscaped() {
        assertEquals("a\\u001B[31mb\\u0007\\u000D\\u000A\\u0009c", StderrText.line("a\u001b[31mb\u0007\r\n\tc"));
        assertEquals("\\u0085\\u009B\\u007F", StderrText.line("\u0085\u009b\u007f")); // C1 and DEL
        assertEquals("\\u202A\\u202E\\u2066\\u2069\\u200B\\u2028\\uFEFF", StderrText.line("\u202a\u202e\u2066\u2069\u200b\u2028\ufeff"));
        assertEquals("x\\uD800y", StderrText.line("x\ud800y")); // a lone surrogate
    }

    @Test
    void printableTextIsUnchanged() {
        String s = "slant: --outlets café.csv:2: 'Сnn' İstanbul 🙂 \\ \"quoted\" 東京";
        assertEquals(s, StderrText.line(s));
        assertEquals("null", StderrText.line(null));
    }

    @Test
    void longMessagesAreCut() {
        String s = StderrText.line("x".repeat(1_000_000));
        assertTrue(s.length() < StderrText.MAX_CHARS + 40, String.valueOf(s.length()));
        assertTrue(s.endsWith("… (998000 more characters)"), s.substring(s.length() - 40));
    }

    @Test
    void tracesKeepTheirLinesButNotTheControlsInAMessage() {
        String t = StderrText.trace(new IllegalStateException("bad \u001b]0;title\u0007 name"));
        assertTrue(t.startsWith("java.lang.IllegalStateException: bad \\u001B]0;title\\u0007 name"), t);
        assertTrue(t.contains(System.lineSeparator() + "\tat org.slant.cli.StderrTextTest"), t);
        assertFalse(t.contains("\u001b") || t.contains("\u0007"), t);
    }
}
