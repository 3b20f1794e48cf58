package org.slant.analysis.targets;

/** Where an ambiguous alias looks for its required context. */
public enum ContextWindow {
    /** The sentence of the alias only. */
    SENTENCE,
    /** The sentence of the alias or the one before it (the default: news often names the topic once, then says "the bill"). */
    PREVIOUS,
    /** Anywhere in the article. */
    ARTICLE
}
