package org.slant.evaluate;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.slant.analysis.frames.Frame;
import org.slant.analysis.frames.FramePrediction;
import org.slant.analysis.frames.FrameScorer;

/**
 * Scores labelled texts for {@code evaluate --task frame}: each text is classified as one unit with
 * {@link FrameScorer#classify} and compared with its gold frame id.
 *
 * <p>Accepted labels: an item may list several frame ids that count as correct (FrAC merged
 * {@code legality}+{@code crime_punishment} and {@code policy_prescription}+{@code political}; its
 * {@code label_accepts} column lists them, {@code |}-separated). A prediction in that set counts as
 * correct: for accuracy, and for F1 by crediting the predicted frame as if it were the gold one (the
 * confusion matrix then shows it on the diagonal). The {@code strict_*} figures ignore accepted
 * labels. Macro-F1 is the unweighted mean of per-frame F1 over the frames that occur in gold or in
 * the predictions.
 */
public final class FrameEvaluation {
    /** Column of labelled data that holds the accepted labels. */
    public static final String ACCEPTS_COLUMN = "label_accepts";

    /** One labelled text; {@code accepts} holds every frame id that counts as correct ({@code gold} included). */
    public record Item(String id, String text, Frame gold, Set<Frame> accepts) {
        public Item {
            Set<Frame> all = new LinkedHashSet<>();
            all.add(gold);
            if (accepts != null) {
                all.addAll(accepts);
            }
            accepts = Set.copyOf(all);
        }

        public Item(String id, String text, Frame gold) {
            this(id, text, gold, Set.of());
        }
    }

    /** One item's outcome. */
    public record Outcome(Item item, FramePrediction prediction, boolean correct) {
    }

    /** Metrics of one evaluation. */
    public record Result(Metrics metrics, Metrics strict, List<Outcome> outcomes) {
        public long n() {
            return metrics.n();
        }

        /** Accuracy with accepted labels counted as correct. */
        public double accuracy() {
            return metrics.accuracy();
        }

        /** Macro-F1 with accepted labels credited. */
        public double macroF1() {
            return metrics.macroF1();
        }

        /** Per-frame precision/recall/F1 (with accepted labels credited). */
        public Map<String, Object> perClass() {
            return metrics.perClass();
        }

        /** Rows gold, columns predicted (with accepted labels credited). */
        public Map<String, Map<String, Long>> confusion() {
            return metrics.confusion();
        }

        /** The most frequent (gold → predicted) errors, most frequent first. */
        public List<String> topConfusions(int limit) {
            List<long[]> cells = new ArrayList<>();
            Map<String, Map<String, Long>> c = strict.confusion();
            for (int g = 0; g < Frame.COUNT; g++) {
                for (int p = 0; p < Frame.COUNT; p++) {
                    long count = c.get(Frame.at(g).id()).get(Frame.at(p).id());
                    if (g != p && count > 0) {
                        cells.add(new long[] {count, g, p});
                    }
                }
            }
            cells.sort((a, b) -> a[0] != b[0] ? Long.compare(b[0], a[0]) : Long.compare(a[1] * 100 + a[2], b[1] * 100 + b[2]));
            List<String> out = new ArrayList<>();
            for (long[] cell : cells.subList(0, Math.min(limit, cells.size()))) {
                out.add(Frame.at((int) cell[1]).id() + " -> " + Frame.at((int) cell[2]).id() + ": " + cell[0]);
            }
            return out;
        }
    }

    private FrameEvaluation() {
    }

    /** Classifies every item and computes the metrics. */
    public static Result evaluate(List<Item> items, FrameScorer scorer) {
        return evaluate(items, scorer::classify);
    }

