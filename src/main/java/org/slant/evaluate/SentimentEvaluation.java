package org.slant.evaluate;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.slant.analysis.ArticleAnalyzer;
import org.slant.analysis.SentimentLabel;
import org.slant.analysis.sentiment.VaderAnalyzer;

/**
 * Scores labelled texts for {@code evaluate --task sentiment}. Methods: {@code vader}, the faithful
 * VADER compound of the whole text (what the reference implementation prints); {@code slant}, what
 * {@code analyze} writes per article: the mean of VADER compounds over the text's sentences.
 * Gold is either a class or a number (classed at ±0.05, and then Pearson r is reported too).
 */
public final class SentimentEvaluation {
    public static final List<String> LABELS = List.of(SentimentLabel.POSITIVE, SentimentLabel.NEGATIVE, SentimentLabel.NEUTRAL);
    public static final List<String> METHODS = List.of("slant", "vader");

    private SentimentEvaluation() {
    }

    public static ToDoubleFunction<String> scorer(String method) {
        return switch (method) {
            case "vader" -> {
                VaderAnalyzer vader = VaderAnalyzer.fromClasspath();
                yield text -> vader.score(text).compound();
            }
            case "slant" -> {
                ArticleAnalyzer analyzer = ArticleAnalyzer.standard(Integer.MAX_VALUE);
                yield analyzer::sentenceMean;
            }
            default -> throw new IllegalArgumentException("--method: '" + method + "' is not one of " + METHODS);
        };
    }

    /**
     * Checks the gold labels before anything is scored: a label that reads as a number but is not a
     * finite one ({@code NaN}, {@code Infinity}, {@code 1e999}) would turn every numeric label into an
     * unknown class and the metrics into NaN, so it is an error naming the row.
     *
     * @throws IllegalArgumentException {@code file line N: label 'NaN' is not a finite number}
     */
    public static void checkLabels(List<LabeledItem> items) {
        for (LabeledItem item : items) {
            double value;
            try {
                value = Double.parseDouble(item.label().strip());
            } catch (NumberFormatException e) {
                continue;
            }
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException(item.location() + ": label '" + item.label()
                        + "' is not a finite number (numeric gold must be a score such as -0.6 or 0.25)");
            }
        }
    }

    /** Evaluates and returns the metrics object; writes one prediction row per item when asked. */
    public static Map<String, Object> run(List<LabeledItem> items, List<String> skipped, String method,
                                          Writer predictions) throws IOException {
        ToDoubleFunction<String> score = scorer(method);
        boolean numeric = !items.isEmpty() && items.stream().allMatch(i -> isNumber(i.label()));
        Metrics metrics = new Metrics(LABELS);
        List<Double> gold = new ArrayList<>();
        List<Double> predicted = new ArrayList<>();
        List<String> unusable = new ArrayList<>(skipped);
        if (predictions != null) {
            predictions.write("id,gold,predicted,score\n");
        }
        for (LabeledItem item : items) {
            String goldClass;
            if (numeric) {
                double g = Double.parseDouble(item.label());
                gold.add(g);
                goldClass = SentimentLabel.of(g);
            } else {
                goldClass = item.label().toLowerCase(Locale.ROOT);
                if (!LABELS.contains(goldClass)) {
                    unusable.add("id " + item.id() + ": label '" + item.label() + "' is not positive, negative, neutral or a number");
                    continue;
                }
            }
            double s = score.applyAsDouble(item.text());
            predicted.add(s);
            String predictedClass = SentimentLabel.of(s);
            metrics.add(goldClass, predictedClass);
            if (predictions != null) {
                predictions.write(Csv.row(item.id(), goldClass, predictedClass, String.format(Locale.ROOT, "%.4f", s)));
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("task", "sentiment");
        out.put("method", method);
        out.put("n", metrics.n());
        out.put("skipped", unusable.size());
        out.put("accuracy", metrics.accuracy());
        out.put("macro_f1", metrics.macroF1());
        if (numeric) {
            out.put("pearson_r", Metrics.pearson(gold.stream().mapToDouble(Double::doubleValue).toArray(),
                    predicted.stream().mapToDouble(Double::doubleValue).toArray()));
            out.put("gold_threshold", SentimentLabel.THRESHOLD);
        }
        out.put("per_class", metrics.perClass());
        out.put("confusion", metrics.confusion());
        if (!unusable.isEmpty()) {
            out.put("skipped_examples", unusable.subList(0, Math.min(10, unusable.size())));
        }
        return out;
    }

    static boolean isNumber(String s) {
        try {
            double d = Double.parseDouble(s.strip());
            return !Double.isNaN(d) && !Double.isInfinite(d);
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
