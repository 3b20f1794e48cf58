package org.slant.analysis.targets;

/**
 * One place where a sentence names a target.
 *
 * @param target   the catalog id
 * @param sentence index of the sentence in the article
 * @param start    character offset of the first character in that sentence
 * @param end      character offset just after the last character (a possessive {@code 's} is not included)
 * @param surface  the text as written
 */
public record Mention(String target, int sentence, int start, int end, String surface) {
}
