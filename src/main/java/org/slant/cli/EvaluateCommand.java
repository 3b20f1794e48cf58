package org.slant.cli;

import org.slant.failure.UsageException;
import org.slant.failure.InputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.slant.analysis.frames.FrameLexicon;
import org.slant.analysis.frames.FrameScorer;
import org.slant.analysis.sentiment.VaderAnalyzer;
import org.slant.analysis.stance.ArticleTargetAnalyzer;
import org.slant.analysis.stance.StanceEvaluation;
import org.slant.analysis.stance.TargetSentimentEvaluation;
import org.slant.analysis.targets.ContextWindow;
import org.slant.analysis.targets.PatternBudgetException;
import org.slant.analysis.targets.SentenceTokens;
import org.slant.analysis.targets.Target;
import org.slant.analysis.targets.TargetCatalog;
import org.slant.analysis.targets.TargetKind;
import org.slant.evaluate.ArticleStanceEvaluation;
import org.slant.evaluate.FrameEvaluation;
import org.slant.evaluate.LabelBreakdown;
import org.slant.evaluate.LabelEvaluation;
import org.slant.evaluate.LabeledData;
import org.slant.evaluate.LabeledItem;
import org.slant.evaluate.PredictionFile;
import org.slant.evaluate.SentimentEvaluation;

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

    @Option(names = "--model", paramLabel = "DIR", description = "A model saved by 'slant train' (tasks with trained models).")
    Path model;

    @Option(names = "--predictions", paramLabel = "FILE", description = "Also write one CSV row per item: id, gold, predicted, score (its folder is created if missing).")
    Path predictions;

    @Option(names = "--targets", paramLabel = "FILE", description = "Stance: target catalog (YAML) instead of the built-in one.")
    Path targets;

    @Option(names = "--frames", paramLabel = "FILE", description = "Frame: cue lexicon instead of the built-in one.")
    Path frames;

    @Option(names = "--unit", paramLabel = "U", description = "Stance: sentence (default; each row a sentence, any voice) "
            + "or article (each row a whole article with title, section, url, author; label = the author's own stance).")
    String unit;

    @Override
    public Integer call() throws IOException {
        if (!List.of("sentiment", "stance", "target-sentiment", "frame").contains(task)) {
            throw new UsageException("--task: '" + task + "' is not one of sentiment, stance, target-sentiment, frame");
        }
        if (model != null) {
            throw new UsageException("--model: the " + task + " methods are rule- and lexicon-based and take no model");
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
        TargetCatalog catalog = task.equals("stance") ? (targets == null ? TargetCatalog.builtIn() : loadCatalog()) : null;
        FrameLexicon lexicon = task.equals("frame") ? (frames == null ? FrameLexicon.builtIn() : loadFrames()) : null;
        LabeledData.Loaded loaded;
        try {
            loaded = LabeledData.read(data);
            if (task.equals("sentiment")) {
                SentimentEvaluation.checkLabels(loaded.items());
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
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
                result = evaluate(loaded, catalog, lexicon, file.writer());
                requireScored(result);
                file.commit();
            }
        } else {
            result = evaluate(loaded, catalog, lexicon, null);
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

    private Map<String, Object> evaluate(LabeledData.Loaded loaded, TargetCatalog catalog, FrameLexicon lexicon,
                                         Writer out) throws IOException {
        return switch (task) {
            case "sentiment" -> SentimentEvaluation.run(loaded.items(), loaded.skipped(), method == null ? "slant" : method, out);
            case "stance" -> {
                VaderAnalyzer vader = VaderAnalyzer.fromClasspath();
                if ("article".equals(unit)) {
                    // Per gold genre, per genre as slant reads it from the metadata, per hard case.
                    LabelBreakdown byArticle = new LabelBreakdown(List.of("genre", "predicted_genre", "hard_case"));
                    ArticleStanceEvaluation articles = new ArticleStanceEvaluation(new ArticleTargetAnalyzer(catalog, vader));
                    List<LabeledItem> withGenre = loaded.items().stream().map(i -> {
                        Map<String, String> extra = new HashMap<>(i.extra());
                        extra.put("predicted_genre", ArticleStanceEvaluation.genreName(i));
                        return new LabeledItem(i.id(), i.text(), i.label(), extra);
                    }).toList();
                    Map<String, Object> r = LabelEvaluation.run("stance-article", List.of("FAVOR", "AGAINST", "NONE"),
                            withGenre, loaded.skipped(), byArticle.wrap(articles), out);
                    yield byArticle.addTo(r);
                }
                LabelBreakdown breakdown = new LabelBreakdown(List.of("hard_case", "style", "holder"));
                StanceEvaluation known = new StanceEvaluation(catalog, vader);
                Map<String, StanceEvaluation> adHoc = new HashMap<>();
                yield breakdown.addTo(LabelEvaluation.run("stance", List.of("FAVOR", "AGAINST", "NONE"), loaded.items(),
                        loaded.skipped(), breakdown.wrap(item -> {
                            String target = required(item, "target");
                            try {
                                if (catalog.get(target).isPresent()) {
                                    return known.predict(item.text(), target);
                                }
                                if (SentenceTokens.normalize(target).length == 0) {
                                    throw new IllegalArgumentException("target '" + target
                                            + "' has no letters or digits, so no text can mention it");
                                }
                                // A target the catalog does not know (e.g. another data set's topic names) is
                                // matched by its own words, as an issue with no other aliases.
                                String id = "adhoc_" + target.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "_");
                                return adHoc.computeIfAbsent(id, k -> new StanceEvaluation(withAdHoc(catalog, k, target), vader))
                                        .predict(item.text(), id);
                            } catch (PatternBudgetException e) {
                                throw new IllegalArgumentException(e.getMessage(), e);
                            }
                        }), out));
            }
            case "target-sentiment" -> {
                TargetSentimentEvaluation ts = TargetSentimentEvaluation.standard();
                yield LabelEvaluation.run("target-sentiment", List.of("positive", "negative", "neutral"), loaded.items(),
                        loaded.skipped(), item -> {
                            String from = item.extra().get("target_from");
                            String to = item.extra().get("target_to");
                            if (from != null && to != null && !from.isBlank() && !to.isBlank()) {
                                return ts.predict(item.text(), parseInt(from, item), parseInt(to, item));
                            }
                            return ts.predict(item.text(), required(item, "target"));
                        }, out);
            }
            default -> FrameEvaluation.run(loaded.items(), loaded.skipped(), new FrameScorer(lexicon), out);
        };
    }

    private static TargetCatalog withAdHoc(TargetCatalog catalog, String id, String name) {
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

    private static String required(LabeledItem item, String column) {
        String v = item.extra().get(column);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("no '" + column + "' column value");
        }
        return v.strip();
    }

    private static int parseInt(String v, LabeledItem item) {
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("target offset '" + v + "' is not a number");
        }
    }
}
