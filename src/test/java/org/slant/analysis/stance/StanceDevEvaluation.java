package org.slant.analysis.stance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.slant.analysis.sentiment.VaderAnalyzer;
import org.slant.analysis.targets.TargetCatalog;
import org.slant.evaluate.StanceEvaluation;
import org.slant.evaluate.Metrics;

/**
 * Scores the stance development set ({@code stance_dev.tsv}: id text label target hard_case note).
 * {@code main} prints F_avg, macro-F1, per-tag accuracy and (with {@code -v}) the errors. Never
 * point it at the held-out test file while developing.
 */
public final class StanceDevEvaluation {
    public static final Path DEV = Path.of("datasets/labeled/stance_dev.tsv");
    static final List<String> LABELS = List.of("FAVOR", "AGAINST", "NONE");

    record Row(String id, String text, String label, String target, String tag) {
    }

    static List<Row> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> h = List.of(lines.get(0).split("\t", -1));
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            rows.add(new Row(f[h.indexOf("id")], f[h.indexOf("text")], f[h.indexOf("label")].strip(),
                    f[h.indexOf("target")].strip(), h.contains("hard_case") ? f[h.indexOf("hard_case")] : ""));
        }
        return rows;
    }

    /** F_avg, macro-F1 and accuracy of {@code eval} on {@code rows}. */
    static double[] evaluate(List<Row> rows, StanceEvaluation eval, boolean verbose) {
        Metrics m = new Metrics(LABELS);
        Map<String, int[]> byTag = new TreeMap<>();
        for (Row r : rows) {
            Prediction p = eval.predict(r.text(), r.target());
            m.add(r.label(), p.label());
            int[] c = byTag.computeIfAbsent(r.tag().isEmpty() ? "(plain)" : r.tag(), k -> new int[2]);
            c[1]++;
            if (p.label().equals(r.label())) {
                c[0]++;
            } else if (verbose) {
                System.out.printf(Locale.ROOT, "%s gold=%s pred=%s %.2f [%s] %s%n", r.id(), r.label(), p.label(), p.score(),
                        r.target() + (r.tag().isEmpty() ? "" : "/" + r.tag()), r.text());
            }
        }
        if (verbose) {
            byTag.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-20s %d/%d%n", k, v[0], v[1]));
            System.out.println("confusion (rows gold): " + m.confusion());
        }
        return new double[] {(m.f1("FAVOR") + m.f1("AGAINST")) / 2, m.macroF1(), m.accuracy()};
    }

    public static void main(String[] args) throws IOException {
        List<Row> rows = read(args.length > 0 && !args[0].startsWith("-") ? Path.of(args[0]) : DEV);
        boolean verbose = List.of(args).contains("-v");
        VaderAnalyzer vader = VaderAnalyzer.fromClasspath();
        TargetCatalog catalog = TargetCatalog.builtIn();
        double[] r = evaluate(rows, new StanceEvaluation(catalog, vader), verbose);
        System.out.printf(Locale.ROOT, "stance dev n=%d F_avg %.4f macro-F1 %.4f accuracy %.4f%n", rows.size(), r[0], r[1], r[2]);
        if (List.of(args).contains("--grid")) {
            for (double theta : new double[] {0.05, 0.1, 0.15, 0.2, 0.3}) {
                for (double sw : new double[] {0, 0.5, 0.8, 1.2, 2}) {
                    StanceScorer s = new StanceScorer(new TargetSentiment(vader), theta, sw);
                    double[] g = evaluate(rows, new StanceEvaluation(catalog, s), false);
                    System.out.printf(Locale.ROOT, "theta %.2f sentiment %.2f: F_avg %.4f macro-F1 %.4f%n", theta, sw, g[0], g[1]);
                }
            }
        }
    }
}
