package org.slant.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;

/**
 * Makes text safe to print on a terminal. Messages quote user files and data (a file name, a line, a
 * label), and raw control bytes in them could move the cursor, rewrite the screen or reorder text
 * (an ANSI escape, a carriage return, a bidi override). Every control (C0, C1, DEL), format character
 * (bidi embeddings, overrides and isolates U+202A–U+202E, U+2066–U+2069, zero-width characters),
 * line or paragraph separator and lone surrogate is shown as a {@code \\uXXXX} escape, and very long
 * messages are cut.
 */
final class StderrText {
    /** Characters of one message line kept; the rest is summarised. */
    static final int MAX_CHARS = 2_000;

    private StderrText() {
    }

    /** {@code message} as one printable line: newlines and tabs are escaped too. */
    static String line(String message) {
        return cap(escape(String.valueOf(message), false));
    }

    /** A stack trace, one printable line per frame (line breaks kept, each line escaped and capped). */
    static String trace(Throwable error) {
        StringWriter w = new StringWriter();
        error.printStackTrace(new PrintWriter(w));
        StringBuilder out = new StringBuilder();
        for (String l : w.toString().split("\r?\n", -1)) {
            if (!out.isEmpty()) {
                out.append(System.lineSeparator());
            }
            out.append(cap(escape(l, true)));
        }
        return out.toString().stripTrailing();
    }

    private static String escape(String s, boolean keepTabs) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = !(keepTabs && c == '\t') && unsafe(s, i);
            if (bad && out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (out != null) {
                if (bad) {
                    out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? s : out.toString();
    }

    private static boolean unsafe(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                return unsafeType(Character.getType(s.codePointAt(i)));
            }
            return true;
        }
        if (Character.isLowSurrogate(c)) {
            if (i > 0 && Character.isHighSurrogate(s.charAt(i - 1))) {
                return unsafeType(Character.getType(s.codePointAt(i - 1)));
            }
            return true;
        }
        return unsafeType(Character.getType(c));
    }

    private static boolean unsafeType(int type) {
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE;
    }

    private static String cap(String s) {
        if (s.length() <= MAX_CHARS) {
            return s;
        }
        int cut = MAX_CHARS;
        if (Character.isHighSurrogate(s.charAt(cut - 1))) {
            cut--;
        }
        return s.substring(0, cut) + "… (" + (s.length() - cut) + " more characters)";
    }
}
