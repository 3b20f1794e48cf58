package org.slant.analysis;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.slant.analysis.frames.FrameLexicon;
import org.slant.analysis.frames.FrameScorer;
import org.slant.analysis.sentiment.VaderAnalyzer;
import org.slant.analysis.stance.ArticleTargetAnalyzer;
import org.slant.analysis.targets.TargetCatalog;
import org.slant.text.LanguageIdentifier;
import org.slant.text.MinHash;
import org.slant.text.SentenceSplitter;
import org.slant.text.Shingles;
import org.slant.text.TextCleaner;
import org.slant.text.TextFingerprint;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One-thread cost of each analysis stage on the same articles, side by side in one run, so the
 * ratios hold on a noisy machine. Not a test: {@code java ... org.slant.analysis.StageCost FILE.jsonl [N]}
 * (e.g. a part file of {@code bin/benchmark}'s generated corpus, or any JSON Lines with a text field).
 */
public final class StageCost {
    private StageCost() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        try (var lines = Files.lines(Path.of(args[0]))) {
            lines.limit(n).forEach(l -> {
                try {
                    texts.add(json.readTree(l).get("text").asText());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        TextCleaner cleaner = new TextCleaner();
        SentenceSplitter splitter = new SentenceSplitter();
        VaderAnalyzer vader = VaderAnalyzer.fromClasspath();
        FrameScorer frames = new FrameScorer(FrameLexicon.builtIn());
        ArticleTargetAnalyzer targets = new ArticleTargetAnalyzer(TargetCatalog.builtIn(), vader);
        LanguageIdentifier language = new LanguageIdentifier();
        List<List<String>> sentences = new ArrayList<>();
        for (String t : texts) {
            sentences.add(splitter.split(cleaner.clean(t)));
        }
        long total = sentences.stream().mapToLong(List::size).sum();
        for (int round = 0; round < 3; round++) {
            boolean report = round == 2;
            double clean = time(() -> texts.forEach(t -> splitter.split(cleaner.clean(t))));
            double sentiment = time(() -> sentences.forEach(s -> s.forEach(vader::score)));
            double frame = time(() -> sentences.forEach(frames::analyze));
            double target = time(() -> sentences.forEach(targets::analyze));
            double lang = time(() -> texts.forEach(language::detect));
            double shingles = time(() -> texts.forEach(t -> {
                TextFingerprint.of(t);
                MinHash.signature(Shingles.of(t));
            }));
            if (report) {
                double base = clean + sentiment;
                double all = base + frame + target + lang + shingles;
                System.out.printf("%d articles, %d sentences, one thread%n", texts.size(), total);
                row("clean + split sentences", clean, total);
                row("VADER sentiment", sentiment, total);
                row("frames", frame, total);
                row("targets + stance + actors", target, total);
                row("language id", lang, total);
                row("fingerprint, shingles, MinHash (dedup)", shingles, total);
                System.out.printf("sentiment only (clean, split, VADER): %,.0f sentences/s%n", total / base);
                System.out.printf("+ targets and stance:                 %,.0f sentences/s%n", total / (base + target));
                System.out.printf("+ frames:                             %,.0f sentences/s%n", total / (base + target + frame));
                System.out.printf("all stages:                           %,.0f sentences/s (%.0f%% of sentiment-only time is added)%n",
                        total / all, 100 * (all - base) / base);
            }
        }
    }

    private static void row(String stage, double seconds, long sentences) {
        System.out.printf("  %-28s %7.2f s  %,12.0f sentences/s%n", stage, seconds, sentences / seconds);
    }

    private static double time(Runnable r) {
        long t0 = System.nanoTime();
        r.run();
        return (System.nanoTime() - t0) / 1e9;
    }
}
