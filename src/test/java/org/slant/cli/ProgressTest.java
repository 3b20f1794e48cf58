package org.slant.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.bench.CorpusGenerator;
import org.slant.spark.SharedSpark;

/**
 * Progress on stderr during {@code analyze}, in this JVM on the shared session, with a short interval
 * ({@code -Dslant.progress.interval}) so the run need not be long: lines while the corpus is read, then
 * the summary on stdout; none with {@code --quiet}.
 */
@Tag("spark")
class ProgressTest {
    private static final Pattern PROGRESS = Pattern.compile("^slant: \\d+:\\d\\d(:\\d\\d)? [a-z]");
    private static final Pattern READING =
            Pattern.compile("^slant: \\S+ reading and analysing: (\\d+)/4 files, ([\\d,]+) records, ([^,]+) of ([^,]+)");

    @TempDir
    Path tmp;

    private static InProcessCli.Result withInterval(String interval, Supplier<InProcessCli.Result> run) {
        String before = System.getProperty(ProgressPrinter.INTERVAL_PROPERTY);
        System.setProperty(ProgressPrinter.INTERVAL_PROPERTY, interval);
        try {
            SharedSpark.get();
            return run.get();
        } finally {
            if (before == null) {
                System.clearProperty(ProgressPrinter.INTERVAL_PROPERTY);
            } else {
                System.setProperty(ProgressPrinter.INTERVAL_PROPERTY, before);
            }
        }
    }

    @Test
    void aTwentyThousandArticleRunPrintsProgressWhileReadingThenTheSummaryOnStdout() throws IOException {
        Path in = tmp.resolve("in");
        // Short articles (2 to 4 sentences): the test measures the reporting, not the analysis.
        CorpusGenerator.writeArticles(in, 20_000, 4, 2, 4, 42);
        InProcessCli.Result r = withInterval("1s", () -> InProcessCli.run("analyze", "--master", "local[2]",
                "--input", in.toString(), "--output", tmp.resolve("out").toString()));
        assertEquals(0, r.exitCode(), r.stderr());

        List<String> progress = r.stderr().lines().filter(l -> PROGRESS.matcher(l).find()).toList();
        assertTrue(progress.size() >= 3, "at least three progress lines:\n" + r.stderr());
        long files = 0;
        long records = 0;
        boolean partWay = false;
        for (String line : progress) {
            Matcher m = READING.matcher(line);
            if (m.find()) {
                long f = Long.parseLong(m.group(1));
                long n = Long.parseLong(m.group(2).replace(",", ""));
                assertTrue(f >= files && n >= records, "counts never go back:\n" + String.join("\n", progress));
                files = f;
                records = n;
                partWay |= n > 0 && n < 20_000;
                assertTrue(m.group(4).endsWith("MB"), line);
            }
        }
        assertTrue(partWay, "a line shows the records read part-way, before the last file is done:\n" + String.join("\n", progress));
        assertTrue(progress.stream().anyMatch(l -> l.contains(" articles/s")), String.join("\n", progress));

        List<String> stdout = r.stdout().lines().filter(l -> l.startsWith("slant:")).toList();
        assertEquals(1, stdout.size(), r.stdout());
        assertTrue(stdout.get(0).contains(": 20000 records read, 20000 articles, 0 rejected"), stdout.get(0));
    }

    @Test
    void quietPrintsNoProgress() throws IOException {
        Path in = tmp.resolve("small");
        CorpusGenerator.writeArticles(in, 40, 4, 2, 4, 7);
        InProcessCli.Result r = withInterval("100ms", () -> InProcessCli.run("analyze", "--master", "local[2]", "--quiet",
                "--input", in.toString(), "--output", tmp.resolve("out-quiet").toString()));
        assertEquals(0, r.exitCode(), r.stderr());
        assertFalse(r.stderr().lines().anyMatch(l -> PROGRESS.matcher(l).find()), r.stderr());
        assertTrue(r.stdout().contains(": 40 records read, 40 articles"), r.stdout());
    }
}
