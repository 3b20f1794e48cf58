package org.slant.analysis.targets;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bound on the work one regular expression may do on one text, counted in characters read.
 * {@code java.util.regex} backtracks: a pattern such as {@code (.*a){12}$} needs on the order of
 * n<sup>12</sup> steps on a line of n characters, i.e. it never finishes. A matcher reads its input
 * only through {@link CharSequence#charAt}, so matching over a view that counts those reads and throws
 * past a limit stops any pattern, whatever its shape.
 *
 * <p>The limit is {@value #BASE} reads plus {@value #PER_CHAR} per character of the text. Sensible
 * patterns (literals, alternations, bounded gaps such as {@code .{0,80}}, even a leading {@code .*})
 * read a few to a few dozen characters per character of text; on the longest article {@code analyze}
 * reads (200,000 characters) the limit is 2 × 10<sup>8</sup> reads, about two seconds of a runaway
 * pattern. Not thread-safe: one budget per pattern and text.
 */
final class MatchBudget {
    static final long BASE = 1_000_000;
    static final long PER_CHAR = 1_000;

    /** Length of the strings {@link #probe} tries. */
    static final int PROBE_LENGTH = 40;

    /** Thrown from inside the matcher; carries no stack trace, the caller names the pattern. */
    static final class Exhausted extends RuntimeException {
        Exhausted() {
            super("matching budget exhausted", null, false, false);
        }
    }

    private long remaining;

    MatchBudget(long reads) {
        this.remaining = reads;
    }

    /** The budget for one pattern over a text of {@code chars} characters in all. */
    static MatchBudget forText(long chars) {
        return new MatchBudget(BASE + PER_CHAR * chars);
    }

    /** {@code text} as a matcher should see it: every character read spends the budget. */
    CharSequence view(String text) {
        return new Counted(text);
    }

    /**
     * Tries {@code pattern} on short strings built to make bad patterns backtrack (runs of one
     * character of the pattern, or of its characters in turn, ended by a character nothing expects),
     * each with the budget of its length.
     *
     * @return a description of the first string on which the pattern ran out of budget, or null
     */
    static String probe(Pattern pattern) {
        Set<Character> chars = new LinkedHashSet<>();
        for (char c : "a0 ".toCharArray()) {
            chars.add(c);
        }
        StringBuilder cycle = new StringBuilder();
        for (char c : pattern.pattern().toCharArray()) {
            if (Character.isLetterOrDigit(c) || c == ' ' || c == '-' || c == '\'') {
                if (chars.add(c)) {
                    cycle.append(c);
                }
            }
        }
        for (char c : chars) {
            String run = String.valueOf(c).repeat(PROBE_LENGTH);
            if (exhausts(pattern, run + '\u0001') || exhausts(pattern, run)) {
                return PROBE_LENGTH + " repetitions of '" + c + "'";
            }
        }
        String[] mixed = {"a ".repeat(PROBE_LENGTH / 2), cycle.isEmpty() ? "" : cycle.toString().repeat(
                Math.max(1, PROBE_LENGTH / cycle.length()))};
        for (String s : mixed) {
            if (!s.isEmpty() && (exhausts(pattern, s + '\u0001') || exhausts(pattern, s))) {
                return "'" + s + "'";
            }
        }
        return null;
    }

    private static boolean exhausts(Pattern pattern, String s) {
        MatchBudget budget = forText(s.length());
        Matcher m = pattern.matcher(budget.view(s));
        try {
            while (m.find()) {
                // every match is read: a pattern may succeed quickly and then blow up looking for the next
            }
            return false;
        } catch (Exhausted e) {
            return true;
        }
    }

    private final class Counted implements CharSequence {
        private final String text;

        Counted(String text) {
            this.text = text;
        }

        @Override
        public char charAt(int index) {
            if (--remaining < 0) {
                throw new Exhausted();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
