package org.slant.analysis.sentiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Single-thread throughput of {@link VaderAnalyzer#score(String)} over all texts of the three VADER
 * ground-truth sets. Not a test: run after {@code mvn -q -o test-compile} with
 * {@code java -cp target/test-classes:target/classes org.slant.analysis.sentiment.VaderThroughput [dataDir] [seconds]}.
 */
public final class VaderThroughput {

    private VaderThroughput() {}

    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0 ? Path.of(args[0]) : VaderTestData.defaultDir();
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10.0;

        List<String> texts = new ArrayList<>();
        long chars = 0;
        for (String set : VaderTestData.SETS) {
            for (VaderTestData.Snippet s : VaderTestData.snippets(dir, set)) {
                texts.add(s.text());
                chars += s.text().length();
            }
        }
        String[] corpus = texts.toArray(new String[0]);
        System.out.printf("%d texts, mean %.1f chars%n", corpus.length, (double) chars / corpus.length);

        long t0 = System.nanoTime();
        VaderAnalyzer vader = VaderAnalyzer.fromClasspath();
        System.out.printf("lexicons loaded in %.1f ms%n", (System.nanoTime() - t0) / 1e6);

        run(vader, corpus, 3.0, "warm-up");
        run(vader, corpus, seconds, "measured");
    }

    private static void run(VaderAnalyzer vader, String[] corpus, double seconds, String label) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        long scored = 0;
        double sink = 0;
        do {
            for (String t : corpus) {
                sink += vader.score(t).compound();
            }
            scored += corpus.length;
        } while (System.nanoTime() < deadline);
        double elapsed = (System.nanoTime() - start) / 1e9;
        // Printing the checksum keeps the JIT from discarding the work.
        System.out.printf("%s: %,d texts in %.2f s = %,.0f texts/s (checksum %.4f)%n",
                label, scored, elapsed, scored / elapsed, sink);
    }
}
