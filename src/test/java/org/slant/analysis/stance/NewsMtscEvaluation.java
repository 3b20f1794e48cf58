package org.slant.analysis.stance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slant.analysis.sentiment.VaderAnalyzer;
import org.slant.analysis.sentiment.VaderAnalyzer.TokenValences;
import org.slant.evaluate.Metrics;

/**
 * Target-dependent sentiment on NewsMTSC train: the whole-sentence VADER baseline against
 * {@link TargetSentiment}, and the grid search that chose {@link TargetSentiment#DEFAULT}.
 * Sentences are split 80/20 by a hash of the sentence id (so all mentions of a sentence fall on the
 * same side); parameters are chosen on the 80% only. Run: {@code main} (prints a report).
 */
public final class NewsMtscEvaluation {
    public static final Path FILE = Path.of("../shared/data/newsmtsc/train.tsv");
    static final List<String> LABELS = List.of("positive", "negative", "neutral");

    record Row(String id, String sentence, String text, int from, int to, String gold, boolean check) {
    }

    static List<Row> read(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int id = header.indexOf("id");
        int text = header.indexOf("text");
        int from = header.indexOf("target_from");
        int to = header.indexOf("target_to");
        int label = header.indexOf("label");
        int sentence = header.indexOf("primary_gid");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            String sid = sentence >= 0 ? f[sentence] : f[id];
            // Stable 80/20 split by sentence: floorMod of String.hashCode is fixed by the JLS.
            boolean check = Math.floorMod(sid.hashCode(), 5) == 0;
            // Text fields holding quote marks are CSV-quoted ("…""…"""); the offsets index the unquoted text.
            rows.add(new Row(f[id], sid, unquote(f[text]), Integer.parseInt(f[from]), Integer.parseInt(f[to]), f[label], check));
        }
        return rows;
    }

    /** Undoes CSV quoting: {@code "a ""b"" c"} becomes {@code a "b" c}; other fields are returned as they are. */
    static String unquote(String field) {
        if (field.length() >= 2 && field.startsWith("\"") && field.endsWith("\"")) {
            return field.substring(1, field.length() - 1).replace("\"\"", "\"");
        }
        return field;
    }

    /** Macro-F1 and accuracy of a scorer over rows, with classes at the given thresholds. */
    record Result(double macroF1, double accuracy, long n, double f1Pos, double f1Neg, double f1Neu) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "macro-F1 %.4f  acc %.4f  F1 pos/neg/neu %.3f/%.3f/%.3f  (n=%d)",
                    macroF1, accuracy, f1Pos, f1Neg, f1Neu, n);
        }
    }

    static Result evaluate(List<Row> rows, double[] scores, double pos, double neg, Boolean check) {
        Metrics m = new Metrics(LABELS);
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (check != null && r.check() != check) {
                continue;
            }
            double s = scores[i];
            m.add(r.gold(), s >= pos ? "positive" : s <= -neg ? "negative" : "neutral");
        }
        return new Result(m.macroF1(), m.accuracy(), m.n(), m.f1("positive"), m.f1("negative"), m.f1("neutral"));
    }

    public static void main(String[] args) throws IOException {
        List<Row> rows = read(args.length > 0 ? Path.of(args[0]) : FILE);
        VaderAnalyzer vader = VaderAnalyzer.fromClasspath();
        double[] baseline = new double[rows.size()];
        Map<String, TokenValences> cache = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            baseline[i] = vader.score(rows.get(i).text()).compound();
            cache.computeIfAbsent(rows.get(i).text(), vader::tokenValences);
        }
        System.out.println("NewsMTSC train rows: " + rows.size() + ", check split: "
                + rows.stream().filter(Row::check).count());
        System.out.println("(a) VADER whole sentence ±0.05   all: " + evaluate(rows, baseline, 0.05, 0.05, null)
                + " | tune: " + evaluate(rows, baseline, 0.05, 0.05, false)
                + " | check: " + evaluate(rows, baseline, 0.05, 0.05, true));
        double[] bt = bestThresholds(rows, baseline);
        System.out.printf(Locale.ROOT, "    VADER whole sentence, thresholds tuned (+%.2f/-%.2f)  all: %s | check: %s%n", bt[0], bt[1],
                evaluate(rows, baseline, bt[0], bt[1], null), evaluate(rows, baseline, bt[0], bt[1], true));

        TargetSentiment.Params best = TargetSentiment.DEFAULT;
        double bestF = -1;
        boolean search = args.length > 1 && args[1].equals("--search");
        if (search) {
            TargetSentiment.Params d = TargetSentiment.DEFAULT;
            for (double[] g : grid(args.length > 2 ? args[2] : "frames=0,0.5,1;reported=0,0.3,1")) {
                TargetSentiment.Params p = with(d, g);
                TargetSentiment ts = new TargetSentiment(vader, p);
                double[] s = scores(rows, ts, cache);
                double[] th = bestThresholds(rows, s);
                double f = evaluate(rows, s, th[0], th[1], false).macroF1();
                System.out.printf(Locale.ROOT, "  %s  tune %.4f%n", p.withThresholds(th[0], th[1]), f);
                if (f > bestF) {
                    bestF = f;
                    best = p.withThresholds(th[0], th[1]);
                }
            }
            System.out.println("best on tune split: " + best + " tune macro-F1 " + bestF);
        }
        TargetSentiment ts = new TargetSentiment(vader, best);
        double[] s = scores(rows, ts, cache);
        System.out.println("(b) TargetSentiment " + best + "   all: "
                + evaluate(rows, s, best.positiveAt(), best.negativeAt(), null)
                + " | tune: " + evaluate(rows, s, best.positiveAt(), best.negativeAt(), false)
                + " | check: " + evaluate(rows, s, best.positiveAt(), best.negativeAt(), true));
        // Throughput, one thread, end to end (VADER token valences included): best of 5 passes after warm-up.
        double sink = 0;
        long bestNs = Long.MAX_VALUE;
        for (int pass = 0; pass < 8; pass++) {
            long t0 = System.nanoTime();
            for (Row r : rows) {
                sink += ts.score(r.text(), r.from(), r.to());
            }
            if (pass >= 3) {
                bestNs = Math.min(bestNs, System.nanoTime() - t0);
            }
        }
        System.out.printf(Locale.ROOT, "throughput: %.0f mentions/s (checksum %.3f)%n", rows.size() / (bestNs / 1e9), sink);
        String dump = System.getProperty("dump");
        if (dump != null) { // tune-split predictions for error analysis (write outside the repository)
            List<String> out = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (!rows.get(i).check()) {
                    out.add(rows.get(i).id() + "\t" + rows.get(i).gold() + "\t" + ts.label(s[i]) + "\t" + s[i]);
                }
            }
            Files.write(Path.of(dump), out, StandardCharsets.UTF_8);
        }
    }

    private static final List<String> FIELDS = List.of("decay", "outside", "self", "news", "frames", "reported", "afinn", "speaker");

    /** Cartesian product of "name=v1,v2;name=…" over {@link #FIELDS}; unnamed fields keep DEFAULT (NaN). */
    static List<double[]> grid(String spec) {
        List<double[]> out = new ArrayList<>();
        double[] start = new double[FIELDS.size()];
        java.util.Arrays.fill(start, Double.NaN);
        out.add(start);
        for (String part : spec.split(";")) {
            String[] kv = part.split("=");
            int f = FIELDS.indexOf(kv[0].strip());
            List<double[]> next = new ArrayList<>();
            for (double[] g : out) {
                for (String v : kv[1].split(",")) {
                    double[] h = g.clone();
                    h[f] = Double.parseDouble(v);
                    next.add(h);
                }
            }
            out = next;
        }
        return out;
    }

    static TargetSentiment.Params with(TargetSentiment.Params d, double[] g) {
        double[] v = {d.decay(), d.outside(), d.self(), d.news(), d.frames(), d.reported(), d.afinn(), d.speaker()};
        for (int i = 0; i < v.length; i++) {
            if (!Double.isNaN(g[i])) {
                v[i] = g[i];
            }
        }
        return new TargetSentiment.Params(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], d.positiveAt(), d.negativeAt());
    }

    static double[] scores(List<Row> rows, TargetSentiment ts, Map<String, TokenValences> cache) {
        double[] s = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            s[i] = ts.score(cache.get(r.text()), r.text(), r.from(), r.to());
        }
        return s;
    }

    /** Thresholds maximising macro-F1 on the tune split. */
    static double[] bestThresholds(List<Row> rows, double[] s) {
        double bf = -1;
        double[] best = {0.05, 0.05};
        for (double p = 0.0; p <= 0.6; p += 0.025) {
            for (double n = 0.0; n <= 0.6; n += 0.025) {
                double f = evaluate(rows, s, p + 1e-9, n + 1e-9, false).macroF1();
                if (f > bf) {
                    bf = f;
                    best = new double[] {p + 1e-9, n + 1e-9};
                }
            }
        }
        return best;
    }
}
