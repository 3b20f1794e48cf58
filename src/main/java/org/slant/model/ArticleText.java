package org.slant.model;

import java.util.List;
import java.util.regex.Pattern;

import org.slant.text.SentenceSplitter;
import org.slant.text.TextCleaner;

/**
 * What an article-level stance model reads: the section, the headline and the body in the outlet's own voice,
 * one text. Quoted passages are cut out, because a piece that quotes the other side at length is not arguing
 * for it; the section and headline stay in because they say whether the piece argues at all ("Opinion",
 * "Editorial:"). {@code train --unit article} and {@code analyze} build it the same way, from the cleaned
 * and split text, so a model sees at run time what it was trained on.
 */
public final class ArticleText {
    /** A card's {@code unit} for such a model; a sentence model's card has none or {@code sentence}. */
    public static final String UNIT = "article";
    // Up to 600 characters between quotation marks: a quotation, not a stray mark pairing two paragraphs apart.
    private static final Pattern QUOTED = Pattern.compile("[\"\u201C][^\"\u201D]{0,600}[\"\u201D]");
    private static final TextCleaner CLEANER = new TextCleaner();

    private ArticleText() {
    }

    /** The model's text for an article whose body is already cleaned and split into sentences ({@code analyze}'s). */
    public static String of(String section, String title, List<String> sentences) {
        StringBuilder b = new StringBuilder();
        title = title == null ? null : CLEANER.clean(title);
        if (section != null && !section.isBlank()) {
            b.append(section.strip()).append(" . ");
        }
        if (title != null && !title.isBlank()) {
            b.append(title.strip()).append(" . ");
        }
        b.append(QUOTED.matcher(String.join(" ", sentences)).replaceAll(" "));
        return b.toString();
    }

    /** The model's text for a raw article (a labelled row): cleaned and split as {@code analyze} does. */
    public static String ofRaw(String section, String title, String text) {
        return of(section, title, new SentenceSplitter().split(CLEANER.clean(text)));
    }
}
