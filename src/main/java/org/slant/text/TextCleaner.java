package org.slant.text;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises scraped article text before any analysis.
 *
 * <p>Expects: any string (HTML fragment, plain text, text with stray markup or entities); {@code null}
 * is treated as empty. Produces: plain text in Unicode NFC where
 * <ul>
 *   <li>HTML tags are removed; {@code <br>} becomes a line break and block elements ({@code <p>},
 *       {@code <div>}, headings, list items, ...) become paragraph breaks. {@code <script>},
 *       {@code <style>} and {@code <noscript>} bodies and comments are dropped;</li>
 *   <li>HTML entities (named common ones, decimal and hex) are decoded exactly once, so an
 *       escaped {@code &amp;lt;} stays the literal text {@code &lt;};</li>
 *   <li>line endings are {@code \n}; every run of horizontal whitespace (space, tab, no-break and
 *       other Unicode spaces) is one ASCII space; lines are trimmed;</li>
 *   <li>control and format characters (zero-width spaces and joiners, BOM, soft hyphen, bidi
 *       marks) and unpaired surrogates are removed, newlines excepted;</li>
 *   <li>a paragraph break is exactly one blank line ({@code \n\n}); the result is trimmed.</li>
 * </ul>
 * Typography is kept: curly quotes, dashes and ellipses are not folded (NFC, not NFKC).
 *
 * <p>HTML mode: when the input contains paragraph-level markup ({@code <p>}, {@code <div>},
 * {@code <li>}, headings, ...) it is treated as an HTML document and its raw line breaks are
 * insignificant whitespace, as a browser would render them. Otherwise raw line breaks are kept,
 * because plain-text sources use them as paragraph separators. Only known HTML element names are
 * treated as tags, so bracketed prose such as {@code "<Reuters>"} survives.
 *
 * <p>Immutable and thread-safe.
 */
public final class TextCleaner {

    private static final String BLOCK_ELEMENTS = "p|div|h[1-6]|li|ul|ol|dl|dt|dd|blockquote|pre|table|thead|tbody"
            + "|tfoot|tr|section|article|header|footer|aside|nav|main|figure|figcaption|hr|center|address"
            + "|caption|title|form|fieldset|details|summary";
    private static final String INLINE_ELEMENTS = "a|abbr|b|i|em|strong|span|font|u|s|strike|sub|sup|small|big"
            + "|cite|q|code|kbd|samp|var|time|mark|ins|del|img|picture|source|video|audio|iframe|embed|object"
            + "|param|svg|path|g|button|input|label|select|option|textarea|link|meta|base|wbr|tt|dfn|bdi|bdo"
            + "|html|head|body|col|colgroup|map|area|track|canvas|noscript|template|data|output|td|th|br";

