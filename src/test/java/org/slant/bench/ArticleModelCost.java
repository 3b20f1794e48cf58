package org.slant.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.spark.sql.SparkSession;
import org.slant.analysis.ArticleAnalysis;
import org.slant.analysis.ArticleAnalyzer;
import org.slant.analysis.frames.FrameLexicon;
import org.slant.analysis.targets.TargetCatalog;
import org.slant.model.ArticleText;
import org.slant.model.Example;
import org.slant.model.Featurizer;
import org.slant.model.LinearModel;
import org.slant.model.ModelCard;
import org.slant.train.SavedModels;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What an article-level stance model ({@code built-in:stance-article}) costs per article read, beside the rules'
 * whole analysis of the same articles: thread CPU time on one thread, best of three rounds, over
 * {@link CorpusGenerator}'s articles (nearly all name the aid). Not a test:
 * {@code java ... org.slant.bench.ArticleModelCost MODEL_DIR}.
 */
public final class ArticleModelCost {
    private ArticleModelCost() {
    }

    public static void main(String[] args) throws Exception {
        SparkSession spark = SparkSession.builder().master("local[1]").config("spark.ui.enabled", "false").getOrCreate();
        LinearModel model = SavedModels.load(spark, ModelCard.read(Path.of(args[0]), "model", null), "model");
        spark.stop();
        Featurizer featurizer = Featurizer.withCatalog(model.spec(), TargetCatalog.builtIn(), FrameLexicon.builtIn());
        ObjectMapper json = new ObjectMapper();
        SplittableRandom random = new SplittableRandom(42);
        ArticleAnalyzer analyzer = ArticleAnalyzer.standard(200_000);
        List<ArticleAnalysis> analyses = new ArrayList<>();
        List<String[]> raw = new ArrayList<>();
        long sentences = 0;
        for (int i = 0; i < 2000; i++) {
            JsonNode a = json.readTree(CorpusGenerator.article(random, i));
            String[] article = {a.get("title").asText(), a.get("text").asText()};
            raw.add(article);
            ArticleAnalysis analysis = analyzer.analyze(article[0], article[1]).orElseThrow();
            analyses.add(analysis);
            sentences += analysis.sentences().size();
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long modelNanos = Long.MAX_VALUE;
        long rulesNanos = Long.MAX_VALUE;
        int read = 0;
        for (int round = 0; round < 3; round++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            read = 0;
            for (int i = 0; i < analyses.size(); i++) {
                if (analyses.get(i).targets().targets().stream().noneMatch(t -> t.target().equals("ukraine_aid"))) {
                    continue;
                }
                read++;
                model.probabilities(featurizer.features(new Example(
                        ArticleText.of("World", raw.get(i)[0], analyses.get(i).sentences()), "ukraine_aid", -1, -1)));
            }
            modelNanos = Math.min(modelNanos, cpu.getCurrentThreadCpuTime() - t0);
            t0 = cpu.getCurrentThreadCpuTime();
            for (String[] a : raw) {
                analyzer.analyze(a[0], a[1]);
            }
            rulesNanos = Math.min(rulesNanos, cpu.getCurrentThreadCpuTime() - t0);
        }
        System.out.printf("%d articles (%d name ukraine_aid), %d sentences; article model %.0f us per article read; "
                + "the rules' analysis %.0f us per article%n", analyses.size(), read, sentences, modelNanos / 1e3 / read,
                rulesNanos / 1e3 / analyses.size());
    }
}
