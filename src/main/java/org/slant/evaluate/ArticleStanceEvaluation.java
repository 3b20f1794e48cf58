package org.slant.evaluate;

import java.util.List;
import java.util.Locale;

import org.slant.analysis.Genre;
import org.slant.analysis.stance.ArticleTargetAnalyzer;
import org.slant.analysis.stance.ArticleTargets;
import org.slant.analysis.stance.Prediction;
import org.slant.analysis.stance.TargetResult;
import org.slant.ingest.PublishedDates;
import org.slant.model.ArticleText;
import org.slant.model.AuthorStance;
import org.slant.model.Example;
import org.slant.model.Featurizer;
import org.slant.model.LinearModel;
import org.slant.text.SentenceSplitter;
import org.slant.text.TextCleaner;

/**
 * Whole-article author stance for {@code slant evaluate --task stance --unit article}.
 *
 * <p>Expects one labelled item per article: {@code text} (the body), {@code target}, and where
 * available {@code title}, {@code section}, {@code url}, {@code author}; {@code label} is the author's
 * own stance. The text is cleaned and split as {@code analyze} does, the genre is read from the
 * metadata ({@link Genre}) — never from a gold {@code genre} column — and the prediction is the
 * article's {@link TargetResult#authorLabel()} toward the target (NONE when the target is not
 * mentioned), with {@link TargetResult#authorStance()} as the score; with a stance model, an opinion
 * piece's is the model's ({@link AuthorStance}), as in {@code analyze}. Thread-safe; build once.
 */
public final class ArticleStanceEvaluation implements LabelEvaluation.Predictor {
    private final ArticleTargetAnalyzer analyzer;
    private final LinearModel model;
    private final Featurizer featurizer;
    private final LinearModel articleModel;
    private final Featurizer articleFeaturizer;
    private final TextCleaner cleaner = new TextCleaner();
    private final SentenceSplitter splitter = new SentenceSplitter();

    public ArticleStanceEvaluation(ArticleTargetAnalyzer analyzer) {
        this(analyzer, null, null);
    }

    /** With a stance {@code model} (null: the rules alone) giving opinion pieces their author stance. */
    public ArticleStanceEvaluation(ArticleTargetAnalyzer analyzer, LinearModel model, Featurizer featurizer) {
        this(analyzer, model, featurizer, null, null);
    }

    /**
     * With an article-level stance model ({@link ArticleText}; null: none) giving the author stance of every
     * article that names the target, as in {@code analyze}.
     */
    public ArticleStanceEvaluation(ArticleTargetAnalyzer analyzer, LinearModel model, Featurizer featurizer,
                                   LinearModel articleModel, Featurizer articleFeaturizer) {
        this.analyzer = analyzer;
        this.model = model;
        this.featurizer = featurizer;
        this.articleModel = articleModel;
        this.articleFeaturizer = articleFeaturizer;
    }

    @Override
    public Prediction apply(LabeledItem item) {
        String id = item.required("target");
        if (analyzer.catalog().get(id).isEmpty()) {
            throw new IllegalArgumentException("unknown target '" + id + "' (article evaluation uses the catalog)");
        }
        List<String> sentences = sentences(item);
        ArticleTargets found = analyze(item, sentences);
        for (TargetResult t : found.targets()) {
            if (!t.target().equals(id)) {
                continue;
            }
            if (articleModel != null) {
                AuthorStance author = AuthorStance.ofArticle(articleModel, articleFeaturizer,
                        ArticleText.of(item.extra().get("section"), item.extra().get("title"), sentences), id);
                return new Prediction(author.label(), author.stance());
            }
            if (model != null) {
                AuthorStance author = AuthorStance.of(t, sentences, (text, target) -> model.probabilities(
                        featurizer.features(new Example(text, target, -1, -1))), model.classes());
                if (author != null) {
                    return new Prediction(author.label(), author.stance());
                }
            }
            return new Prediction(t.authorLabel().name(), t.authorStance());
        }
        return new Prediction("NONE", 0);
    }

    /** The analysis of one labelled article, as {@code analyze} would make it. */
    public ArticleTargets analyze(LabeledItem item) {
        return analyze(item, sentences(item));
    }

    private ArticleTargets analyze(LabeledItem item, List<String> sentences) {
        String title = item.extra().get("title");
        return analyzer.analyze(title == null ? null : cleaner.clean(title), sentences, genre(item), published(item));
    }

    private List<String> sentences(LabeledItem item) {
        return splitter.split(cleaner.clean(item.text()));
    }

    /**
     * The item's {@code published} date as {@code analyze} reads one (a moment bucketed in UTC, its
     * default zone), or null when it has none that parses: undated, the catalog's roles hold at any date.
     */
    static java.time.LocalDate published(LabeledItem item) {
        String p = item.extra().get("published");
        return p == null ? null : PublishedDates.parse(p).map(d -> d.bucketDate(java.time.ZoneOffset.UTC)).orElse(null);
    }

    /** The genre slant reads from the item's metadata. */
    public static Genre genre(LabeledItem item) {
        return Genre.of(item.extra().get("title"), item.extra().get("section"), item.extra().get("url"),
                item.extra().get("author"));
    }

    /** The genre as a column value for {@link LabelBreakdown}: {@code predicted_genre}. */
    public static String genreName(LabeledItem item) {
        return genre(item).name().toLowerCase(Locale.ROOT);
    }
}
