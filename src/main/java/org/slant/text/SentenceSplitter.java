package org.slant.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits cleaned news English into sentences.
 *
 * <p>Expects: text as produced by {@link TextCleaner} (works on any string; {@code null} gives an
 * empty list). Produces: sentences in document order, each a trimmed substring of the input that
 * contains at least one letter or digit (separator lines such as {@code * * *} are dropped).
 *
 * <p>Rules, in order:
 * <ol>
 *   <li>A line break always ends a sentence (paragraphs and one-sentence lines in scraped news).</li>
 *   <li>A candidate end is a run of {@code . ? ! …}, followed by any closing quotes or brackets
 *       (which stay with the sentence: {@code He said "no."}), followed by whitespace. Punctuation
 *       followed directly by a non-space ({@code $60.5}, {@code U.S.-led}, {@code v2.0},
 *       {@code example.com}) is never an end.</li>
 *   <li>No candidate ends a sentence when the next word starts with a lower-case letter
 *       ({@code "Why?" he asked}, {@code wait... and see}) unless that word has an upper-case letter
 *       inside it ({@code iPhone}, {@code eBay}).</li>
 *   <li>For a single period the word before it decides:
 *     <ul>
 *       <li>titles and other words that never end a sentence ({@code Mr. Dr. Sen. Gen. vs. e.g.}
 *           ...): no split. {@code No.} is an abbreviation only before a number ({@code No. 5}).</li>
 *       <li>abbreviations that can end a sentence ({@code Inc. Co. Jr. etc. U.S. a.m. Jan. Calif.}
 *           ...), single-letter initials ({@code John F. Kennedy}) and dotted initialisms
 *           ({@code J.R.R.}, {@code Ph.D.}): split only when the next word is a capitalised common
 *           sentence starter from a closed list ({@code The A An But He She It They We I In On At
 *           This ...}). So {@code aid to the U.S. The vote} splits while {@code U.S. Army} and
 *           {@code St. Louis} do not. The cost: an abbreviation that ends a sentence followed by a
 *           name or other capitalised word ({@code ...in the U.S. Officials said}) is not split.</li>
 *       <li>a period preceded by whitespace ({@code . . .}), or after a number of at most three
 *           digits that opens the sentence (a list item: {@code 1. Buy low}): no split.</li>
 *       <li>any other word: split.</li>
 *     </ul></li>
 * </ol>
 * Runs in time linear in the input: every look-behind and look-ahead is capped at a few dozen
 * characters. Immutable and thread-safe.
 */
public final class SentenceSplitter {

    /** Look-behind/ahead cap; abbreviations and starter words are far shorter. */
    private static final int MAX_WORD = 32;

    /** Words that are followed by more of the same sentence whatever comes next. Lower case, no final dot. */
    private static final Set<String> NEVER_END = Set.of(
            "mr", "mrs", "ms", "messrs", "dr", "prof", "sen", "sens", "rep", "reps", "gov", "gen", "lt", "col",
            "sgt", "capt", "cpl", "pvt", "maj", "adm", "cmdr", "brig", "rev", "hon", "pres", "supt", "insp",
            "atty", "vs", "e.g", "i.e", "cf", "approx", "fig", "figs", "vol", "pp", "nos", "mt");

    /** Abbreviations that may also end a sentence; see the starter heuristic. Lower case, no final dot. */
    private static final Set<String> CAN_END = Set.of(
            "inc", "corp", "ltd", "co", "bros", "llc", "plc", "jr", "sr", "st", "ave", "blvd", "rd", "dept",
            "univ", "assn", "etc", "al", "ft",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "u.s", "u.k", "u.n", "e.u", "d.c", "a.m", "p.m", "u.s.a", "n.y", "l.a",
            // AP state abbreviations that are not also common English words (Ill., Miss., Wash. are).
            "ala", "ariz", "ark", "calif", "colo", "conn", "fla", "ga", "kan", "kans", "ky", "md", "mich", "minn",
            "mont", "neb", "nev", "okla", "pa", "tenn", "vt", "va", "wis", "wyo");

    /**
     * Capitalised words that almost only appear after an abbreviation when a new sentence starts.
     * Deliberately closed and made of function words, so names ({@code Louis}, {@code Army}) never match.
     */
    private static final Set<String> STARTERS = Set.of(
            "the", "a", "an", "but", "and", "or", "so", "yet", "he", "she", "it", "they", "we", "i", "you",
            "his", "her", "its", "their", "our", "my", "this", "that", "these", "those", "there", "here",
            "in", "on", "at", "for", "from", "with", "by", "to", "as", "after", "before", "when", "while",
            "if", "although", "though", "since", "because", "however", "meanwhile", "still", "now", "then",
            "also", "some", "many", "most", "no", "not", "what", "why", "how", "who", "where", "during", "last",
            "earlier", "later", "under", "both", "each", "one", "two", "several");

