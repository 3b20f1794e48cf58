package org.slant.cli;

import org.slant.failure.UsageException;
import org.slant.failure.InputException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.slant.analysis.frames.FrameLexicon;
import org.slant.analysis.targets.TargetCatalog;
import org.slant.evaluate.EvaluationTask;
import org.slant.evaluate.FrameTask;
import org.slant.evaluate.LabeledData;
import org.slant.evaluate.PredictionFile;
import org.slant.evaluate.SentimentEvaluation;
import org.slant.evaluate.SentimentTask;
import org.slant.evaluate.StanceTask;
import org.slant.evaluate.TargetSentimentTask;
import org.slant.model.Featurizer;
import org.slant.model.LinearModel;
import org.slant.model.ModelCard;
import org.slant.model.ModelEvaluation;
import org.slant.model.ModelTask;
import org.slant.spark.SparkSessions;
import org.slant.train.SavedModels;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code slant evaluate}: scores labelled data and prints the metrics as one JSON object on stdout. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Score labelled data (CSV, TSV or JSON Lines with id, text, label; target for stance and "
                + "target-sentiment, optionally target_from/target_to) and print metrics as one JSON object.")
final class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--task", required = true, paramLabel = "T", description = "sentiment, stance, target-sentiment or frame.")
    String task;

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "Labelled data file (a regular file).")
    Path data;

    @Option(names = "--method", paramLabel = "M",
            description = "Sentiment: slant (mean of sentence compounds, as analyze writes; default) or vader (faithful VADER on the whole text).")
    String method;

    @Option(names = "--model", paramLabel = "DIR", description = "Score with a model saved by 'slant train' for this task "
            + "instead of the rules; built-in:stance is the model analyze uses for stance by default.")
    Path model;

    @Option(names = "--predictions", paramLabel = "FILE", description = "Also write one CSV row per item: id, gold, predicted, score (its folder is created if missing).")
    Path predictions;

    @Option(names = "--targets", paramLabel = "FILE", description = "Stance: target catalog (YAML) instead of the built-in one.")
    Path targets;

    @Option(names = "--frames", paramLabel = "FILE", description = "Frame: cue lexicon instead of the built-in one.")
    Path frames;

    @Option(names = "--unit", paramLabel = "U", description = "Stance: sentence (default; each row a sentence, any voice) "
            + "or article (each row a whole article with title, section, url, author; label = the author's own stance; "
            + "with --model, an opinion piece's stance on an issue is the model's, as analyze writes it).")
    String unit;

    @Override
    public Integer call() throws IOException {
        if (!EvaluationTask.NAMES.contains(task)) {
            throw new UsageException("--task: '" + task + "' is not one of sentiment, stance, target-sentiment, frame");
        }
        if (model != null && method != null) {
            throw new UsageException("--model replaces the rules: it takes no --method");
        }
        if (method != null && !task.equals("sentiment")) {
            throw new UsageException("--method applies to --task sentiment only");
        }
        if (method != null && !SentimentEvaluation.METHODS.contains(method)) {
            throw new UsageException("--method: '" + method + "' is not one of " + SentimentEvaluation.METHODS);
        }
        if (unit != null && (!task.equals("stance") || !List.of("sentence", "article").contains(unit))) {
            throw new UsageException("--unit: 'sentence' or 'article', with --task stance only");
        }
        checkData();
        // Configuration first, so a bad file stops the command before the data is read.
        ModelCard card = model == null ? null : ModelCard.read(model, "--model", ModelTask.of(task));
        EvaluationTask evaluation = card == null ? evaluation() : null;
        LabeledData.Loaded loaded;
        try {
            loaded = LabeledData.read(data);
            if (evaluation != null) {
                evaluation.check(loaded.items());
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
        if (card != null) {
            evaluation = withModel(card);
        }
        Map<String, Object> result;
        if (predictions != null) {
            PredictionFile file;
            try {
                file = PredictionFile.open(predictions, data);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--predictions " + e.getMessage(), e);
            }
            try (file) {
                result = evaluation.run(loaded, file.writer());
                requireScored(result);
                file.commit();
            }
        } else {
            result = evaluation.run(loaded, null);
            requireScored(result);
        }
        result.put("data", data.toString());
        int skipped = ((Number) result.getOrDefault("skipped", 0)).intValue();
        if (skipped > 0) {
            System.err.println(StderrText.line("slant: " + skipped + " rows of " + data + " skipped (see skipped_examples)"));
        }
        System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(finite(result)));
        return ExitCodes.OK;
    }

    /** Only a regular file: a FIFO or device would block the command, a folder is not labelled data. */
    private void checkData() {
        if (!Files.exists(data)) {
            throw new InputException("--data " + data + ": no such file");
        }
        if (!Files.isRegularFile(data)) {
            throw new InputException("--data " + data + ": not a regular file (a folder, pipe or device); "
                    + "evaluate reads labelled data from regular files only");
        }
        if (!Files.isReadable(data)) {
            throw new InputException("--data " + data + ": not readable");
        }
    }

    /** Metrics over no scored row are undefined (NaN): an error naming the file, never a result. */
    private void requireScored(Map<String, Object> result) {
        if (((Number) result.get("n")).longValue() == 0) {
            Object examples = result.getOrDefault("skipped_examples", List.of());
            throw new UsageException("--data " + data + ": none of its rows could be scored; " + result.get("skipped")
                    + " skipped, first reasons: " + examples);
        }
    }

    /**
     * The result with undefined figures (a Pearson r of a constant series) as JSON null: Jackson would
     * print NaN, which is not JSON.
     */
    @SuppressWarnings("unchecked")
    static Object finite(Object value) {
        if (value instanceof Double d && !Double.isFinite(d)) {
            return null;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((k, v) -> out.put(k, finite(v)));
            return out;
        }
        return value;
    }

    /**
     * The evaluation by a saved model: Spark reads the pipeline (the only use of Spark here), and the
     * model is then applied in plain Java, as {@code analyze} applies it. Rule features read the
     * {@code --targets} catalog and {@code --frames} lexicon when given. With {@code --unit article} a
     * stance model gives opinion pieces their author stance, as in {@code analyze}.
     */
    private EvaluationTask withModel(ModelCard card) {
        TargetCatalog catalog = targets == null ? TargetCatalog.builtIn() : loadCatalog();
        FrameLexicon lexicon = frames == null ? FrameLexicon.builtIn() : loadFrames();
        LinearModel linear;
        try (SparkSessions.Handle spark = SparkSessions.open("slant evaluate", null)) {
            linear = SavedModels.load(spark.session(), card, "--model");
        }
        Featurizer featurizer = Featurizer.withCatalog(card.spec(), catalog, lexicon);
        if (card.readsArticles()) {
            if (!"article".equals(unit)) {
                throw new UsageException("--model " + model + ": an article model; evaluate it with --unit article");
            }
            return new StanceTask(catalog, true, null, null, linear, featurizer);
        }
        if ("article".equals(unit)) {
            // The rules find the targets and whose voice each sentence is; the model reads the author's.
            return new StanceTask(catalog, true, linear, featurizer);
        }
        return new ModelEvaluation(card, linear, featurizer);
    }

    /** The task's evaluation, with the configuration files it reads already loaded. */
    private EvaluationTask evaluation() {
        return switch (task) {
            case "sentiment" -> new SentimentTask(method == null ? "slant" : method);
            case "stance" -> new StanceTask(targets == null ? TargetCatalog.builtIn() : loadCatalog(), "article".equals(unit));
            case "target-sentiment" -> new TargetSentimentTask();
            default -> new FrameTask(frames == null ? FrameLexicon.builtIn() : loadFrames());
        };
    }

    private TargetCatalog loadCatalog() {
        try (InputStream in = Files.newInputStream(targets)) {
            return TargetCatalog.parse(in, targets.toString());
        } catch (IOException e) {
            throw new UsageException("--targets " + targets + ": cannot be read: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--targets " + e.getMessage(), e);
        }
    }

    private FrameLexicon loadFrames() {
        try (InputStream in = Files.newInputStream(frames)) {
            return FrameLexicon.parse(in, frames.toString());
        } catch (IOException e) {
            throw new UsageException("--frames " + frames + ": cannot be read: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--frames " + e.getMessage(), e);
        }
    }
}
