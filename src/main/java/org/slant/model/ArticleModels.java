package org.slant.model;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;

/**
 * The trained models an {@code analyze} run uses instead of rules, at most one per task: broadcast to
 * the executors once and applied per partition by {@link ModelApplier}. Empty when the run uses rules only.
 */
public record ArticleModels(Map<ModelTask, LinearModel> byTask) implements Serializable {
    public static final ArticleModels NONE = new ArticleModels(Map.of());

    public ArticleModels {
        byTask = byTask.isEmpty() ? Map.of() : new EnumMap<>(byTask);
    }

    public boolean isEmpty() {
        return byTask.isEmpty();
    }

    public LinearModel get(ModelTask task) {
        return byTask.get(task);
    }
}