    /** As {@link #evaluate(List, FrameScorer)} with any classifier of a text (a trained model). */
    public static Result evaluate(List<Item> items, java.util.function.Function<String, FramePrediction> classifier) {
        Metrics credited = new Metrics(Frame.IDS);
        Metrics strict = new Metrics(Frame.IDS);
        List<Outcome> outcomes = new ArrayList<>(items.size());
        for (Item item : items) {
            FramePrediction p = classifier.apply(item.text());
            boolean correct = item.accepts().contains(p.frame());
            credited.add(correct ? p.label() : item.gold().id(), p.label());
            strict.add(item.gold().id(), p.label());
            outcomes.add(new Outcome(item, p, correct));
        }
        return new Result(credited, strict, outcomes);
    }

    /**
     * Converts labelled rows to items: the gold label must be a frame id (case ignored); the optional
     * {@value #ACCEPTS_COLUMN} column adds accepted ids. Unusable rows are described in {@code skipped}.
     */
    public static List<Item> items(List<LabeledItem> rows, List<String> skipped) {
        List<Item> items = new ArrayList<>(rows.size());
        for (LabeledItem row : rows) {
            Frame gold = lookup(row.label());
            if (gold == null) {
                skipped.add("id " + row.id() + ": label '" + row.label() + "' is not a frame id " + Frame.IDS);
                continue;
            }
            Set<Frame> accepts = new LinkedHashSet<>();
            String extra = row.extra().get(ACCEPTS_COLUMN);
            if (extra != null && !extra.isBlank()) {
                for (String id : extra.split("\\|")) {
                    Frame f = lookup(id);
                    if (f == null) {
                        skipped.add("id " + row.id() + ": " + ACCEPTS_COLUMN + " '" + id.strip() + "' is not a frame id; ignored");
                    } else {
                        accepts.add(f);
                    }
                }
            }
            items.add(new Item(row.id(), row.text(), gold, accepts));
        }
        return items;
    }

    /**
     * Evaluates and returns the metrics object for {@code evaluate --task frame}; writes one
     * prediction row ({@code id, gold, predicted, score}) per item when {@code predictions} is given.
     */
    public static Map<String, Object> run(List<LabeledItem> rows, List<String> skipped, FrameScorer scorer,
                                          Writer predictions) throws IOException {
        Map<String, Object> byModel = run(rows, skipped, scorer::classify, predictions);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("task", byModel.remove("task"));
        out.put("lexicon", scorer.lexicon().source());
        out.putAll(byModel);
        return out;
    }

    /** As {@link #run(List, List, FrameScorer, Writer)} with any classifier (a trained model); no {@code lexicon} key. */
    public static Map<String, Object> run(List<LabeledItem> rows, List<String> skipped,
                                          java.util.function.Function<String, FramePrediction> classifier,
                                          Writer predictions) throws IOException {
        List<String> unusable = new ArrayList<>(skipped);
        List<Item> items = items(rows, unusable);
        Result r = evaluate(items, classifier);
        if (predictions != null) {
            predictions.write("id,gold,predicted,score\n");
            for (Outcome o : r.outcomes()) {
                predictions.write(Csv.row(o.item().id(), o.item().gold().id(), o.prediction().label(),
                        String.format(Locale.ROOT, "%.4f", o.prediction().score())));
            }
        }
        boolean anyAccepts = items.stream().anyMatch(i -> i.accepts().size() > 1);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("task", "frame");
        out.put("n", r.n());
        out.put("skipped", unusable.size());
        out.put("accuracy", r.accuracy());
        out.put("macro_f1", r.macroF1());
        if (anyAccepts) {
            out.put("strict_accuracy", r.strict().accuracy());
            out.put("strict_macro_f1", r.strict().macroF1());
        }
        out.put("per_class", r.perClass());
        out.put("confusion", r.confusion());
        out.put("top_confusions", r.topConfusions(10));
        if (!unusable.isEmpty()) {
            out.put("skipped_examples", unusable.subList(0, Math.min(10, unusable.size())));
        }
        return out;
    }

    private static Frame lookup(String id) {
        try {
            return Frame.fromId(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
