package org.slant.analysis;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether an article argues in its own voice ({@link #OPINION}: op-eds, editorials, columns,
 * commentary, letters) or reports ({@link #NEWS}, which includes news analysis).
 *
 * <p>Expects the article's metadata as the reader gives it (any field may be null). Decides from, in
 * this order: the section name, a title prefix ({@code Opinion:}, {@code Editorial:}, {@code Op-Ed},
 * {@code Letters}, {@code Commentary:}, {@code Column:}, {@code Viewpoint:}…), a path segment of the
 * URL ({@code /opinion/}, {@code /editorials/}, {@code /commentary/}, {@code /op-ed/},
 * {@code /letters/}, {@code /columns/}), and the byline ({@code Editorial Board}, {@code The Editors},
 * {@code Letters to the Editor}). "Analysis" is news: the reporter explains, the outlet does not
 * argue, so an analysis's own voice is judged like a report's. Without any of these signs an article
 * is news. Pure function.
 */
public enum Genre {
    OPINION, NEWS;

    private static final Set<String> OPINION_SECTIONS = Set.of("opinion", "opinions", "editorial", "editorials",
            "commentary", "commentaries", "letters", "letter", "letters to the editor", "op ed", "oped", "op eds",
            "column", "columns", "columnists", "views", "viewpoint", "viewpoints", "perspective", "perspectives",
            "ideas", "voices", "guest column", "guest essay", "our view", "your view", "editorial board");
    private static final Pattern TITLE_PREFIX = Pattern.compile(
            "^\\s*(?:opinion|editorial|op[- ]?ed|letters?(?: to the editor)?|commentary|column|viewpoint|perspective"
                    + "|guest (?:column|essay)|our view|my view|your view)\\s*[:|—–-]", Pattern.CASE_INSENSITIVE);
    private static final Pattern URL_SEGMENT = Pattern.compile(
            "/(?:opinions?|editorials?|commentary|commentaries|op-?eds?|letters(?:-to-the-editor)?|columns?|columnists"
                    + "|viewpoints?|perspectives?)(?:/|$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE = Pattern.compile(
            "\\b(?:editorial board|the editors|editorial staff|letters? to the editor)\\b", Pattern.CASE_INSENSITIVE);

    /** The genre of an article from its metadata. */
    public static Genre of(String title, String section, String url, String author) {
        if (section != null) {
            String s = section.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
            if (OPINION_SECTIONS.contains(s) || s.startsWith("opinion ") || s.endsWith(" opinion")) {
                return OPINION;
            }
        }
        if (title != null && TITLE_PREFIX.matcher(title).find()) {
            return OPINION;
        }
        if (url != null) {
            String path = url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "");
            int q = path.indexOf('?');
            if (URL_SEGMENT.matcher(q >= 0 ? path.substring(0, q) : path).find()) {
                return OPINION;
            }
        }
        if (author != null && BYLINE.matcher(author).find()) {
            return OPINION;
        }
        return NEWS;
    }

    /** The lower-case name written to the tables: {@code opinion} or {@code news}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
