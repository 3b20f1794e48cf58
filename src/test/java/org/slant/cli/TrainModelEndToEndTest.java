package org.slant.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.model.Example;
import org.slant.model.Featurizer;
import org.slant.model.LinearModel;
import org.slant.model.ModelCard;
import org.slant.model.ModelTask;
import org.slant.spark.SharedSpark;
import org.slant.train.SavedModels;

/**
 * {@code train} → saved folder → {@code evaluate --model} (here and in a JVM of its own) →
 * {@code analyze --model}, on a small labelled file written here; and every kind of bad model folder
 * is exit 2 naming it. One model is trained for the whole class (hash slots kept small: it is the
 * plumbing under test, not the figures).
 */
@Tag("spark")
@Tag("subprocess")
class TrainModelEndToEndTest {
    @TempDir
    static Path tmp;
    static Path data;
    static Path model;
    static InProcessCli.Result trained;

    private static final String[] FAVOR = {"Congress must pass the aid to Ukraine now", "We should fund Ukraine aid without delay",
            "Approving Ukraine aid is the right call", "The aid to Ukraine deserves our support", "Keep the Ukraine aid flowing"};
    private static final String[] AGAINST = {"The aid to Ukraine is a reckless waste", "Congress must block the Ukraine aid",
            "Stop the Ukraine aid immediately", "The Ukraine aid is a terrible mistake", "We reject more aid to Ukraine"};
    private static final String[] NONE = {"The Ukraine aid was discussed on Tuesday", "A vote on Ukraine aid is scheduled for May",
            "Reporters asked about the Ukraine aid", "The Ukraine aid bill runs to 80 pages", "The Ukraine aid debate resumes next week"};

    @BeforeAll
    static void trainOnce() throws IOException {
        SharedSpark.get();
        data = tmp.resolve("labelled.tsv");
        StringBuilder tsv = new StringBuilder("id\ttext\ttarget\tlabel\n");
        String[] tails = {".", ", officials said.", " this week.", ", senators said."};
        int id = 0;
        for (String tail : tails) {
            for (String[] group : List.of(FAVOR, AGAINST, NONE)) {
                String label = group == FAVOR ? "FAVOR" : group == AGAINST ? "AGAINST" : "NONE";
                for (String s : group) {
                    tsv.append("r").append(id++).append('\t').append(s).append(tail).append("\tukraine_aid\t").append(label).append('\n');
                }
            }
        }
        Files.writeString(data, tsv);
        model = tmp.resolve("models/stance");
        trained = InProcessCli.run("train", "--task", "stance", "--data", data.toString(), "--model", model.toString(),
                "--folds", "3", "--hash-bits", "12");
    }

    @Test
    void trainPrintsCrossValidatedFiguresAndSavesACard() throws IOException {
        assertEquals(0, trained.exitCode(), trained.stderr());
        assertTrue(trained.stdout().contains("\"f_avg\""), trained.stdout());
        assertTrue(trained.stdout().contains("\"per_fold\""), trained.stdout());
        assertTrue(trained.stdout().contains("\"rules_same_folds\""), trained.stdout());
        String card = Files.readString(model.resolve("model.json"));
        for (String key : List.of("\"task\" : \"stance\"", "\"sha256\" : \"" + ModelCard.fileSha256(data), "\"label_counts\"",
                "\"cross_validation\"", "\"spark_version\"", "\"slant_version\"", "\"hyperparameters\"", "\"rule_features\"")) {
            assertTrue(card.contains(key), key + " in " + card);
        }
    }

    @Test
    void theLiftedModelScoresExactlyAsTheSavedSparkPipeline() {
        SparkSession spark = SharedSpark.get();
        ModelCard card = ModelCard.read(model, "--model", ModelTask.STANCE);
        LinearModel linear = SavedModels.load(spark, card, "--model");
        PipelineModel pipeline = PipelineModel.load(model.resolve("pipeline").toUri().toString());
        List<String> texts = List.of("Congress must pass the aid to Ukraine.", "Ukraine aid is a waste.", "", "Nothing here.");
        List<Row> rows = new ArrayList<>();
        for (String t : texts) {
            rows.add(RowFactory.create(t, "ukraine_aid", -1, -1));
        }
        StructType schema = new StructType().add("text", DataTypes.StringType).add("target", DataTypes.StringType)
                .add("from", DataTypes.IntegerType).add("to", DataTypes.IntegerType);
        Dataset<Row> scored = pipeline.transform(spark.createDataFrame(rows, schema));
        List<Row> out = scored.select("text", "probability").collectAsList();
        Featurizer featurizer = Featurizer.standard(card.spec());
        for (Row r : out) {
            double[] expected = ((Vector) r.get(1)).toArray();
            double[] actual = linear.probabilities(featurizer.features(new Example(r.getString(0), "ukraine_aid", -1, -1)));
            for (int c = 0; c < expected.length; c++) {
                assertEquals(expected[c], actual[c], 1e-5, r.getString(0));
            }
        }
    }

