package org.slant.evaluate;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slant.analysis.sentiment.VaderAnalyzer;
import org.slant.analysis.stance.ArticleTargetAnalyzer;
import org.slant.analysis.targets.ContextWindow;
import org.slant.analysis.targets.PatternBudgetException;
import org.slant.analysis.targets.SentenceTokens;
import org.slant.analysis.targets.Target;
import org.slant.analysis.targets.TargetCatalog;
import org.slant.analysis.targets.TargetKind;
import org.slant.model.Featurizer;
import org.slant.model.LinearModel;

/**
 * {@code evaluate --task stance}: per sentence (each row a text and a {@code target}, any voice) or
 * per article (each row a whole article; the label is the author's own stance).
 *
 * <p>Sentence rows may name a target the catalog does not know (another data set's topic names): it
 * is matched by its own words, as an issue whose aliases are the full name and each of its words of
 * five letters or more. Sentence results add accuracy per {@code hard_case}, {@code style} and
 * {@code holder}; article results per gold {@code genre}, per genre as slant reads it from the
 * metadata ({@code predicted_genre}) and per {@code hard_case}. With a stance {@code model} (and its
 * {@code featurizer}), articles only: opinion pieces take their author stance from it
 * ({@link org.slant.model.AuthorStance}), as {@code analyze} does.
 */
public record StanceTask(TargetCatalog catalog, boolean articles, LinearModel model, Featurizer featurizer,
                         LinearModel articleModel, Featurizer articleFeaturizer) implements EvaluationTask {
    private static final List<String> LABELS = List.of("FAVOR", "AGAINST", "NONE");

    /** By the rules alone. */
    public StanceTask(TargetCatalog catalog, boolean articles) {
        this(catalog, articles, null, null);
    }

    /** With a sentence stance {@code model} (null: none). */
    public StanceTask(TargetCatalog catalog, boolean articles, LinearModel model, Featurizer featurizer) {
        this(catalog, articles, model, featurizer, null, null);
    }

    @Override
    public Map<String, Object> run(LabeledData.Loaded data, Writer predictions) throws IOException {
        VaderAnalyzer vader = VaderAnalyzer.fromClasspath();
        return articles ? articles(data, vader, predictions) : sentences(data, vader, predictions);
    }

    private Map<String, Object> articles(LabeledData.Loaded data, VaderAnalyzer vader, Writer out) throws IOException {
        LabelBreakdown byArticle = new LabelBreakdown(List.of("genre", "predicted_genre", "hard_case"));
        ArticleStanceEvaluation articles = new ArticleStanceEvaluation(new ArticleTargetAnalyzer(catalog, vader), model, featurizer,
                articleModel, articleFeaturizer);
        List<LabeledItem> withGenre = data.items().stream().map(i -> {
            Map<String, String> extra = new HashMap<>(i.extra());
            extra.put("predicted_genre", ArticleStanceEvaluation.genreName(i));
            return new LabeledItem(i.id(), i.text(), i.label(), extra);
        }).toList();
        Map<String, Object> r = LabelEvaluation.run("stance-article", LABELS, withGenre, data.skipped(),
                byArticle.wrap(articles), out);
        return byArticle.addTo(r);
    }

    private Map<String, Object> sentences(LabeledData.Loaded data, VaderAnalyzer vader, Writer out) throws IOException {
        LabelBreakdown breakdown = new LabelBreakdown(List.of("hard_case", "style", "holder"));
        StanceEvaluation known = new StanceEvaluation(catalog, vader);
        Map<String, StanceEvaluation> adHoc = new HashMap<>();
        return breakdown.addTo(LabelEvaluation.run("stance", LABELS, data.items(), data.skipped(),
                breakdown.wrap(item -> {
                    String target = item.required("target");
                    try {
                        if (catalog.get(target).isPresent()) {
                            return known.predict(item.text(), target);
                        }
                        if (SentenceTokens.normalize(target).length == 0) {
                            throw new IllegalArgumentException("target '" + target
                                    + "' has no letters or digits, so no text can mention it");
                        }
                        String id = adHocId(target);
                        return adHoc.computeIfAbsent(id, k -> new StanceEvaluation(withAdHoc(catalog, k, target), vader))
                                .predict(item.text(), id);
                    } catch (PatternBudgetException e) {
                        throw new IllegalArgumentException(e.getMessage(), e);
                    }
                }), out));
    }

    /** The id an unknown target gets: {@code adhoc_} and its words joined by {@code _}. */
    public static String adHocId(String target) {
        return "adhoc_" + target.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "_");
    }

    /** {@code catalog} plus an issue {@code id} named {@code name}, matched by its own words. */
    public static TargetCatalog withAdHoc(TargetCatalog catalog, String id, String name) {
        List<Target> all = new ArrayList<>(catalog.targets());
        // The full name, and each of its longer words ("Hillary Clinton" -> "Hillary", "Clinton").
        List<String> aliases = new ArrayList<>(List.of(name));
        for (String word : name.split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 5 && !aliases.contains(word)) {
                aliases.add(word);
            }
        }
        all.add(new Target(id, name, TargetKind.ISSUE, aliases, List.of(), List.of(), List.of(),
                ContextWindow.SENTENCE, List.of(), List.of()));
        return TargetCatalog.of(all);
    }
}
