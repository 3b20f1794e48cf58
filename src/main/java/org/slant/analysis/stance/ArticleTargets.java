package org.slant.analysis.stance;

import java.util.List;

/**
 * What {@link ArticleTargetAnalyzer} finds in one article: one entry per mentioned target (catalog
 * order) and the positions attributed to actors (sentence order). Both empty when nothing is mentioned.
 */
public record ArticleTargets(List<TargetResult> targets, List<ActorStance> actorStances) {
    public static final ArticleTargets EMPTY = new ArticleTargets(List.of(), List.of());

    public ArticleTargets {
        targets = List.copyOf(targets);
        actorStances = List.copyOf(actorStances);
    }
}
