package org.slant.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slant.analysis.ArticleAnalysis;
import org.slant.analysis.frames.FrameLexicon;
import org.slant.analysis.stance.ActorStance;
import org.slant.analysis.stance.Prediction;
import org.slant.analysis.stance.TargetResult;
import org.slant.analysis.targets.Mention;
import org.slant.analysis.targets.MentionFinder;
import org.slant.analysis.targets.TargetCatalog;

/**
 * Applies a run's trained models to one analysed article, after the rules and from their output: the
 * analysed sentences, the sentences that mention each target and the rules' statements. Per task:
 * sentiment and frames read every sentence; stance reads each sentence that mentions a target (the
 * target as its catalog id) and each statement's evidence; target sentiment reads each mention, found
 * again in its sentence for its offsets. An article-level class is the most probable class of the mean
 * distribution over its units. An opinion piece's author stance is the stance model's reading of its
 * sentences in the author's voice ({@link AuthorStance}). Built once per partition; not thread-safe (a
 * per-article cache).
 */
public final class ModelApplier {
    private final ArticleModels models;
    private final Map<ModelTask, Featurizer> featurizers = new HashMap<>();
    private final MentionFinder finder;
    private final Featurizer authorFeaturizer;

    public ModelApplier(ArticleModels models, TargetCatalog catalog, FrameLexicon lexicon) {
        this.models = models;
        this.finder = new MentionFinder(catalog);
        models.byTask().forEach((task, model) -> featurizers.put(task, Featurizer.withCatalog(model.spec(), catalog, lexicon)));
        this.authorFeaturizer = models.author() == null ? null : Featurizer.withCatalog(models.author().spec(), catalog, lexicon);
    }

    public boolean isEmpty() {
        return models.isEmpty();
    }

    /** The models' outputs for an article without section or headline (they matter to an article stance model only). */
    public ModelOutputs apply(ArticleAnalysis a) {
        return apply(a, null, null);
    }

    /** The models' outputs for an analysed article whose section and headline are given (either may be null). */
    public ModelOutputs apply(ArticleAnalysis a, String section, String title) {
        List<String> sentences = a.sentences();
        String articleText = null;
        Double sentiment = null;
        LinearModel sm = models.get(ModelTask.SENTIMENT);
        if (sm != null) {
            double sum = 0;
            for (String s : sentences) {
                sum += sm.predict(featurizers.get(ModelTask.SENTIMENT), Example.of(s)).score();
            }
            sentiment = sentences.isEmpty() ? 0 : sum / sentences.size();
        }
        String primary = null;
        Map<String, Double> frames = null;
        Map<String, Map<String, Double>> targetFrames = null;
        LinearModel fm = models.get(ModelTask.FRAME);
        if (fm != null) {
            double[][] p = new double[sentences.size()][];
            for (int i = 0; i < sentences.size(); i++) {
                p[i] = fm.probabilities(featurizers.get(ModelTask.FRAME).features(Example.of(sentences.get(i))));
            }
            double[] sum = new double[fm.classes().size()];
            for (double[] row : p) {
                for (int c = 0; c < sum.length; c++) {
                    sum[c] += row[c];
                }
            }
            primary = fm.classes().get(LinearModel.argmax(sum));
            frames = shares(fm, p, null);
            targetFrames = new HashMap<>();
            for (TargetResult t : a.targets().targets()) {
                targetFrames.put(t.target(), shares(fm, p, t.sentenceIndexes()));
            }
        }
        LinearModel stance = models.get(ModelTask.STANCE);
        LinearModel ts = models.get(ModelTask.TARGET_SENTIMENT);
        Map<String, ModelOutputs.TargetOutput> targets = new HashMap<>();
        Map<TargetText, double[]> stanceCache = new HashMap<>();
        // The analysis scored every sentence with VADER, read its frame cues and scored the stance of each mention;
        // the rule features reuse them.
        Map<String, RuleFeatures.Known> known = new HashMap<>();
        for (int i = 0; stance != null && i < sentences.size(); i++) {
            known.putIfAbsent(sentences.get(i), new RuleFeatures.Known(a.sentenceScores().get(i), a.cues().sums()[i],
                    a.targets().scored()));
        }
        Map<Integer, List<Mention>> mentions = new HashMap<>();
        for (TargetResult t : a.targets().targets()) {
            Double score = null;
            String label = null;
            AuthorStance author = null;
            if (models.author() != null && models.authorTargets().contains(t.target())) {
                if (articleText == null) {
                    articleText = ArticleText.of(section, title, sentences);
                }
                author = AuthorStance.ofArticle(models.author(), authorFeaturizer, articleText, t.target());
            } else if (stance != null) {
                author = AuthorStance.of(t, sentences, (text, target) -> stanceOf(stance, stanceCache, known, text, target),
                        stance.classes());
            }
            if (stance != null && !t.sentenceIndexes().isEmpty()) {
                double[] mean = new double[stance.classes().size()];
                for (int i : t.sentenceIndexes()) {
                    double[] p = stanceOf(stance, stanceCache, known, sentences.get(i), t.target());
                    for (int c = 0; c < mean.length; c++) {
                        mean[c] += p[c] / t.sentenceIndexes().size();
                    }
                }
                score = ModelTask.STANCE.score(mean, stance.classes());
                label = stance.classes().get(LinearModel.argmax(mean));
            }
            Double sentimentOf = ts == null ? null : targetSentiment(ts, sentences, mentions, t);
            targets.put(t.target(), new ModelOutputs.TargetOutput(score, label, sentimentOf, author));
        }
        List<Prediction> statements = null;
        if (stance != null) {
            statements = new ArrayList<>(a.targets().actorStances().size());
            for (ActorStance st : a.targets().actorStances()) {
                double[] p = stanceOf(stance, stanceCache, known, st.evidence(), st.target());
                statements.add(new Prediction(stance.classes().get(LinearModel.argmax(p)),
                        ModelTask.STANCE.score(p, stance.classes())));
            }
        }
        return new ModelOutputs(sentiment, primary, frames, targetFrames, targets, statements);
    }

