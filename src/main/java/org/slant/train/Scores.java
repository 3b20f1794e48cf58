package org.slant.train;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slant.evaluate.Metrics;
import org.slant.model.ModelTask;

/**
 * The figures of one set of predictions, in the shape {@code evaluate} prints: {@code n},
 * {@code accuracy}, {@code macro_f1}, for stance {@code f_avg}, per class and the confusion. Frames
 * credit an accepted label as {@code evaluate --task frame} does (FrAC's merged frames), and then also
 * give the {@code strict_*} figures.
 */
final class Scores {
    private final ModelTask task;
    private final Metrics credited;
    private final Metrics strict;
    private boolean anyAccepts;

    Scores(ModelTask task) {
        this.task = task;
        this.credited = new Metrics(task.labels());
        this.strict = new Metrics(task.labels());
    }

    void add(String gold, Set<String> accepts, String predicted) {
        boolean accepted = !predicted.equals(gold) && accepts.contains(predicted);
        anyAccepts |= accepts.size() > 1;
        credited.add(accepted ? predicted : gold, predicted);
        strict.add(gold, predicted);
    }

    long n() {
        return credited.n();
    }

    /** F_avg, the mean F1 of FAVOR and AGAINST (a class never gold nor predicted counts 0). */
    double fAvg() {
        return (zero(credited.f1("FAVOR")) + zero(credited.f1("AGAINST"))) / 2;
    }

    double get(String metric) {
        return switch (metric) {
            case "f_avg" -> fAvg();
            case "accuracy" -> credited.accuracy();
            default -> credited.macroF1();
        };
    }

    /** The headline figures only. */
    Map<String, Object> summary() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("n", n());
        out.put("accuracy", credited.accuracy());
        out.put("macro_f1", credited.macroF1());
        if (task == ModelTask.STANCE) {
            out.put("f_avg", fAvg());
        }
        if (anyAccepts) {
            out.put("strict_accuracy", strict.accuracy());
            out.put("strict_macro_f1", strict.macroF1());
        }
        return out;
    }

    /** As {@code evaluate} prints. */
    Map<String, Object> full() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("task", task.id());
        out.putAll(summary());
        out.put("per_class", credited.perClass());
        out.put("confusion", credited.confusion());
        return out;
    }

    /** The mean of each headline figure over several score sets (folds). */
    static Map<String, Object> mean(List<Scores> all) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String key : all.get(0).summary().keySet()) {
            if (key.equals("n")) {
                out.put("n", all.stream().mapToLong(Scores::n).sum());
                continue;
            }
            out.put(key, all.stream().mapToDouble(s -> ((Number) s.summary().get(key)).doubleValue()).average().orElse(Double.NaN));
        }
        return out;
    }

    private static double zero(double v) {
        return Double.isNaN(v) ? 0 : v;
    }
}
