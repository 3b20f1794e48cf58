package org.slant.report;

/**
 * Text from the corpus (evidence sentences, outlet names, reject reasons) placed into the page. News text
 * is untrusted: whatever it holds, it must stay text and never close an element, open a tag or end the
 * script that carries the page's data.
 */
final class HtmlText {
    private HtmlText() {
    }

    /** Text for element content and quoted attribute values. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * JSON made safe for a {@code <script type="application/json">} element: {@code <}, {@code >} and
     * {@code &} become JSON escapes (only strings can hold them, where the escapes mean the same
     * characters), so no {@code </script>} or {@code <!--} can appear; U+2028 and U+2029 are escaped too,
     * since older JavaScript parsers end a line at them.
     */
    static String scriptJson(String json) {
        StringBuilder out = new StringBuilder(json.length() + 64);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A script inlined into the page as it is; refused if it could end its element early or switch the
     * parser into a comment state, which would break the page rather than the script.
     */
    static String inlineScript(String script, String name) {
        String lower = script.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("</script") || lower.contains("<!--")) {
            throw new IllegalStateException(name + " cannot be inlined: it contains </script or <!--");
        }
        return script;
    }
}