    /** A stance item's key: a sentence's hash is computed once and kept by its string, no joined key is built. */
    private record TargetText(String target, String text) {
    }

    private double[] stanceOf(LinearModel stance, Map<TargetText, double[]> cache, Map<String, RuleFeatures.Known> known,
                              String sentence, String target) {
        return cache.computeIfAbsent(new TargetText(target, sentence), k -> stance.probabilities(
                featurizers.get(ModelTask.STANCE).features(new Example(sentence, target, -1, -1), known.get(sentence))));
    }

    /**
     * Mean score over the target's mentions in its sentences; null when none is found again (a title mention).
     * A sentence's mentions are found once for all the targets it names ({@code mentions}, by sentence index).
     */
    private Double targetSentiment(LinearModel ts, List<String> sentences, Map<Integer, List<Mention>> mentions,
                                   TargetResult t) {
        double sum = 0;
        int n = 0;
        for (int i : t.sentenceIndexes()) {
            String sentence = sentences.get(i);
            for (Mention m : mentions.computeIfAbsent(i, k -> finder.find(sentence))) {
                if (m.target().equals(t.target())) {
                    sum += ts.predict(featurizers.get(ModelTask.TARGET_SENTIMENT),
                            new Example(sentence, m.surface(), m.start(), m.end())).score();
                    n++;
                }
            }
        }
        return n == 0 ? null : sum / n;
    }

    /** Frame id → share of the sentences (all, or those at {@code indexes}) whose most probable frame it is. */
    private static Map<String, Double> shares(LinearModel fm, double[][] p, List<Integer> indexes) {
        int[] wins = new int[fm.classes().size()];
        int n = 0;
        if (indexes == null) {
            for (double[] row : p) {
                wins[LinearModel.argmax(row)]++;
                n++;
            }
        } else {
            for (int i : indexes) {
                wins[LinearModel.argmax(p[i])]++;
                n++;
            }
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (String frame : org.slant.analysis.frames.Frame.IDS) {
            int c = fm.classes().indexOf(frame);
            if (c >= 0 && wins[c] > 0) {
                out.put(frame, (double) wins[c] / n);
            }
        }
        return out;
    }
}
