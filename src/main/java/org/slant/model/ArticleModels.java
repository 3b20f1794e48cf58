package org.slant.model;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The trained models an {@code analyze} run uses instead of rules, at most one per task, and at most one
 * article-level stance model ({@link ArticleText}) giving the author's stance toward the {@code authorTargets} it
 * was trained on: broadcast to the executors once and applied per partition by {@link ModelApplier}. Empty when
 * the run uses rules only.
 */
public record ArticleModels(Map<ModelTask, LinearModel> byTask, LinearModel author, Set<String> authorTargets)
        implements Serializable {
    public static final ArticleModels NONE = new ArticleModels(Map.of());

    public ArticleModels {
        byTask = byTask.isEmpty() ? Map.of() : new EnumMap<>(byTask);
        authorTargets = author == null ? Set.of() : Set.copyOf(authorTargets);
    }

    public ArticleModels(Map<ModelTask, LinearModel> byTask) {
        this(byTask, null, Set.of());
    }

    public boolean isEmpty() {
        return byTask.isEmpty() && author == null;
    }

    public LinearModel get(ModelTask task) {
        return byTask.get(task);
    }
}
