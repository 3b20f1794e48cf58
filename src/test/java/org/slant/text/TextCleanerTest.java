package org.slant.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class TextCleanerTest {

    private static final TextCleaner CLEANER = new TextCleaner();

    private record Case(String name, String raw, String expected) {
    }

    static void assertCleansTo(String raw, String expected) {
        assertEquals(expected, CLEANER.clean(raw), () -> "cleaning: " + raw);
    }

    private static final List<Case> GOLDEN = List.of(
            new Case("plain text unchanged", "The vote passed.", "The vote passed."),
            new Case("null-like empty", "", ""),
            new Case("NFC composes", "Cafe\u0301 in Zu\u0308rich", "Caf\u00E9 in Z\u00FCrich"),
            new Case("NFC not NFKC: ligature and fullwidth kept", "\uFB01nal \uFF21", "\uFB01nal \uFF21"),
            new Case("curly quotes kept", "\u201CNo,\u201D he said. It\u2019s over\u2026",
                    "\u201CNo,\u201D he said. It\u2019s over\u2026"),
            new Case("named entities", "AT&amp;T &quot;said&quot; &lt;no&gt; &apos;ok&apos;", "AT&T \"said\" <no> 'ok'"),
            new Case("numeric entities", "It&#39;s &#8217;90s &#x2014; fine", "It's \u201990s \u2014 fine"),
            new Case("nbsp becomes space", "10&nbsp;a.m.\u00A0ET", "10 a.m. ET"),
            new Case("windows-1252 numeric reference", "Don&#146;t", "Don\u2019t"),
            new Case("decoded once only", "&amp;lt;p&amp;gt;", "&lt;p&gt;"),
            new Case("unknown entity left alone", "&bogus; & &", "&bogus; & &"),
            new Case("entity without semicolon left alone", "AT&T R&amp D", "AT&T R&amp D"),
            new Case("escaped markup is text, not a tag", "&lt;p&gt;hello", "<p>hello"),
            new Case("paragraph tags", "<p>First para.</p><p>Second para.</p>", "First para.\n\nSecond para."),
            new Case("br is a line break", "Line one<br>Line two<br/>Line three<BR />end",
                    "Line one\nLine two\nLine three\nend"),
            new Case("inline tags vanish", "A <b>bold</b> and <a href=\"x.html?a=1&amp;b=2\">linked</a> word",
                    "A bold and linked word"),
            new Case("attribute containing >", "<p class=\"a>b\">Text</p>", "Text"),
            new Case("html source newlines are spaces", "<p>The senator\nsaid no.</p>\n<p>Next.</p>",
                    "The senator said no.\n\nNext."),
            new Case("script and style bodies dropped", "Before<script type=\"x\">var a = '<p>';</script> after"
                    + "<style>p { color: red }</style>.", "Before after."),
            new Case("comments dropped", "Keep<!-- drop <p> this --> this", "Keep this"),
            new Case("unknown angle brackets kept", "Source: <Reuters> and 3 < 5 > 2", "Source: <Reuters> and 3 < 5 > 2"),
            new Case("line endings", "a\r\nb\rc\u2028d", "a\nb\nc\nd"),
            new Case("spaces and tabs collapse", "a  \t b\u2003\u2009c", "a b c"),
            new Case("lines trimmed", "  first line  \n   second line \t", "first line\nsecond line"),
            new Case("blank lines become one paragraph break", "para one\n\n\n\n  \n para two", "para one\n\npara two"),
            new Case("zero-width and bom dropped", "\uFEFFzero\u200Bwidth\u200Cjoin\u200Dend\u2060", "zerowidthjoinend"),
            new Case("soft hyphen and bidi marks dropped", "co\u00ADoperate \u200Eleft\u202Bright\u202C",
                    "cooperate leftright"),
            new Case("controls dropped, newline kept", "bell\u0007 nul\u0000\nnext\u001B", "bell nul\nnext"),
            new Case("unpaired surrogates dropped, pairs kept", "a\uD800b \uD83D\uDE00 c\uDC00", "ab \uD83D\uDE00 c"),
            new Case("leading and trailing whitespace trimmed", "\n\n  text \n\n", "text"),
            new Case("mixed html paragraphs and entities",
                    "<div><h1>Title &amp; more</h1><p>Body&nbsp;text&#8230;</p></div>",
                    "Title & more\n\nBody text\u2026"),
            new Case("list items", "<ul><li>One</li><li>Two</li></ul>", "One\n\nTwo"),
            new Case("br only keeps raw newlines", "Line a<br>\nLine b", "Line a\nLine b"));

    @TestFactory
    Stream<DynamicTest> golden() {
        return GOLDEN.stream().map(k -> dynamicTest(k.name(), () -> assertCleansTo(k.raw(), k.expected())));
    }

    @Test
    void nullIsEmpty() {
        assertEquals("", CLEANER.clean(null));
    }

    @Test
    void pathologicalMarkupStaysFast() {
        String unclosedTags = "<p class=\"x ".repeat(200_000);
        String unclosedScripts = "<script>".repeat(200_000) + "text";
        String entities = "&amp".repeat(500_000);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            CLEANER.clean(unclosedTags);
            assertTrue(CLEANER.clean(unclosedScripts).equals("text"), "unclosed scripts");
            assertTrue(CLEANER.clean(entities).equals(entities), "entities without semicolons");
        });
    }
}
