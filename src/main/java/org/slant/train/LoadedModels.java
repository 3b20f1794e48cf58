package org.slant.train;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.SparkSession;
import org.slant.model.ArticleModels;
import org.slant.model.LinearModel;
import org.slant.model.ModelCard;
import org.slant.model.ModelTask;

/**
 * The models of an {@code analyze} run ({@code --model}, one per task): what executors apply and what
 * the manifest records of each (folder, SHA-256, card).
 */
public record LoadedModels(ArticleModels models, List<ModelCard> cards) {
    public static final LoadedModels NONE = new LoadedModels(ArticleModels.NONE, List.of());

    public LoadedModels {
        cards = List.copyOf(cards);
    }

    /** Reads each checked card's pipeline with Spark, on the driver. */
    public static LoadedModels load(SparkSession spark, List<ModelCard> cards, String flag) {
        Map<ModelTask, LinearModel> byTask = new EnumMap<>(ModelTask.class);
        LinearModel author = null;
        java.util.Set<String> authorTargets = java.util.Set.of();
        for (ModelCard card : cards) {
            if (card.readsArticles()) {
                author = SavedModels.load(spark, card, flag);
                authorTargets = card.targets();
            } else {
                byTask.put(card.task(), SavedModels.load(spark, card, flag));
            }
        }
        return new LoadedModels(new ArticleModels(byTask, author, authorTargets), cards);
    }

    /** Per model: task, folder and SHA-256 (part of the run's configuration and its hash). */
    public List<Map<String, Object>> settings() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ModelCard c : cards) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("task", c.task().id());
            if (c.readsArticles()) {
                m.put("unit", c.unit());
            }
            m.put("path", org.slant.model.BuiltInModels.name(c.dir()));
            m.put("sha256", c.sha256());
            out.add(m);
        }
        return out;
    }

    /** Per model: task, folder, SHA-256 and its whole card. */
    public List<Map<String, Object>> manifestEntries() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            Map<String, Object> m = new LinkedHashMap<>(settings().get(i));
            m.put("card", new java.util.TreeMap<>(cards.get(i).fields()));
            out.add(m);
        }
        return out;
    }
}
