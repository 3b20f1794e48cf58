package org.slant.analysis.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slant.analysis.sentiment.VaderAnalyzer;
import org.slant.analysis.targets.MentionFinder;
import org.slant.analysis.targets.TargetCatalog;

/**
 * Micro-benchmark (single thread): sentences per second for mention finding on sentences without
 * mentions, and for the full target stage (mentions + sentiment + stance + attribution) on
 * sentences with them. Run with {@code main}; figures go in the package report.
 */
public final class MentionAndStanceThroughput {
    private static final List<String> PLAIN = List.of(
            "The city council approved a new budget for schools after a long debate on Tuesday night.",
            "Shares of the company rose 4 percent in early trading, lifted by strong quarterly earnings.",
            "Officials said the storm had knocked out power to more than 200,000 homes across the region.",
            "The museum will reopen next month after a two-year renovation that cost $45 million.",
            "A senior aide to the governor said the disaster aid would reach families within weeks.",
            "Researchers found that the new treatment reduced symptoms in about a third of patients.");
    private static final List<String> TOPICAL = List.of(
            "House Republicans blocked the $60 billion package for Ukraine again on Friday, aides said.",
            "Trump urged Republicans to hold up aid to Ukraine until the border bill passes.",
            "“We must not abandon Kyiv,” Jean-Pierre said, calling the delay concerning.",
            "The Senate voted 79-18 to approve security assistance to Ukraine, sending the bill to the House.",
            "Putin warned NATO that new sanctions on Russia would backfire on Europe.",
            "Democrats accused Zelensky's critics of doing the Kremlin's bidding.");

    public static void main(String[] args) {
        TargetCatalog catalog = TargetCatalog.builtIn();
        MentionFinder finder = new MentionFinder(catalog);
        ArticleTargetAnalyzer analyzer = new ArticleTargetAnalyzer(catalog, VaderAnalyzer.fromClasspath());
        List<List<String>> plain = new ArrayList<>();
        List<List<String>> topical = new ArrayList<>();
        for (String s : PLAIN) {
            plain.add(List.of(s));
        }
        for (String s : TOPICAL) {
            topical.add(List.of(s));
        }
        for (int round = 0; round < 3; round++) {
            System.out.printf(Locale.ROOT, "mention finding, no mentions: %,.0f sentences/s%n", rate(plain, l -> finder.find(l).size()));
            System.out.printf(Locale.ROOT, "full target stage, no mentions: %,.0f sentences/s%n", rate(plain, l -> analyzer.analyze(l).targets().size()));
            System.out.printf(Locale.ROOT, "full target stage, with mentions: %,.0f sentences/s%n", rate(topical, l -> analyzer.analyze(l).targets().size()));
        }
    }

    private static double rate(List<List<String>> inputs, java.util.function.ToIntFunction<List<String>> f) {
        long sink = 0;
        int n = 0;
        long start = System.nanoTime();
        long deadline = start + 2_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (List<String> l : inputs) {
                sink += f.applyAsInt(l);
                n++;
            }
        }
        double secs = (System.nanoTime() - start) / 1e9;
        if (sink == Long.MIN_VALUE) {
            System.out.println(sink);
        }
        return n / secs;
    }
}
