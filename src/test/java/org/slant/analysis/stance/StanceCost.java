package org.slant.analysis.stance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.slant.analysis.sentiment.VaderAnalyzer;
import org.slant.analysis.targets.MentionFinder;
import org.slant.analysis.targets.TargetCatalog;
import org.slant.text.SentenceSplitter;
import org.slant.text.TextCleaner;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One-thread cost of the target stage with and without part-of-speech tagging, alternated in one
 * run so the ratio holds on a noisy machine, per sentence that mentions a target. Not a test:
 * {@code java ... org.slant.analysis.stance.StanceCost FILE.jsonl [N]}.
 */
public final class StanceCost {
    private StanceCost() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        ObjectMapper json = new ObjectMapper();
        List<List<String>> articles = new ArrayList<>();
        TextCleaner cleaner = new TextCleaner();
        SentenceSplitter splitter = new SentenceSplitter();
        try (var lines = Files.lines(Path.of(args[0]))) {
            lines.limit(n).forEach(l -> {
                try {
                    articles.add(splitter.split(cleaner.clean(json.readTree(l).get("text").asText())));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        VaderAnalyzer vader = VaderAnalyzer.fromClasspath();
        TargetCatalog catalog = TargetCatalog.builtIn();
        MentionFinder finder = new MentionFinder(catalog);
        long sentences = 0;
        long mentioning = 0;
        for (List<String> a : articles) {
            sentences += a.size();
            mentioning += finder.find(a).stream().map(m -> m.sentence()).distinct().count();
        }
        ArticleTargetAnalyzer plain = new ArticleTargetAnalyzer(catalog, vader, false);
        ArticleTargetAnalyzer syntax = new ArticleTargetAnalyzer(catalog, vader, true);
        double[] sum = new double[2];
        for (int round = 0; round < 6; round++) {
            double a = time(() -> articles.forEach(plain::analyze));
            double b = time(() -> articles.forEach(syntax::analyze));
            if (round >= 2) {
                sum[0] += a;
                sum[1] += b;
            }
        }
        System.out.printf("%d articles, %d sentences, %d mention a target; one thread, mean of 4 rounds after 2 warm-up%n",
                articles.size(), sentences, mentioning);
        System.out.printf("  without POS: %6.2f s  %8.1f µs per mentioning sentence%n", sum[0] / 4, 1e6 * sum[0] / 4 / mentioning);
        System.out.printf("  with POS:    %6.2f s  %8.1f µs per mentioning sentence  (x%.2f)%n", sum[1] / 4,
                1e6 * sum[1] / 4 / mentioning, sum[1] / sum[0]);
    }

    private static double time(Runnable r) {
        long t0 = System.nanoTime();
        r.run();
        return (System.nanoTime() - t0) / 1e9;
    }
}
