package org.slant.model;

/**
 * What a model reads for one item: a text (a sentence, a headline, a tweet), the target it is asked
 * about (null for tasks without one) and, when known, the mention's character offsets in the text
 * ({@code from} -1 when not).
 */
public record Example(String text, String target, int from, int to) {
    public Example {
        text = text == null ? "" : text;
        if (from >= 0 && (to < from || to > text.length())) {
            throw new IllegalArgumentException("target offsets [" + from + ", " + to + ") outside the text of length "
                    + text.length());
        }
    }

    /** A text without target. */
    public static Example of(String text) {
        return new Example(text, null, -1, -1);
    }

    public boolean hasOffsets() {
        return from >= 0;
    }
}
