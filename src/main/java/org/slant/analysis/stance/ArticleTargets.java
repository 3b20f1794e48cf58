package org.slant.analysis.stance;

import java.util.List;

import org.slant.analysis.Genre;

/**
 * What {@link ArticleTargetAnalyzer} finds in one article: one entry per mentioned target (catalog
 * order), the positions attributed to holders (sentence order), and the genre the author voice was
 * read with. Both lists empty when nothing is mentioned.
 */
public record ArticleTargets(List<TargetResult> targets, List<ActorStance> actorStances, Genre genre) {
    public static final ArticleTargets EMPTY = new ArticleTargets(List.of(), List.of(), Genre.NEWS);

    public ArticleTargets {
        targets = List.copyOf(targets);
        actorStances = List.copyOf(actorStances);
    }

    public ArticleTargets(List<TargetResult> targets, List<ActorStance> actorStances) {
        this(targets, actorStances, Genre.NEWS);
    }
}
