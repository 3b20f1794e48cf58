package org.slant.analysis.frames;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slant.evaluate.FrameEvaluation;

/**
 * Prints the frame evaluations on the dev set, FrAC and GVFC headlines. Not a test: run after
 * {@code mvn -q -o test-compile} with
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.slant.analysis.frames.FrameEvalReport [--errors] [--lexicon FILE]}
 * ({@code cp.txt} from {@code mvn dependency:build-classpath -Dmdep.outputFile=cp.txt}).
 * {@code --errors} also lists the dev set's misclassified sentences (for tuning, dev only).
 */
public final class FrameEvalReport {
    private FrameEvalReport() {
    }

    public static void main(String[] args) throws Exception {
        boolean errors = false;
        FrameLexicon lexicon = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--errors")) {
                errors = true;
            } else if (args[i].equals("--lexicon")) {
                Path p = Path.of(args[++i]);
                try (var in = java.nio.file.Files.newInputStream(p)) {
                    lexicon = FrameLexicon.parse(in, p.toString());
                }
            }
        }
        FrameScorer scorer = new FrameScorer(lexicon == null ? FrameLexicon.builtIn() : lexicon);
        report("dev", FrameEvalData.devFile(), scorer, errors);
        report("FrAC", FrameEvalData.fracFile(), scorer, false);
        report("GVFC headlines", FrameEvalData.gvfcFile(), scorer, false);
    }

    private static void report(String name, Optional<Path> file, FrameScorer scorer, boolean errors) throws Exception {
        if (file.isEmpty()) {
            System.out.println("== " + name + ": file not found, skipped");
            return;
        }
        List<String> skipped = new ArrayList<>();
        List<FrameEvaluation.Item> items = FrameEvalData.items(file.get(), skipped);
        FrameEvaluation.Result r = FrameEvaluation.evaluate(items, scorer);
        System.out.printf(Locale.ROOT, "== %s (%s): n=%d skipped=%d accuracy=%.3f macro_f1=%.3f",
                name, file.get(), r.n(), skipped.size(), r.accuracy(), r.macroF1());
        if (items.stream().anyMatch(i -> i.accepts().size() > 1)) {
            System.out.printf(Locale.ROOT, " (strict: accuracy=%.3f macro_f1=%.3f)", r.strict().accuracy(), r.strict().macroF1());
        }
        System.out.println();
        long other = r.outcomes().stream().filter(o -> o.prediction().frame() == Frame.OTHER).count();
        System.out.printf(Locale.ROOT, "   predicted other: %d of %d%n", other, r.n());
        for (Map.Entry<String, Object> e : r.perClass().entrySet()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> c = (Map<String, Object>) e.getValue();
            if (((Number) c.get("gold")).longValue() == 0 && ((Number) c.get("predicted")).longValue() == 0) {
                continue;
            }
            System.out.printf(Locale.ROOT, "   %-20s gold=%3d pred=%3d P=%s R=%s F1=%s%n", e.getKey(), c.get("gold"),
                    c.get("predicted"), fmt(c.get("precision")), fmt(c.get("recall")), fmt(c.get("f1")));
        }
        System.out.println("   top confusions (gold -> predicted, strict): " + r.topConfusions(12));
        if (errors) {
            for (FrameEvaluation.Outcome o : r.outcomes()) {
                if (!o.correct()) {
                    double[] s = scorer.scoreSentence(o.item().text());
                    StringBuilder why = new StringBuilder();
                    for (int f = 0; f < s.length; f++) {
                        if (s[f] > 0) {
                            why.append(Frame.at(f).id()).append('=').append(s[f]).append(' ');
                        }
                    }
                    System.out.printf("   x %s gold=%s pred=%s [%s] %s%n", o.item().id(), o.item().gold().id(),
                            o.prediction().label(), why.toString().strip(), o.item().text());
                }
            }
        }
    }

    private static String fmt(Object v) {
        return v == null ? "  -  " : String.format(Locale.ROOT, "%.3f", ((Number) v).doubleValue());
    }
}
