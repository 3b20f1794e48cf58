package org.slant.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class HtmlTextTest {
    @Test
    void escapesEverythingThatCouldOpenATagOrEndAnAttribute() {
        assertEquals("&lt;/script&gt;&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt; &amp;amp;",
                HtmlText.escape("</script><img src=x onerror=\"alert('1')\"> &amp;"));
        assertEquals("", HtmlText.escape(null));
        assertEquals("Zelensky said: “We need it”", HtmlText.escape("Zelensky said: “We need it”"));
    }

    @Test
    void jsonInAScriptElementCannotEndItAndReadsBackUnchanged() throws Exception {
        ObjectMapper json = new ObjectMapper();
        String hostile = "</script><script>alert(1)</script><!-- --> </SCRIPT\t> & \u2028\u2029";
        String safe = HtmlText.scriptJson(json.writeValueAsString(Map.of("evidence", hostile)));
        assertFalse(safe.toLowerCase(Locale.ROOT).contains("</script"));
        assertFalse(safe.contains("<!--"));
        assertFalse(safe.contains("\u2028") || safe.contains("\u2029"));
        assertEquals(hostile, json.readTree(safe).get("evidence").asText());
    }

    @Test
    void randomTextNeverProducesAnAngleBracketInScriptJson() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Random random = new Random(11);
        String alphabet = "<>/&!-'\"\\script \u2028\u2029é";
        for (int i = 0; i < 2_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(40); k > 0; k--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String safe = HtmlText.scriptJson(json.writeValueAsString(s.toString()));
            assertFalse(safe.contains("<") || safe.contains(">"), safe);
            assertEquals(s.toString(), json.readValue(safe, String.class));
        }
    }

    @Test
    void aLibraryThatWouldEndItsScriptIsRefused() {
        assertThrows(IllegalStateException.class, () -> HtmlText.inlineScript("var s = '</script>';", "x.js"));
        assertThrows(IllegalStateException.class, () -> HtmlText.inlineScript("var s = '<!--';", "x.js"));
        assertEquals("var ok = 1 < 2;", HtmlText.inlineScript("var ok = 1 < 2;", "x.js"));
    }

    @Test
    void theInlinedChartLibraryIsSafeToInline() {
        HtmlText.inlineScript(ReportPage.resource(ReportPage.ECHARTS), "echarts.min.js");
    }
}
