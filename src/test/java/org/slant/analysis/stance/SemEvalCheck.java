package org.slant.analysis.stance;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slant.analysis.sentiment.VaderAnalyzer;
import org.slant.analysis.targets.TargetCatalog;
import org.slant.evaluate.StanceEvaluation;
import org.slant.evaluate.Metrics;

/**
 * Out-of-domain check on SemEval-2016 Task 6 tweets (report only; nothing is tuned to it). A minimal
 * catalog names each SemEval target by its obvious words; most tweets never name their target, so
 * most predictions are NONE by construction.
 */
public final class SemEvalCheck {
    private static final String CATALOG = """
            targets:
              - id: atheism
                kind: issue
                aliases: [atheism, atheist, atheists, religion, God]
              - id: climate_change
                kind: issue
                aliases: [climate change, climate action, global warming, climate]
              - id: feminist_movement
                kind: issue
                aliases: [feminism, feminist, feminists, feminist movement]
              - id: hillary_clinton
                kind: actor
                aliases: [Hillary Clinton, Hillary, Clinton, HillaryClinton]
              - id: legalization_of_abortion
                kind: issue
                aliases: [abortion, legal abortion, right to choose, pro-choice]
            """;
    private static final Map<String, String> IDS = Map.of("Atheism", "atheism", "Climate Change is a Real Concern",
            "climate_change", "Feminist Movement", "feminist_movement", "Hillary Clinton", "hillary_clinton",
            "Legalization of Abortion", "legalization_of_abortion");

    public static void main(String[] args) throws IOException {
        TargetCatalog catalog = TargetCatalog.parse(new ByteArrayInputStream(CATALOG.getBytes(StandardCharsets.UTF_8)), "semeval");
        StanceEvaluation eval = new StanceEvaluation(catalog, VaderAnalyzer.fromClasspath());
        List<String> lines = Files.readAllLines(Path.of(args.length > 0 ? args[0] : "../shared/data/stance/train.tsv"));
        Metrics m = new Metrics(List.of("FAVOR", "AGAINST", "NONE"));
        int mentioned = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            String id = IDS.get(f[2]);
            if (id == null) {
                continue;
            }
            Prediction p = eval.predict(f[1], id);
            if (p.score() != 0) {
                mentioned++;
            }
            m.add(f[3], p.label());
        }
        System.out.printf(Locale.ROOT, "SemEval-2016 train n=%d (non-zero score %d): F_avg %.4f macro-F1 %.4f acc %.4f%n",
                m.n(), mentioned, (m.f1("FAVOR") + m.f1("AGAINST")) / 2, m.macroF1(), m.accuracy());
    }
}