    /** Splits {@code text} into sentences; see the class documentation for the rules. */
    public List<String> split(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        int n = text.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isLineBreak(c)) {
                emit(text, start, i, out);
                start = i + 1;
                i++;
                continue;
            }
            if (!isTerminator(c)) {
                i++;
                continue;
            }
            int runStart = i;
            int runEnd = i;
            while (runEnd < n && isTerminator(text.charAt(runEnd))) {
                runEnd++;
            }
            int end = runEnd;
            while (end < n && (isCloser(text.charAt(end)) || isTerminator(text.charAt(end)))) {
                end++;
            }
            if (end < n && isHorizontalSpace(text.charAt(end)) && endsSentence(text, start, runStart, runEnd, end)) {
                emit(text, start, end, out);
                start = end;
            }
            i = end;
        }
        emit(text, start, n, out);
        return out;
    }

    private static boolean endsSentence(String text, int sentenceStart, int runStart, int runEnd, int end) {
        int next = skipSpaceAndOpeners(text, end);
        if (next >= text.length() || isLineBreak(text.charAt(next))) {
            return true;
        }
        int first = text.codePointAt(next);
        if (startsLowerCaseWord(text, next, first)) {
            return false;
        }
        boolean singlePeriod = runEnd - runStart == 1 && text.charAt(runStart) == '.';
        if (!singlePeriod) {
            return true;
        }
        if (runStart == 0 || Character.isWhitespace(text.charAt(runStart - 1))) {
            return false;
        }
        String word = wordBefore(text, runStart);
        if (word == null) {
            return true;
        }
        if (isListNumber(word) && onlySpaceBefore(text, sentenceStart, runStart - word.length())) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.equals("no")) {
            return !(Character.isDigit(first) || first == '#');
        }
        if (NEVER_END.contains(lower)) {
            return false;
        }
        if (CAN_END.contains(lower) || isInitialOrInitialism(word)) {
            return isStarter(text, next);
        }
        return true;
    }

    /** The token before the period at {@code dot}, without surrounding quotes/brackets; null if too long. */
    private static String wordBefore(String text, int dot) {
        int limit = Math.max(0, dot - MAX_WORD);
        int b = dot;
        while (b > 0 && !Character.isWhitespace(text.charAt(b - 1))) {
            if (b == limit) {
                return null;
            }
            b--;
        }
        int e = dot;
        while (b < e && isOpener(text.charAt(b))) {
            b++;
        }
        while (e > b && isCloser(text.charAt(e - 1))) {
            e--;
        }
        return text.substring(b, e);
    }

    /** One to three digits: {@code 1.} opening a numbered list item. */
    private static boolean isListNumber(String word) {
        if (word.isEmpty() || word.length() > 3) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (word.charAt(k) < '0' || word.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Nothing but whitespace and opening brackets/quotes in {@code [from, to)}; capped to stay linear. */
    private static boolean onlySpaceBefore(String text, int from, int to) {
        if (to - from > MAX_WORD) {
            return false;
        }
        for (int k = from; k < to; k++) {
            char ch = text.charAt(k);
            if (!Character.isWhitespace(ch) && !isOpener(ch)) {
                return false;
            }
        }
        return true;
    }

    /** {@code F}, {@code J.R.R}, {@code Ph.D}: letter groups of one or two joined by dots. */
    private static boolean isInitialOrInitialism(String word) {
        if (word.isEmpty()) {
            return false;
        }
        int group = 0;
        for (int k = 0; k < word.length(); k++) {
            char ch = word.charAt(k);
            if (Character.isLetter(ch)) {
                if (++group > 2) {
                    return false;
                }
            } else if (ch == '.' && group > 0) {
                group = 0;
            } else {
                return false;
            }
        }
        return group == 1 || (group == 2 && word.indexOf('.') >= 0);
    }

    private static boolean isStarter(String text, int from) {
        int k = from;
        int limit = Math.min(text.length(), from + MAX_WORD);
        while (k < limit && Character.isLetter(text.charAt(k))) {
            k++;
        }
        if (k == from || k == limit && limit < text.length() || !Character.isUpperCase(text.charAt(from))) {
            return false;
        }
        return STARTERS.contains(text.substring(from, k).toLowerCase(Locale.ROOT));
    }

    /** Lower-case initial, unless the word is camel-cased like {@code iPhone}. */
    private static boolean startsLowerCaseWord(String text, int from, int first) {
        if (!Character.isLowerCase(first)) {
            return false;
        }
        int limit = Math.min(text.length(), from + MAX_WORD);
        for (int k = from + Character.charCount(first); k < limit; ) {
            int cp = text.codePointAt(k);
            if (Character.isUpperCase(cp)) {
                return false;
            }
            if (!Character.isLetter(cp)) {
                break;
            }
            k += Character.charCount(cp);
        }
        return true;
    }

    private static int skipSpaceAndOpeners(String text, int from) {
        int k = from;
        int limit = Math.min(text.length(), from + MAX_WORD);
        while (k < limit && isHorizontalSpace(text.charAt(k))) {
            k++;
        }
        while (k < limit && isOpener(text.charAt(k))) {
            k++;
        }
        return k;
    }

    private static void emit(String text, int from, int to, List<String> out) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        for (int k = from; k < to; ) {
            int cp = text.codePointAt(k);
            if (Character.isLetterOrDigit(cp)) {
                out.add(text.substring(from, to));
                return;
            }
            k += Character.charCount(cp);
        }
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '?' || c == '!' || c == '\u2026' || c == '\u203D';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']' || c == '}'
                || c == '\u00BB' || c == '\u203A';
    }

    private static boolean isOpener(char c) {
        return c == '"' || c == '\'' || c == '\u201C' || c == '\u2018' || c == '(' || c == '[' || c == '{'
                || c == '\u00AB' || c == '\u2039';
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }

    private static boolean isHorizontalSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || (!isLineBreak(c) && Character.isWhitespace(c));
    }
}
