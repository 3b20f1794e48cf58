package org.slant.analysis.targets;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One catalog entry: an issue or actor and the ways news text names it. See
 * {@code default-targets.yaml} for what each field means. Immutable.
 *
 * @param id              stable identifier written to the output tables ({@code ukraine_aid})
 * @param label           human-readable name
 * @param kind            issue, actor or both
 * @param aliases         phrases that always name the target
 * @param patterns        regular expressions (case-insensitive) over a sentence that name the target
 * @param ambiguous       phrases that name the target only with context
 * @param requiresContext phrases, one of which must occur in the {@code window} for an ambiguous alias to count
 * @param window          where to look for context
 * @param exclude         phrases that veto any alias of this target they overlap
 * @param speakerAliases  phrases that identify the actor as a speaker or agent, without being a mention of it
 * @param speakersDuring  when the speaker aliases speak for the actor (roles held for a term: "the White
 *                        House", "Secretary of State"); empty for always. An article dated outside them
 *                        reads those phrases as nobody of the catalog; an undated text, as the actor.
 */
public record Target(String id, String label, TargetKind kind, List<String> aliases, List<Pattern> patterns,
                     List<String> ambiguous, List<String> requiresContext, ContextWindow window,
                     List<String> exclude, List<String> speakerAliases, List<Period> speakersDuring)
        implements java.io.Serializable {
    public Target {
        aliases = List.copyOf(aliases);
        patterns = List.copyOf(patterns);
        ambiguous = List.copyOf(ambiguous);
        requiresContext = List.copyOf(requiresContext);
        exclude = List.copyOf(exclude);
        speakerAliases = List.copyOf(speakerAliases);
        speakersDuring = List.copyOf(speakersDuring);
    }

    /** A target whose speaker aliases hold at any date. */
    public Target(String id, String label, TargetKind kind, List<String> aliases, List<Pattern> patterns,
                  List<String> ambiguous, List<String> requiresContext, ContextWindow window,
                  List<String> exclude, List<String> speakerAliases) {
        this(id, label, kind, aliases, patterns, ambiguous, requiresContext, window, exclude, speakerAliases, List.of());
    }

    /** Whether the speaker aliases speak for this actor on {@code day} (null: undated, always). */
    public boolean speaksOn(java.time.LocalDate day) {
        if (day == null || speakersDuring.isEmpty()) {
            return true;
        }
        for (Period p : speakersDuring) {
            if (p.contains(day)) {
                return true;
            }
        }
        return false;
    }
}
