package org.slant.analysis.stance;

import java.util.HashMap;
import java.util.Map;

import org.slant.analysis.targets.TargetKind;

/**
 * The stance the rule scorer gave each mention an article's analysis scored, by sentence text, span and
 * target kind, as {@link StanceScorer#score(StanceScorer.Parsed, int, int, TargetKind)} returned it (before
 * {@link StanceScorer#answered}, which reads the next sentence).
 *
 * <p>That score depends on nothing but the sentence's text, the span and the kind, so the stance model's
 * rule features, which score each sentence on its own, read it here instead of parsing, tagging and
 * scoring the sentence a second time. A span the analysis did not score (a mention found only when the
 * sentence is read alone) is absent and gets scored as before.
 *
 * <p>Filled by one analysis in one thread, then only read.
 */
public final class MentionStances {
    /** Nothing known: every lookup misses. */
    public static final MentionStances NONE = new MentionStances();

    private record Span(int start, int end, TargetKind kind) {
    }

    private final Map<String, Map<Span, Stance>> bySentence = new HashMap<>();

    void put(String sentence, int start, int end, TargetKind kind, Stance stance) {
        bySentence.computeIfAbsent(sentence, k -> new HashMap<>()).put(new Span(start, end, kind), stance);
    }

    /** The stance scored at {@code [start, end)} of {@code sentence} for a target of {@code kind}, or null. */
    public Stance get(String sentence, int start, int end, TargetKind kind) {
        Map<Span, Stance> spans = bySentence.get(sentence);
        return spans == null ? null : spans.get(new Span(start, end, kind));
    }

    public boolean isEmpty() {
        return bySentence.isEmpty();
    }
}
