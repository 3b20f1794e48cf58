package org.slant.train;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.slant.analysis.ArticleAnalyzer;
import org.slant.analysis.SentimentLabel;
import org.slant.analysis.frames.FrameLexicon;
import org.slant.analysis.frames.FrameScorer;
import org.slant.analysis.sentiment.VaderAnalyzer;
import org.slant.analysis.targets.SentenceTokens;
import org.slant.analysis.targets.TargetCatalog;
import org.slant.evaluate.StanceEvaluation;
import org.slant.evaluate.StanceTask;
import org.slant.evaluate.TargetSentimentEvaluation;
import org.slant.model.Example;
import org.slant.model.ModelTask;

/**
 * What slant's rules predict for an {@link Example}, exactly as {@code evaluate} without a model scores
 * it: the figure a trained model is compared with on the same folds.
 */
final class RuleBaseline {
    private RuleBaseline() {
    }

    static Function<Example, String> of(ModelTask task) {
        return switch (task) {
            case SENTIMENT -> {
                ArticleAnalyzer analyzer = ArticleAnalyzer.standard(Integer.MAX_VALUE);
                yield e -> SentimentLabel.of(analyzer.sentenceMean(e.text()));
            }
            case FRAME -> {
                FrameScorer scorer = new FrameScorer(FrameLexicon.builtIn());
                yield e -> scorer.classify(e.text()).label();
            }
            case TARGET_SENTIMENT -> {
                TargetSentimentEvaluation ts = TargetSentimentEvaluation.standard();
                yield e -> e.hasOffsets() ? ts.predict(e.text(), e.from(), e.to()).label()
                        : ts.predict(e.text(), e.target()).label();
            }
            case STANCE -> {
                TargetCatalog catalog = TargetCatalog.builtIn();
                VaderAnalyzer vader = VaderAnalyzer.fromClasspath();
                StanceEvaluation known = new StanceEvaluation(catalog, vader);
                Map<String, StanceEvaluation> adHoc = new HashMap<>();
                yield e -> {
                    if (catalog.get(e.target()).isPresent()) {
                        return known.predict(e.text(), e.target()).label();
                    }
                    if (SentenceTokens.normalize(e.target()).length == 0) {
                        return "NONE";
                    }
                    String id = StanceTask.adHocId(e.target());
                    return adHoc.computeIfAbsent(id, k -> new StanceEvaluation(StanceTask.withAdHoc(catalog, k, e.target()),
                            vader)).predict(e.text(), id).label();
                };
            }
        };
    }
}
