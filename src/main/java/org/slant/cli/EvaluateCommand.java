package org.slant.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.slant.evaluate.LabeledData;
import org.slant.evaluate.SentimentEvaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code slant evaluate}: scores labelled data and prints the metrics as one JSON object on stdout. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Score labelled data (CSV, TSV or JSON Lines with id, text, label) and print metrics as JSON.")
final class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--task", required = true, paramLabel = "T", description = "sentiment, stance, target-sentiment or frame.")
    String task;

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "Labelled data file.")
    Path data;

    @Option(names = "--method", paramLabel = "M",
            description = "Sentiment: slant (mean of sentence compounds, as analyze writes; default) or vader (faithful VADER on the whole text).")
    String method;

    @Option(names = "--model", paramLabel = "DIR", description = "A model saved by 'slant train' (tasks with trained models).")
    Path model;

    @Option(names = "--predictions", paramLabel = "FILE", description = "Also write one CSV row per item: id, gold, predicted, score.")
    Path predictions;

    @Override
    public Integer call() throws IOException {
        if (!task.equals("sentiment")) {
            if (task.equals("stance") || task.equals("target-sentiment") || task.equals("frame")) {
                throw new UsageException("--task " + task + ": not available in this version (available: sentiment)");
            }
            throw new UsageException("--task: '" + task + "' is not one of sentiment, stance, target-sentiment, frame");
        }
        if (model != null) {
            throw new UsageException("--model: the sentiment methods are lexicon-based and take no model");
        }
        String m = method == null ? "slant" : method;
        if (!SentimentEvaluation.METHODS.contains(m)) {
            throw new UsageException("--method: '" + m + "' is not one of " + SentimentEvaluation.METHODS);
        }
        if (!Files.isReadable(data)) {
            throw new InputException("--data " + data + ": no such file or not readable");
        }
        LabeledData.Loaded loaded;
        try {
            loaded = LabeledData.read(data);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
        Map<String, Object> result;
        if (predictions != null) {
            try (Writer out = new BufferedWriter(Files.newBufferedWriter(predictions, StandardCharsets.UTF_8))) {
                result = SentimentEvaluation.run(loaded.items(), loaded.skipped(), m, out);
            }
        } else {
            result = SentimentEvaluation.run(loaded.items(), loaded.skipped(), m, null);
        }
        result.put("data", data.toString());
        if (!loaded.skipped().isEmpty()) {
            System.err.println("slant: " + loaded.skipped().size() + " rows of " + data + " skipped (see skipped_examples)");
        }
        System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result));
        return ExitCodes.OK;
    }
}
