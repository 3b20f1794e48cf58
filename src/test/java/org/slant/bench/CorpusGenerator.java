package org.slant.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a synthetic news corpus of a given size (JSON Lines files of about 32 MB each) for
 * benchmarks and scale tests. The same seed and size always give the same bytes.
 *
 * <p>Usage: {@code CorpusGenerator OUT_DIR MEGABYTES [SEED]}, from {@code target/test-classes} (it is a
 * test tool, kept out of the production jar); {@code bin/benchmark} and {@code bin/scale-benchmark}
 * run it so.
 */
public final class CorpusGenerator {
    private static final long FILE_BYTES = 32L << 20;
    private static final List<String> OUTLETS = List.of("The Daily Ledger", "Capitol Wire", "Harbor Times",
            "Frontline Report", "Evening Courier", "Plains Gazette");
    private static final List<String> SUBJECTS = List.of("Lawmakers", "The White House", "Sen. Jane Doe",
            "Republicans in the House", "Democratic leaders", "Mr. Zelensky", "NATO officials", "Analysts at the U.S. Treasury",
            "The committee", "Voters in Ohio", "Gov. Alan Park", "Critics of the plan");
    private static final List<String> VERBS = List.of("approved", "blocked", "praised", "criticized", "delayed",
            "welcomed", "rejected", "questioned", "celebrated", "warned about");
    private static final List<String> OBJECTS = List.of("the $60.5 billion aid package", "new sanctions on Russia",
            "the supplemental spending bill", "a plan to expand the ferry service", "the budget deal",
            "military assistance for Kyiv", "the trade agreement", "a proposal to cut local taxes", "the hospital merger",
            "the energy subsidy");
    private static final List<String> TAILS = List.of(" on Tuesday.", ", officials said.", " after a long debate.",
            " in a 52-48 vote.", ", calling it a great success.", ", calling it a terrible mistake.", ".",
            " despite strong objections.", ", according to people familiar with the talks.", " by 3.5% this year.");

    /** Names, places and figures vary per sentence, as in real reporting, so articles share few word 5-grams. */
    private static final List<String> NAMES = List.of("Adams", "Baker", "Chen", "Diaz", "Evans", "Fischer", "Garcia",
            "Hughes", "Ibrahim", "Jensen", "Kowalski", "Lopez", "Murphy", "Nguyen", "Okafor", "Patel", "Quinn", "Rossi",
            "Schmidt", "Tanaka", "Usman", "Varga", "Walsh", "Xu", "Yilmaz", "Zhang");
    private static final List<String> PLACES = List.of("in Ohio", "in Brussels", "in Kyiv", "in Warsaw", "in Texas",
            "in Berlin", "at the Capitol", "in Lviv", "in Atlanta", "in Vilnius", "in Denver", "in Odesa", "in Paris");

    private CorpusGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: CorpusGenerator OUT_DIR MEGABYTES [SEED]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        long target = (long) (Double.parseDouble(args[1]) * (1 << 20));
        SplittableRandom random = new SplittableRandom(args.length > 2 ? Long.parseLong(args[2]) : 42L);
        Files.createDirectories(out);
        long written = 0;
        long articles = 0;
        int file = 0;
        while (written < target) {
            Path path = out.resolve(String.format("part-%05d.jsonl", file++));
            long inFile = 0;
            try (BufferedWriter w = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
                while (inFile < FILE_BYTES && written + inFile < target) {
                    String line = article(random, articles++);
                    w.write(line);
                    w.write('\n');
                    inFile += line.getBytes(StandardCharsets.UTF_8).length + 1;
                }
            }
            written += inFile;
        }
        System.out.printf("%d articles, %d bytes, %d files in %s%n", articles, written, file, out);
    }

    /**
     * Writes exactly {@code count} articles of {@code minSentences} to {@code maxSentences} sentences,
     * spread evenly over {@code files} JSON Lines files ({@code part-00000.jsonl}, …) in {@code dir}
     * (created if missing): for tests that need a corpus of a given number of articles, short ones when
     * the analysis is not what they measure. The same arguments always give the same bytes.
     */
    public static void writeArticles(Path dir, long count, int files, int minSentences, int maxSentences, long seed)
            throws IOException {
        Files.createDirectories(dir);
        SplittableRandom random = new SplittableRandom(seed);
        long n = 0;
        for (int f = 0; f < files; f++) {
            long end = count * (f + 1) / files;
            try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(String.format("part-%05d.jsonl", f)),
                    StandardCharsets.UTF_8)) {
                for (; n < end; n++) {
                    w.write(article(random, n, minSentences, maxSentences));
                    w.write('\n');
                }
            }
        }
    }

    static String article(SplittableRandom r, long n) {
        return article(r, n, 4, 19);
    }

    private static String article(SplittableRandom r, long n, int minSentences, int maxSentences) {
        String outlet = OUTLETS.get(r.nextInt(OUTLETS.size()));
        LocalDate day = LocalDate.of(2024, 10, 1).plusDays(r.nextInt(28));
        int sentences = minSentences + r.nextInt(maxSentences - minSentences + 1);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                text.append(i % 5 == 0 ? "\\n\\n" : " ");
            }
            text.append(pick(r, SUBJECTS)).append(' ').append(pick(r, VERBS)).append(' ').append(pick(r, OBJECTS))
                    .append(' ').append(pick(r, PLACES)).append(", according to ").append(pick(r, NAMES))
                    .append(r.nextInt(2) == 0 ? ", who spoke " : ", who testified ").append(r.nextInt(2, 29))
                    .append(" days ago").append(pick(r, TAILS));
        }
        return String.format("{\"id\":\"gen-%d\",\"outlet\":\"%s\",\"published\":\"%sT%02d:%02d:00Z\",\"title\":\"%s %s %s\",\"text\":\"%s\"}",
                n, outlet, day, r.nextInt(24), r.nextInt(60), pick(r, SUBJECTS), pick(r, VERBS), pick(r, OBJECTS),
                text);
    }

    private static String pick(SplittableRandom r, List<String> from) {
        return from.get(r.nextInt(from.size()));
    }
}