    // Attribute text is bounded and may not contain '<', so a stray '<p' without '>' costs at most a
    // scan to the next '<' and the whole pass stays linear.
    private static final String TAG_REST = "(?=[\\s/>])(?:\"[^\"<]{0,2000}\"|'[^'<]{0,2000}'|[^'\"<>]){0,4000}>";
    private static final Pattern TAG = Pattern.compile(
            "<(/?)(" + BLOCK_ELEMENTS + "|" + INLINE_ELEMENTS + ")" + TAG_REST, Pattern.CASE_INSENSITIVE);
    private static final Pattern BLOCK_NAME = Pattern.compile("(?:" + BLOCK_ELEMENTS + ")", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_DOCUMENT_HINT = Pattern.compile(
            "</?(?:" + BLOCK_ELEMENTS + ")" + TAG_REST, Pattern.CASE_INSENSITIVE);
    private static final Pattern ANY_TAG_HINT = Pattern.compile(
            "<(?:/?(?:" + BLOCK_ELEMENTS + "|" + INLINE_ELEMENTS + "|script|style)(?=[\\s/>])|!--)", Pattern.CASE_INSENSITIVE);
    private static final Pattern RAW_TEXT_OPEN = Pattern.compile(
            "<(script|style|noscript)(?=[\\s/>])[^<>]{0,4000}>", Pattern.CASE_INSENSITIVE);

    private static final Pattern ENTITY = Pattern.compile("&(?:#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));");

    private static final Map<String, String> NAMED_ENTITIES = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", "\u00A0"), Map.entry("ensp", "\u2002"),
            Map.entry("emsp", "\u2003"), Map.entry("thinsp", "\u2009"), Map.entry("ndash", "\u2013"),
            Map.entry("mdash", "\u2014"), Map.entry("lsquo", "\u2018"), Map.entry("rsquo", "\u2019"),
            Map.entry("sbquo", "\u201A"), Map.entry("ldquo", "\u201C"), Map.entry("rdquo", "\u201D"),
            Map.entry("bdquo", "\u201E"), Map.entry("laquo", "\u00AB"), Map.entry("raquo", "\u00BB"),
            Map.entry("lsaquo", "\u2039"), Map.entry("rsaquo", "\u203A"), Map.entry("hellip", "\u2026"),
            Map.entry("bull", "\u2022"), Map.entry("middot", "\u00B7"), Map.entry("prime", "\u2032"),
            Map.entry("Prime", "\u2033"), Map.entry("copy", "\u00A9"), Map.entry("reg", "\u00AE"),
            Map.entry("trade", "\u2122"), Map.entry("deg", "\u00B0"), Map.entry("euro", "\u20AC"),
            Map.entry("pound", "\u00A3"), Map.entry("yen", "\u00A5"), Map.entry("cent", "\u00A2"),
            Map.entry("sect", "\u00A7"), Map.entry("para", "\u00B6"), Map.entry("times", "\u00D7"),
            Map.entry("divide", "\u00F7"), Map.entry("plusmn", "\u00B1"), Map.entry("minus", "\u2212"),
            Map.entry("frac12", "\u00BD"), Map.entry("frac14", "\u00BC"), Map.entry("frac34", "\u00BE"),
            Map.entry("shy", "\u00AD"), Map.entry("zwj", "\u200D"), Map.entry("zwnj", "\u200C"),
            Map.entry("iexcl", "\u00A1"), Map.entry("iquest", "\u00BF"), Map.entry("dagger", "\u2020"),
            Map.entry("aacute", "\u00E1"), Map.entry("Aacute", "\u00C1"), Map.entry("agrave", "\u00E0"),
            Map.entry("Agrave", "\u00C0"), Map.entry("acirc", "\u00E2"), Map.entry("auml", "\u00E4"),
            Map.entry("Auml", "\u00C4"), Map.entry("atilde", "\u00E3"), Map.entry("aring", "\u00E5"),
            Map.entry("aelig", "\u00E6"), Map.entry("ccedil", "\u00E7"), Map.entry("Ccedil", "\u00C7"),
            Map.entry("eacute", "\u00E9"), Map.entry("Eacute", "\u00C9"), Map.entry("egrave", "\u00E8"),
            Map.entry("Egrave", "\u00C8"), Map.entry("ecirc", "\u00EA"), Map.entry("euml", "\u00EB"),
            Map.entry("iacute", "\u00ED"), Map.entry("Iacute", "\u00CD"), Map.entry("igrave", "\u00EC"),
            Map.entry("icirc", "\u00EE"), Map.entry("iuml", "\u00EF"), Map.entry("ntilde", "\u00F1"),
            Map.entry("Ntilde", "\u00D1"), Map.entry("oacute", "\u00F3"), Map.entry("Oacute", "\u00D3"),
            Map.entry("ograve", "\u00F2"), Map.entry("ocirc", "\u00F4"), Map.entry("ouml", "\u00F6"),
            Map.entry("Ouml", "\u00D6"), Map.entry("otilde", "\u00F5"), Map.entry("oslash", "\u00F8"),
            Map.entry("uacute", "\u00FA"), Map.entry("Uacute", "\u00DA"), Map.entry("ugrave", "\u00F9"),
            Map.entry("ucirc", "\u00FB"), Map.entry("uuml", "\u00FC"), Map.entry("Uuml", "\u00DC"),
            Map.entry("yacute", "\u00FD"), Map.entry("szlig", "\u00DF"), Map.entry("scaron", "\u0161"),
            Map.entry("Scaron", "\u0160"), Map.entry("oelig", "\u0153"), Map.entry("OElig", "\u0152"));

    // HTML5 maps numeric references in 0x80..0x9F to windows-1252, which is what old CMSs meant by
    // &#146; (an apostrophe) and friends; 0 means "no mapping, drop as a control character".
    private static final char[] CP1252_C1 = {
        '\u20AC', 0, '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', 0, '\u017D', 0,
        0, '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', 0, '\u017E', '\u0178'};

    /** Cleans {@code raw} as described in the class documentation; never returns {@code null}. */
    public String clean(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String text = raw;
        if (text.indexOf('<') >= 0 && ANY_TAG_HINT.matcher(text).find()) {
            text = stripHtml(text);
        }
        if (text.indexOf('&') >= 0) {
            text = decodeEntities(text);
        }
        text = Normalizer.normalize(text, Normalizer.Form.NFC);
        return normaliseWhitespace(text);
    }

    private static String stripHtml(String text) {
        boolean htmlDocument = HTML_DOCUMENT_HINT.matcher(text).find();
        String s = dropRawTextElementsAndComments(text);
        if (htmlDocument) {
            // In an HTML document, source line breaks render as spaces; only markup makes breaks.
            s = s.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
        }
        Matcher m = TAG.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        int last = 0;
        while (m.find()) {
            out.append(s, last, m.start());
            String name = m.group(2).toLowerCase(Locale.ROOT);
            if (name.equals("br")) {
                // "<br>" at the end of a source line is one break, not two.
                if (htmlDocument || !startsWithLineBreak(s, m.end())) {
                    out.append('\n');
                }
            } else if (name.equals("td") || name.equals("th")) {
                out.append(' ');
            } else if (BLOCK_NAME.matcher(name).matches()) {
                out.append("\n\n");
            }
            last = m.end();
        }
        out.append(s, last, s.length());
        return out.toString();
    }

