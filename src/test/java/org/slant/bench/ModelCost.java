package org.slant.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.apache.spark.sql.SparkSession;
import org.slant.analysis.ArticleAnalysis;
import org.slant.analysis.ArticleAnalyzer;
import org.slant.analysis.frames.FrameLexicon;
import org.slant.analysis.targets.TargetCatalog;
import org.slant.model.ArticleModels;
import org.slant.model.LinearModel;
import org.slant.model.ModelApplier;
import org.slant.model.ModelCard;
import org.slant.model.ModelTask;
import org.slant.train.SavedModels;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What {@code analyze --model} adds per sentence: CPU time of the analysis stage alone on one thread
 * (rules, then rules and models), over the synthetic articles of {@link CorpusGenerator}, side by side,
 * and the models' stage alone over analyses made beforehand (what {@code ModelApplier} costs, without the
 * rules' noise around it). Thread CPU time, not wall time, so other load on the machine does not blur the
 * ratio; each figure is the best of its rounds.
 *
 * <p>Usage: {@code ModelCost ARTICLES MODEL_DIR...}; each model alone, then all together.
 */
public final class ModelCost {
    private ModelCost() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Map<ModelTask, LinearModel> loaded = new EnumMap<>(ModelTask.class);
        SparkSession spark = SparkSession.builder().master("local[1]").config("spark.ui.enabled", "false").getOrCreate();
        for (int i = 1; i < args.length; i++) {
            ModelCard card = ModelCard.read(Path.of(args[i]), "model", null);
            loaded.put(card.task(), SavedModels.load(spark, card, "model"));
        }
        spark.stop();
        ObjectMapper json = new ObjectMapper();
        SplittableRandom random = new SplittableRandom(42);
        List<String[]> articles = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            JsonNode a = json.readTree(CorpusGenerator.article(random, i));
            articles.add(new String[] {a.get("title").asText(), a.get("text").asText()});
        }
        ArticleAnalyzer analyzer = ArticleAnalyzer.standard(200_000);
        List<ArticleAnalysis> analyses = new ArrayList<>();
        long sentences = 0;
        for (String[] a : articles) {
            ArticleAnalysis r = analyzer.analyze(a[0], a[1]).orElseThrow();
            analyses.add(r);
            sentences += r.sentences().size();
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long rules = Long.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            for (String[] a : articles) {
                analyzer.analyze(a[0], a[1]);
            }
            rules = Math.min(rules, cpu.getCurrentThreadCpuTime() - t0);
        }
        System.out.printf("%d articles, %d sentences; rules only: %.1f us/sentence%n", n, sentences, rules / 1e3 / sentences);
        List<Map<ModelTask, LinearModel>> runs = new ArrayList<>();
        loaded.forEach((task, model) -> runs.add(Map.of(task, model)));
        if (loaded.size() > 1) {
            runs.add(loaded);
        }
        for (Map<ModelTask, LinearModel> models : runs) {
            ModelApplier applier = new ModelApplier(new ArticleModels(models), TargetCatalog.builtIn(), FrameLexicon.builtIn());
            long best = Long.MAX_VALUE;
            for (int round = 0; round < 3; round++) {
                long t0 = cpu.getCurrentThreadCpuTime();
                for (String[] a : articles) {
                    applier.apply(analyzer.analyze(a[0], a[1]).orElseThrow());
                }
                best = Math.min(best, cpu.getCurrentThreadCpuTime() - t0);
            }
            System.out.printf("rules + %s: %.1f us/sentence, %.2fx the rules%n", models.keySet(), best / 1e3 / sentences,
                    (double) best / rules);
            long stage = Long.MAX_VALUE;
            for (int round = 0; round < 5; round++) {
                long t0 = cpu.getCurrentThreadCpuTime();
                for (ArticleAnalysis a : analyses) {
                    applier.apply(a);
                }
                stage = Math.min(stage, cpu.getCurrentThreadCpuTime() - t0);
            }
            System.out.printf("  %s alone, on the analyses: %.1f us/sentence%n", models.keySet(), stage / 1e3 / sentences);
        }
    }
}