    @Test
    void evaluateScoresWithTheModel() {
        InProcessCli.Result r = InProcessCli.run("evaluate", "--task", "stance", "--data", data.toString(), "--model", model.toString());
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stdout().contains("\"model_sha256\""), r.stdout());
        assertTrue(r.stdout().contains("\"n\" : 60"), r.stdout());
    }

    @Test
    void aModelLoadsInAJvmOfItsOwn() throws Exception {
        CommandLineRunner.Result r = CommandLineRunner.run(Path.of("."), "evaluate", "--task", "stance", "--data", data.toString(),
                "--model", model.toString());
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stdout().contains("\"f_avg\""), r.stdout());
    }

    @Test
    void articleEvaluationReadsTheAuthorsVoiceWithAModel() throws IOException {
        String articles = Path.of("datasets/labeled/stance_articles_dev.jsonl").toAbsolutePath().toString();
        InProcessCli.Result rules = InProcessCli.run("evaluate", "--task", "stance", "--unit", "article", "--data", articles);
        InProcessCli.Result model = InProcessCli.run("evaluate", "--task", "stance", "--unit", "article", "--data", articles,
                "--model", "built-in:stance");
        assertEquals(0, rules.exitCode(), rules.stderr());
        assertEquals(0, model.exitCode(), model.stderr());
        JsonNode r = new ObjectMapper().readTree(rules.stdout());
        JsonNode m = new ObjectMapper().readTree(model.stdout());
        assertEquals(50, m.get("n").asInt());
        // News keeps the rules' author stance; opinion pieces are the model's.
        assertEquals(r.at("/by_genre/news/accuracy").asDouble(), m.at("/by_genre/news/accuracy").asDouble());
        assertNotEquals(r.get("confusion").toString(), m.get("confusion").toString());
        assertEquals(2, InProcessCli.run("evaluate", "--task", "stance", "--data", articles, "--model", "built-in:stance",
                "--method", "slant").exitCode());
    }

    @Test
    void analyzeReplacesTheRuleStanceAndKeepsItBeside() throws IOException {
        Path out = tmp.resolve("analyzed");
        InProcessCli.Result r = InProcessCli.run("analyze", "--input", Path.of("datasets/sample/jsonl").toAbsolutePath().toString(),
                "--output", out.toString(), "--model", model.toString());
        assertEquals(0, r.exitCode(), r.stderr());
        List<Row> targets = SharedSpark.get().read().parquet(out.resolve("article_targets").toString())
                .filter("stance_label_rule is not null").collectAsList();
        assertTrue(!targets.isEmpty(), "model stance with the rule's beside it");
        for (Row t : targets) {
            assertNotNull(t.getAs("stance_rule"));
            assertTrue(List.of("FAVOR", "AGAINST", "NONE").contains((String) t.getAs("stance_label")));
        }
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertTrue(manifest.contains(ModelCard.read(model, "--model", ModelTask.STANCE).sha256()), manifest);
    }

    @Test
    void anArticleModelIsTrainedOnWholeArticlesAndReadsTheAuthorsStance() throws IOException {
        // Twelve short articles in evaluate --unit article's format: the section and headline carry the genre, the
        // body the argument; the quoted passages are the other side's and are cut out before training.
        StringBuilder jsonl = new StringBuilder();
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < 12; i++) {
            String label = i % 3 == 0 ? "FAVOR" : i % 3 == 1 ? "AGAINST" : "NONE";
            String body = switch (label) {
                case "FAVOR" -> "Critics call it \"a blank check\". They are wrong. Congress must pass the aid to Ukraine now.";
                case "AGAINST" -> "Supporters say \"it is vital\". They are wrong. Congress must block the aid to Ukraine.";
                default -> "The House will vote on the aid to Ukraine on Tuesday. The bill runs to 80 pages.";
            };
            jsonl.append(json.writeValueAsString(java.util.Map.of("id", "a" + i, "title", "On the aid " + i,
                    "section", label.equals("NONE") ? "World" : "Opinion", "text", body, "target", "ukraine_aid", "label", label)))
                    .append('\n');
        }
        Path articles = tmp.resolve("articles.jsonl");
        Files.writeString(articles, jsonl);
        Path dir = tmp.resolve("models/article");
        InProcessCli.Result r = InProcessCli.run("train", "--task", "stance", "--unit", "article", "--data", articles.toString(),
                "--model", dir.toString(), "--folds", "2", "--hash-bits", "10", "--char-ngrams", "0", "--max-iter", "50");
        assertEquals(0, r.exitCode(), r.stderr());
        ModelCard card = ModelCard.read(dir, "--model", ModelTask.STANCE);
        assertEquals("article", card.unit());
        assertEquals(java.util.Set.of("ukraine_aid"), card.targets());

        InProcessCli.Result e = InProcessCli.run("evaluate", "--task", "stance", "--unit", "article", "--data",
                articles.toString(), "--model", dir.toString());
        assertEquals(0, e.exitCode(), e.stderr());
        assertEquals(1.0, new ObjectMapper().readTree(e.stdout()).get("accuracy").asDouble(), "its own training articles");
        InProcessCli.Result sentences = InProcessCli.run("evaluate", "--task", "stance", "--data", articles.toString(),
                "--model", dir.toString());
        assertEquals(2, sentences.exitCode(), "an article model is not a sentence model");
        assertTrue(sentences.stderr().contains("--unit article"), sentences.stderr());
    }

    @Test
    void theBuiltInStanceModelIsTheDefaultAndRulesTurnsItOff() throws IOException {
        String input = Path.of("datasets/sample/jsonl").toAbsolutePath().toString();
        Path byDefault = tmp.resolve("by-default");
        InProcessCli.Result r = InProcessCli.run("analyze", "--input", input, "--output", byDefault.toString(), "--quiet");
        assertEquals(0, r.exitCode(), r.stderr());
        String manifest = Files.readString(byDefault.resolve("manifest.json"));
        assertTrue(manifest.contains("\"built-in:stance\""), manifest);
        assertTrue(manifest.contains("stance_dev3.tsv"), "the card names its training data: " + manifest);
        assertTrue(SharedSpark.get().read().parquet(byDefault.resolve("article_targets").toString())
                .filter("stance_label_rule is not null").count() > 0, "the model's stance with the rules' beside it");
        // The author's stance toward the aid is the article model's, news or opinion; toward any other target the
        // rules' stand for news (the sentence model reads only opinion pieces' issues).
        assertTrue(manifest.contains("\"built-in:stance-article\""), manifest);
        Dataset<Row> targets = SharedSpark.get().read().parquet(byDefault.resolve("article_targets").toString());
        assertEquals(targets.filter("target = 'ukraine_aid'").count(),
                targets.filter("target = 'ukraine_aid' and author_stance_label_rule is not null").count());
        assertTrue(targets.filter("target = 'ukraine_aid'").count() > 0);

        Path rules = tmp.resolve("rules-only");
        r = InProcessCli.run("analyze", "--input", input, "--output", rules.toString(), "--quiet", "--rules");
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(!Files.readString(rules.resolve("manifest.json")).contains("built-in:stance"));
        assertEquals(0, SharedSpark.get().read().parquet(rules.resolve("article_targets").toString())
                .filter("stance_label_rule is not null").count(), "no model: no rule columns to fill");

        Path never = tmp.resolve("never");
        r = InProcessCli.run("analyze", "--input", input, "--output", never.toString(), "--rules", "--model", model.toString());
        assertEquals(2, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("--rules asks for the rules alone"), r.stderr());
        r = InProcessCli.run("analyze", "--input", input, "--output", never.toString(), "--model", "built-in:frame");
        assertEquals(2, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("no built-in 'frame' model"), r.stderr());
        assertTrue(!Files.exists(never.resolve("manifest.json")));
    }

    @Test
    void badModelFoldersAreUsageErrorsNamingTheFolder() throws IOException {
        Path missing = tmp.resolve("no-model");
        expectUsage(missing, InProcessCli.run("evaluate", "--task", "stance", "--data", data.toString(), "--model", missing.toString()));
        expectUsage(model, InProcessCli.run("evaluate", "--task", "frame", "--data", data.toString(), "--model", model.toString()));

        Path corrupt = copy(model, tmp.resolve("corrupt-card"));
        Files.writeString(corrupt.resolve("model.json"), "{ not json");
        expectUsage(corrupt, InProcessCli.run("evaluate", "--task", "stance", "--data", data.toString(), "--model", corrupt.toString()));

        // Damaged stage files under a card rewritten to match them: found by Spark's reader, still exit 2.
        Path damaged = copy(model, tmp.resolve("damaged"));
        try (var files = Files.walk(damaged.resolve("pipeline"))) {
            for (Path p : files.filter(p -> p.getFileName().toString().equals("metadata") || p.toString().contains("/metadata/part-")).toList()) {
                if (Files.isRegularFile(p)) {
                    Files.writeString(p, "garbage");
                }
            }
        }
        String card = Files.readString(damaged.resolve("model.json"));
        String oldHash = card.replaceAll("(?s).*\"pipeline_sha256\" : \"([0-9a-f]+)\".*", "$1");
        Files.writeString(damaged.resolve("model.json"), card.replace(oldHash, ModelCard.sha256(damaged.resolve("pipeline"))));
        expectUsage(damaged, InProcessCli.run("evaluate", "--task", "stance", "--data", data.toString(), "--model", damaged.toString()));

        Path out = tmp.resolve("never-written");
        expectUsage(missing, InProcessCli.run("analyze", "--input", "datasets/sample/jsonl", "--output", out.toString(),
                "--model", missing.toString()));
        InProcessCli.Result twice = InProcessCli.run("analyze", "--input", "datasets/sample/jsonl", "--output", out.toString(),
                "--model", model.toString(), "--model", model.toString());
        expectUsage(model, twice);
        assertTrue(twice.stderr().contains("a second 'stance' model"), twice.stderr());
        assertTrue(!Files.exists(out.resolve("manifest.json")));

        InProcessCli.Result again = InProcessCli.run("train", "--task", "stance", "--data", data.toString(), "--model", model.toString());
        expectUsage(model, again);
    }

    private static void expectUsage(Path folder, InProcessCli.Result r) {
        assertEquals(2, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains(folder.toString()), r.stderr());
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }
}
