package org.slant.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one news article per {@code .txt} file in the usual layout of saved articles: the title on the
 * first line; then, in any order, an optional byline ({@code By NAME}, {@code Written by NAME}), a date
 * line (recognised by the injected predicate), an optional one-word section ({@code Politics}); then the
 * body. Site furniture is dropped wherever it appears (photo credits, {@code Advertisement},
 * {@code Trending Now}, {@code Read more…}, newsletter and follow prompts, whole-line parentheticals such
 * as {@code (Reuters Photo)}), and so are short title-case subheadings inside the body, which are not
 * sentences. Body lines are joined into paragraphs (a line not ending a sentence is a hard wrap and joins
 * the next line), paragraphs are separated by a blank line; a standfirst stays as the first paragraph.
 *
 * <p>Produces nothing for an empty or whitespace-only file, else exactly one result: a {@link RawRecord} at location {@code file} with the canonical
 * fields {@code title}, {@code author}, {@code published} (the date line as written), {@code section},
 * {@code text} and {@code outlet} (each only when found), or a {@link Reject}: {@code empty text} when
 * there is no body, an invalid-UTF-8 reject for a file that is not UTF-8, and one for a file larger than
 * {@code maxFileChars}. The outlet is the name of the folder holding the file unless the caller names one.
 *
 * <p>Immutable and thread-safe if the predicate is.
 */
public final class TextArticleReader implements RecordReader {
    /** Largest article read, in characters; news articles are far smaller, so more means the wrong file. */
    public static final int DEFAULT_MAX_FILE_CHARS = 8 * 1024 * 1024;

    static final String EMPTY_TEXT = "empty text";

    private static final String FILE = "file";

    private static final List<Pattern> BOILERPLATE = compileAll(
            "(?:photo|photograph|image|picture|video|graphic|illustration)s?(?:\\s+credits?)?\\s*[:|–—-].*",
            "(?:photo|image|picture)s?\\s+(?:credits?|courtesy)\\b.*",
            "(?:trending(?:\\s+now)?|advertisement|sponsored(?:\\s+content)?|skip\\s+advertisement"
                    + "|story\\s+continues\\s+below(?:\\s+advertisement)?|share(?:\\s+this(?:\\s+article|\\s+story)?)?"
                    + "|comments?|most\\s+(?:read|popular))\\s*[:.!…]*",
            "read\\s+more\\b.*",
            "(?:related|see\\s+also|also\\s+read|more\\s+from\\s+[^:]{1,40})\\s*:.*",
            "related\\s+(?:articles?|stories|coverage|content|news)\\s*[:.]*",
            "(?:sign\\s+up|subscribe)\\b.*\\bnewsletters?\\b.*",
            "click\\s+here\\b.*",
            "follow\\s+us\\b.*");

    /** A whole line in brackets is a caption credit or an editing note, e.g. "(Reuters Photo)". */
    private static final Pattern PARENTHETICAL = Pattern.compile("[(\\[][^()\\[\\]]{1,120}[)\\]]");

    private static final Pattern BYLINE =
            Pattern.compile("(?i:written\\s+by|by|author)\\s*:?\\s+((?:the\\s+)?\\p{Lu}.*)");

    private static final Pattern SECTION = Pattern.compile("\\p{Lu}[\\p{L}]{1,29}(?:[-&]\\p{L}+)?");

