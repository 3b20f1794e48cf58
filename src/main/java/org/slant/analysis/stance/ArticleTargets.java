package org.slant.analysis.stance;

import java.util.List;

import org.slant.analysis.Genre;

/**
 * What {@link ArticleTargetAnalyzer} finds in one article: one entry per mentioned target (catalog
 * order), the positions attributed to holders (sentence order), and the genre the author voice was
 * read with. Both lists empty when nothing is mentioned. {@code scored} keeps the rule scorer's stance
 * of each mention, for the stance model's rule features ({@link MentionStances#NONE} when not kept).
 */
public record ArticleTargets(List<TargetResult> targets, List<ActorStance> actorStances, Genre genre,
                             MentionStances scored) {
    public static final ArticleTargets EMPTY = new ArticleTargets(List.of(), List.of(), Genre.NEWS);

    public ArticleTargets {
        targets = List.copyOf(targets);
        actorStances = List.copyOf(actorStances);
        scored = scored == null ? MentionStances.NONE : scored;
    }

    public ArticleTargets(List<TargetResult> targets, List<ActorStance> actorStances, Genre genre) {
        this(targets, actorStances, genre, MentionStances.NONE);
    }

    public ArticleTargets(List<TargetResult> targets, List<ActorStance> actorStances) {
        this(targets, actorStances, Genre.NEWS);
    }
}
