package org.slant.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.slant.evaluate.LabeledData;
import org.slant.evaluate.LabeledItem;
import org.slant.failure.InputException;
import org.slant.failure.UsageException;
import org.slant.model.ArticleText;
import org.slant.model.ModelCard;
import org.slant.model.ModelTask;
import org.slant.spark.SparkSessions;
import org.slant.train.Json;
import org.slant.train.SavedModels;
import org.slant.train.Trainer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code slant train}: fits a model on labelled files, prints its cross-validated figures, saves it. */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Train a Spark MLlib model (slant's features, class-weighted logistic regression) on labelled "
                + "files in evaluate's formats, print k-fold cross-validated figures as JSON, save it to --model.")
final class TrainCommand implements Callable<Integer> {

    @Option(names = "--task", required = true, paramLabel = "T", description = "sentiment, stance, target-sentiment or frame.")
    String task;

    @Option(names = "--data", required = true, arity = "1..*", paramLabel = "FILE",
            description = "Labelled data files (CSV, TSV or JSON Lines with id, text, label; target for stance and target-sentiment).")
    List<Path> data = new ArrayList<>();

    @Option(names = "--model", required = true, paramLabel = "DIR", description = "Folder to save the model in (must not exist, or be empty).")
    Path model;

    @Option(names = "--folds", defaultValue = "5", paramLabel = "K", description = "Cross-validation folds. Default: ${DEFAULT-VALUE}.")
    int folds;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Seed of the fold assignment. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--hash-bits", defaultValue = "18", paramLabel = "B",
            description = "Word and character n-grams are hashed into 2^B slots (10 to 22). Default: ${DEFAULT-VALUE}.")
    int hashBits;

    @Option(names = "--char-ngrams", defaultValue = "5", paramLabel = "N",
            description = "Longest character n-gram (from 2), 0 for none: cheaper to apply, often a little less accurate. Default: ${DEFAULT-VALUE}.")
    int charNgrams;

    @Option(names = "--reg-params", split = ",", paramLabel = "R,...",
            description = "L2 strengths cross-validation chooses from. Default: 3e-5,1e-4.")
    List<Double> regParams = new ArrayList<>(List.of(3e-5, 1e-4));

    @Option(names = "--max-iter", defaultValue = "200", paramLabel = "N",
            description = "Most L-BFGS iterations per fit; a fit that converges sooner stops sooner. Default: ${DEFAULT-VALUE}.")
    int maxIter;

    @Option(names = "--unit", defaultValue = "sentence", paramLabel = "U",
            description = "Stance: sentence (default; each row a sentence and a target) or article (each row a whole "
                    + "article in evaluate --unit article's format, labelled with its author's stance; the model reads "
                    + "the section, headline and body without quoted passages). Default: ${DEFAULT-VALUE}.")
    String unit;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: SLANT_MASTER, else local[*]).")
    String master;

    @Override
    public Integer call() throws IOException {
        ModelTask t;
        try {
            t = ModelTask.of(task);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--task: " + e.getMessage());
        }
        boolean articles = ArticleText.UNIT.equals(unit);
        if (!articles && !"sentence".equals(unit) || articles && t != ModelTask.STANCE) {
            throw new UsageException("--unit: 'sentence' or 'article', and 'article' with --task stance only");
        }
        if (folds < 2 || folds > 20) {
            throw new UsageException("--folds must be between 2 and 20, got " + folds);
        }
        if (regParams.isEmpty() || regParams.stream().anyMatch(r -> !(r > 0 && r < 10))) {
            throw new UsageException("--reg-params: each must be a positive number below 10, got " + regParams);
        }
        if (charNgrams != 0 && (charNgrams < 2 || charNgrams > 6)) {
            throw new UsageException("--char-ngrams must be 0 or between 2 and 6, got " + charNgrams);
        }
        if (maxIter < 1 || maxIter > 10_000) {
            throw new UsageException("--max-iter must be between 1 and 10000, got " + maxIter);
        }
        if (hashBits < 10 || hashBits > 22) {
            throw new UsageException("--hash-bits must be between 10 and 22, got " + hashBits);
        }
        if (Files.exists(model) && (!Files.isDirectory(model) || isNonEmpty(model))) {
            throw new UsageException("--model " + model + ": already exists and is not an empty folder; choose a new one "
                    + "(a saved model is never overwritten)");
        }
        List<LabeledItem> items = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<SavedModels.DataFile> files = new ArrayList<>();
        for (Path file : data) {
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new InputException("--data " + file + ": no such readable file");
            }
            LabeledData.Loaded loaded;
            try {
                loaded = LabeledData.read(file);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage(), e);
            }
            items.addAll(articles ? loaded.items().stream().map(TrainCommand::articleItem).toList() : loaded.items());
            skipped.addAll(loaded.skipped());
            files.add(new SavedModels.DataFile(file.toString(), ModelCard.fileSha256(file), loaded.items().size()));
        }
        Path parent = model.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Map<String, Object> report = new LinkedHashMap<>();
        try (SparkSessions.Handle spark = SparkSessions.open("slant train", master)) {
            Trainer.Result result;
            try {
                result = new Trainer(spark.session(), Trainer.Settings.defaults(t, folds, seed).withHashBits(hashBits).withRegParams(regParams)
                        .withCharNgrams(charNgrams).withMaxIter(maxIter)).train(items, skipped);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--data: " + e.getMessage(), e);
            }
            Map<String, Object> card = new LinkedHashMap<>();
            if (articles) {
                card.put("unit", ArticleText.UNIT);
                card.put("targets", items.stream().map(i -> i.extra().get("target")).filter(java.util.Objects::nonNull)
                        .distinct().sorted().toList());
            }
            SavedModels.save(result, model, files, spark.session().version(), card);
            report.putAll(result.report());
        }
        report.put("data", data.stream().map(Path::toString).toList());
        report.put("model", model.toString());
        System.out.println(Json.write(report));
        return ExitCodes.OK;
    }

    /** A labelled article as the text an article model reads, its other fields kept. */
    private static LabeledItem articleItem(LabeledItem a) {
        return new LabeledItem(a.id(), ArticleText.ofRaw(a.extra().get("section"), a.extra().get("title"), a.text()),
                a.label(), a.extra(), a.location());
    }

    private static boolean isNonEmpty(Path dir) throws IOException {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isPresent();
        }
    }
}