    /** Prefixes some sites put before the date; the predicate is asked about the date without them too. */
    private static final Pattern DATE_PREFIX =
            Pattern.compile("(?i)(?:published|updated|posted|last\\s+updated)(?:\\s+on)?\\s*:?\\s*(.+)");

    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "and", "or", "but", "nor", "of",
            "in", "on", "at", "to", "for", "by", "with", "from", "as", "vs", "via", "into", "over", "per", "up");

    private static final int MAX_SUBHEADING_WORDS = 8;

    private final Predicate<String> isDateLine;
    private final int maxFileChars;

    /** @param isDateLine tells whether a whole line is a publication date/time, e.g. {@code PublishedDates::looksLikeDateLine} */
    public TextArticleReader(Predicate<String> isDateLine) {
        this(isDateLine, DEFAULT_MAX_FILE_CHARS);
    }

    public TextArticleReader(Predicate<String> isDateLine, int maxFileChars) {
        this.isDateLine = Objects.requireNonNull(isDateLine, "isDateLine");
        if (maxFileChars < 1) {
            throw new IllegalArgumentException("maxFileChars must be positive: " + maxFileChars);
        }
        this.maxFileChars = maxFileChars;
    }

    /** Reads the article in {@code in}; the outlet is the name of the folder in {@code source}'s path, if any. */
    @Override
    public Iterator<ReadResult> read(InputStream in, String source) throws IOException {
        return read(in, source, Inputs.parentFolderName(source).orElse(null));
    }

    /** Reads the article in {@code in} with the outlet given by the caller ({@code null} or blank: none). */
    public Iterator<ReadResult> read(InputStream in, String source, String outlet) throws IOException {
        ReadResult result;
        try {
            result = readOne(in, source, outlet);
        } catch (IOException | RuntimeException e) {
            result = Reject.of(source, FILE, "read error, file not read: " + e, "");
        }
        return result == null ? Collections.emptyIterator() : List.of(result).iterator();
    }

    /** The file's one result, or null when it holds nothing but whitespace. */
    private ReadResult readOne(InputStream in, String source, String outlet) throws IOException {
        StringBuilder text = new StringBuilder();
        try (Reader reader = StrictUtf8.newReader(in)) {
            char[] buf = new char[16 * 1024];
            for (int n; (n = reader.read(buf)) != -1; ) {
                if (text.length() + n > maxFileChars) {
                    return Reject.of(source, FILE, "file too large for one article: more than "
                            + maxFileChars + " characters", head(text));
                }
                text.append(buf, 0, n);
            }
        }
        if (text.toString().isBlank()) {
            // An empty (or whitespace-only) file holds no article; an empty dump is not a bad record.
            return null;
        }
        if (StrictUtf8.hasInvalid(text)) {
            return Reject.of(source, FILE, StrictUtf8.INVALID_UTF8, head(text));
        }
        Map<String, String> fields = parse(text.toString());
        if (!fields.containsKey("text")) {
            return Reject.of(source, FILE, EMPTY_TEXT, head(text));
        }
        if (outlet != null && !outlet.isBlank()) {
            fields.put("outlet", outlet.strip());
        }
        return new RawRecord(source, FILE, fields);
    }

    /** The canonical fields found in an article's text; {@code text} is absent when there is no body. */
    Map<String, String> parse(String article) {
        String[] lines = article.split("\r\n|\r|\n", -1);
        Map<String, String> fields = new LinkedHashMap<>();
        int i = 0;
        String title = null;
        for (; i < lines.length && title == null; i++) {
            String line = clean(lines[i]);
            if (!line.isEmpty() && !isBoilerplate(line)) {
                title = line;
            }
        }
        if (title == null) {
            return fields;
        }
        fields.put("title", title);
        for (; i < lines.length; i++) {
            String line = clean(lines[i]);
            if (line.isEmpty() || isBoilerplate(line)) {
                continue;
            }
            if (isDate(line)) {
                // A second date line is "Updated ..."; the first one is the publication.
                fields.putIfAbsent("published", line);
                continue;
            }
            Optional<String> author = byline(line);
            if (author.isPresent()) {
                fields.merge("author", author.get(), (a, b) -> a + "; " + b);
                continue;
            }
            if (SECTION.matcher(line).matches()) {
                fields.putIfAbsent("section", line);
                continue;
            }
            break;
        }
        String body = body(lines, i, title);
        if (!body.isEmpty()) {
            fields.put("text", body);
        }
        return fields;
    }

    private String body(String[] lines, int start, String title) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = null;
        String previous = null;
        for (int i = start; i < lines.length; i++) {
            String line = clean(lines[i]);
            boolean paragraphStart = current == null || endsParagraph(previous);
            if (line.isEmpty() || isBoilerplate(line) || line.equalsIgnoreCase(title)
                    || paragraphStart && isSubheading(line)) {
                flush(current, paragraphs);
                current = null;
                continue;
            }
            if (paragraphStart) {
                flush(current, paragraphs);
                current = new StringBuilder(line);
            } else {
                current.append(' ').append(line);
            }
            previous = line;
        }
        flush(current, paragraphs);
        return String.join("\n\n", paragraphs);
    }

    private static String head(CharSequence text) {
        return text.subSequence(0, Math.min(text.length(), 2 * Reject.EXCERPT_CHARS)).toString();
    }

    private static void flush(StringBuilder paragraph, List<String> paragraphs) {
        if (paragraph != null && paragraph.length() > 0) {
            paragraphs.add(paragraph.toString());
        }
    }

    private boolean isDate(String line) {
        if (isDateLine.test(line)) {
            return true;
        }
        Matcher m = DATE_PREFIX.matcher(line);
        return m.matches() && isDateLine.test(m.group(1).strip());
    }

    /** The names in a byline, or empty when the line is a sentence that happens to start with "By". */
    static Optional<String> byline(String line) {
        Matcher m = BYLINE.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String names = m.group(1).strip();
        String[] words = names.split("\\s+");
        if (words.length > 12 || names.length() > 150 || capitalisedShare(words) < 0.5) {
            return Optional.empty();
        }
        return Optional.of(names);
    }

    static boolean isBoilerplate(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        for (Pattern p : BOILERPLATE) {
            if (p.matcher(lower).matches()) {
                return true;
            }
        }
        return PARENTHETICAL.matcher(line).matches() && line.split("\\s+").length <= 12;
    }

    /**
     * A short line in title case without closing punctuation: a subheading, not a sentence. Lines opening
     * with a quotation mark are quotes, however short.
     */
    static boolean isSubheading(String line) {
        String[] words = line.split("\\s+");
        if (words.length > MAX_SUBHEADING_WORDS || endsWithAny(line, ".?!;,")
                || "\"“‘'«".indexOf(line.charAt(0)) >= 0) {
            return false;
        }
        return capitalisedShare(words) > 0.5;
    }

    /** Share of words that start with a capital letter or digit, not counting short function words. */
    private static double capitalisedShare(String[] words) {
        int counted = 0;
        int capitalised = 0;
        for (String w : words) {
            String word = w.replaceAll("^[^\\p{L}\\p{N}]+", "");
            if (word.isEmpty() || SMALL_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            counted++;
            int first = word.codePointAt(0);
            if (Character.isUpperCase(first) || Character.isTitleCase(first) || Character.isDigit(first)) {
                capitalised++;
            }
        }
        return counted == 0 ? 0 : (double) capitalised / counted;
    }

    /**
     * Whether a line ends a paragraph (a sentence, a lead-in, a closed quotation) rather than being
     * hard-wrapped mid-sentence.
     */
    private static boolean endsParagraph(String line) {
        return line == null || endsWithAny(line, ".?!:…") || "\"”»".indexOf(line.charAt(line.length() - 1)) >= 0;
    }

    /** Whether {@code line}, ignoring closing quotes and brackets, ends with one of {@code chars}. */
    private static boolean endsWithAny(String line, String chars) {
        int end = line.length();
        while (end > 0 && "\"'”’»)]".indexOf(line.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && chars.indexOf(line.charAt(end - 1)) >= 0;
    }

    /** The line without surrounding whitespace; no-break spaces count, as pasted web text is full of them. */
    private static String clean(String line) {
        return line.replace('\u00A0', ' ').replace("\u200B", "").strip();
    }

    private static List<Pattern> compileAll(String... regexes) {
        List<Pattern> patterns = new ArrayList<>(regexes.length);
        for (String regex : regexes) {
            patterns.add(Pattern.compile(regex));
        }
        return List.copyOf(patterns);
    }
}