    private static boolean startsWithLineBreak(String s, int from) {
        int k = from;
        while (k < s.length() && (s.charAt(k) == ' ' || s.charAt(k) == '\t')) {
            k++;
        }
        return k < s.length() && (s.charAt(k) == '\n' || s.charAt(k) == '\r');
    }

    /** Removes comments and script/style bodies with plain index scans (no backtracking over the text). */
    private static String dropRawTextElementsAndComments(String s) {
        if (s.indexOf("<!--") < 0 && !RAW_TEXT_OPEN.matcher(s).find()) {
            return s;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.length() != s.length()) {
            // Case folding changed lengths (rare scripts); indices would not line up, so keep the text.
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        Matcher open = RAW_TEXT_OPEN.matcher(s);
        // Element names known to have no closing tag further on; saves rescanning to the end per opener.
        Set<String> unclosed = new HashSet<>(4);
        int i = 0;
        int comment = lower.indexOf("<!--");
        while (i < s.length()) {
            if (comment >= 0 && comment < i) {
                comment = lower.indexOf("<!--", i);
            }
            int element = open.find(i) ? open.start() : -1;
            if (comment < 0 && element < 0) {
                break;
            }
            if (element < 0 || (comment >= 0 && comment < element)) {
                out.append(s, i, comment);
                int end = lower.indexOf("-->", comment + 4);
                // An unterminated comment hides the rest of the document in a browser too.
                i = end < 0 ? s.length() : end + 3;
            } else {
                out.append(s, i, element);
                String close = "</" + open.group(1).toLowerCase(Locale.ROOT);
                int end = unclosed.contains(close) ? -1 : lower.indexOf(close, open.end());
                if (end < 0) {
                    unclosed.add(close);
                    // Unclosed: drop only the opening tag rather than guess where the body ends.
                    i = open.end();
                } else {
                    int gt = lower.indexOf('>', end);
                    i = gt < 0 ? s.length() : gt + 1;
                }
            }
        }
        out.append(s, Math.min(i, s.length()), s.length());
        return out.toString();
    }

    private static String decodeEntities(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String replacement = entityValue(m);
            if (replacement == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(s.length());
            }
            out.append(s, last, m.start()).append(replacement);
            last = m.end();
        }
        if (out == null) {
            return s;
        }
        return out.append(s, last, s.length()).toString();
    }

    /** The decoded text, or {@code null} to leave the reference as literal text. */
    private static String entityValue(Matcher m) {
        if (m.group(3) != null) {
            return NAMED_ENTITIES.get(m.group(3));
        }
        int cp = m.group(1) != null ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2), 16);
        if (cp >= 0x80 && cp <= 0x9F) {
            char mapped = CP1252_C1[cp - 0x80];
            return mapped == 0 ? "" : String.valueOf(mapped);
        }
        if (cp == 0 || cp > Character.MAX_CODE_POINT || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)) {
            return "\uFFFD";
        }
        return new String(Character.toChars(cp));
    }

    private static String normaliseWhitespace(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int newlines = 0;          // pending line breaks since the last visible character
        boolean space = false;     // pending horizontal whitespace since the last visible character
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                if (i + 1 < n && s.charAt(i + 1) == '\n') {
                    i++;
                }
                newlines++;
                continue;
            }
            if (c == '\n' || c == '\u2028' || c == '\u0085' || c == '\u000B' || c == '\u000C') {
                newlines++;
                continue;
            }
            if (c == '\u2029') {
                newlines += 2;
                continue;
            }
            if (c == '\t' || Character.getType(c) == Character.SPACE_SEPARATOR) {
                space = true;
                continue;
            }
            int cp = c;
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    cp = Character.toCodePoint(c, s.charAt(i + 1));
                } else {
                    continue;
                }
            } else if (Character.isLowSurrogate(c)) {
                continue;
            }
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.FORMAT || (cp & 0xFFFE) == 0xFFFE) {
                if (cp > 0xFFFF) {
                    i++;
                }
                continue;
            }
            if (out.length() > 0) {
                if (newlines > 0) {
                    out.append(newlines >= 2 ? "\n\n" : "\n");
                } else if (space) {
                    out.append(' ');
                }
            }
            newlines = 0;
            space = false;
            out.appendCodePoint(cp);
            if (cp > 0xFFFF) {
                i++;
            }
        }
        return out.toString();
    }
}
