package org.slant.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.slant.spark.SharedSpark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Runs the command line on the bundled sample corpus, as README tells researchers to, and checks
 * every table against the corpus's documented expectations ({@code datasets/sample-expected.json}),
 * against an independent Parquet reader, and through the notebook. The command runs in this JVM on the
 * shared session, which saves a JVM and a Spark start; {@link ExitCodeTest} runs it as its own process.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("spark")
class SampleEndToEndTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final boolean CI = "true".equals(System.getenv("CI"));

    @TempDir
    static Path tmp;
    Path out;
    InProcessCli.Result result;

    @BeforeAll
    void analyzeSample() {
        out = tmp.resolve("out");
        // Started first, so the command uses it (local[2], no UI) and leaves it running.
        SharedSpark.get();
        result = InProcessCli.run("analyze", "--master", "local[2]", "--input", "datasets/sample", "--outlets",
                "datasets/sample-outlets.csv", "--output", out.toString());
    }

    @Test
    void exitsZeroAndReportsCounts() {
        assertEquals(0, result.exitCode(), result.stderr());
        assertTrue(result.stderr().contains("skipped (not an article file)"), "README.md is skipped with a warning");
        assertTrue(result.stdout().contains("slant: run ") && result.stdout().contains(" 83 records read, 74 articles, 9 rejected"),
                "the summary is on stdout: " + result.stdout());
        assertFalse(result.stderr().contains(" records read, "), "and only there: " + result.stderr());
    }

    @Test
    void everyRecordEndsWhereTheCorpusDocumentationSays() throws IOException {
        JsonNode expected = new ObjectMapper().readTree(ROOT.resolve("datasets/sample-expected.json").toFile());
        Map<String, Integer> acceptedPerOutletDay = new TreeMap<>();
        int rejected = 0;
        for (JsonNode r : expected.get("records")) {
            if (r.get("status").asText().equals("accepted")) {
                acceptedPerOutletDay.merge(canonical(r.get("outlet").asText()) + " " + r.get("date").asText(), 1, Integer::sum);
            } else {
                rejected++;
            }
        }
        SparkSession spark = SharedSpark.get();
        Map<String, Integer> actual = new TreeMap<>();
        for (Row r : spark.read().parquet(out.resolve("articles").toString()).groupBy("outlet", "date").count().collectAsList()) {
            actual.put(r.getString(0) + " " + r.get(1), (int) r.getLong(2));
        }
        assertEquals(acceptedPerOutletDay, actual);
        List<Row> rejects = spark.read().parquet(out.resolve("rejects").toString()).collectAsList();
        assertEquals(rejected, rejects.size(), rejects.toString());
        for (Row r : rejects) {
            assertFalse(r.<String>getAs("reason").isBlank());
            assertFalse(r.<String>getAs("location").isBlank());
        }
        String reasons = rejects.toString();
        assertTrue(reasons.contains("encoding-broken.txt"), reasons);
        assertTrue(reasons.contains("UTF-8"), reasons);
        assertTrue(reasons.contains("column"), reasons);
    }

    @Test
    void aggregatesAreTheArticleMeansWithIntervals() {
        SparkSession spark = SharedSpark.get();
        Map<String, double[]> sums = new HashMap<>();
        for (Row r : spark.read().parquet(out.resolve("articles").toString()).filter("duplicate_of is null").collectAsList()) {
            double[] s = sums.computeIfAbsent(r.getAs("outlet") + " " + r.getAs("date"), k -> new double[2]);
            s[0] += r.<Double>getAs("sentiment");
            s[1]++;
        }
        List<Row> agg = spark.read().parquet(out.resolve("by_outlet_date").toString()).collectAsList();
        assertEquals(sums.size(), agg.size());
        for (Row r : agg) {
            double[] s = sums.get(r.getAs("outlet") + " " + r.getAs("date"));
            assertEquals(s[1], (double) r.<Long>getAs("articles"));
            double mean = r.getAs("sentiment_mean");
            assertEquals(s[0] / s[1], mean, 1e-12);
            if (s[1] >= 2) {
                assertTrue(r.<Double>getAs("sentiment_ci_low") <= mean && mean <= r.<Double>getAs("sentiment_ci_high"));
            }
            double shares = r.<Double>getAs("positive_share") + r.<Double>getAs("negative_share") + r.<Double>getAs("neutral_share");
            assertEquals(1.0, shares, 1e-12);
        }
    }

    @Test
    void csvAggregateHasHeaderAndOneRowPerOutletDay() throws IOException {
        List<String> lines = Files.readAllLines(out.resolve("csv/by_outlet_date.csv"), StandardCharsets.UTF_8);
        assertEquals("outlet,date,articles,sentiment_mean,sentiment_ci_low,sentiment_ci_high,positive_share,"
                + "negative_share,neutral_share,sentiment_sd,title_sentiment_mean", lines.get(0));
        assertEquals(SharedSpark.get().read().parquet(out.resolve("by_outlet_date").toString()).count(), lines.size() - 1);
    }

    @Test
    void independentParquetReaderAgreesWithTheContract() throws Exception {
        Path tool = ROOT.resolve("../shared/tools/check-output").normalize();
        assumeTrue(Files.isExecutable(tool) || CI, "../shared/tools/check-output not present: contract check skipped");
        assertTrue(Files.isExecutable(tool), "CI must provide ../shared/tools/check-output beside the clone");
        Process p = new ProcessBuilder(tool.toString(), out.toString(), "articles", "by_outlet_date", "rejects")
                .redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), text);
    }

    @Test
    void notebookExecutesOnTheOutput() throws Exception {
        boolean haveJupyter = new ProcessBuilder("/usr/bin/python3", "-c", "import nbconvert, pandas, matplotlib")
                .start().waitFor() == 0;
        assumeTrue(haveJupyter || CI, "Jupyter nbconvert with pandas and matplotlib not installed: notebook test skipped (.ci/run installs them)");
        Path executed = tmp.resolve("executed.ipynb");
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/python3", "-m", "nbconvert", "--to", "notebook", "--execute",
                "--ExecutePreprocessor.kernel_name=python3", "--output", executed.toString(),
                ROOT.resolve("notebooks/sentiment_over_time.ipynb").toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("SLANT_OUTPUT", out.toString());
        pb.environment().put("PYDEVD_DISABLE_FILE_VALIDATION", "1");
        Process p = pb.start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), text);
        assertTrue(Files.size(out.resolve("sentiment_over_time.png")) > 10_000, "the chart was drawn");
    }

    private static String canonical(String outlet) {
        return new org.slant.ingest.OutletNames(java.util.Map.of("dailyledger", "thedailyledger")).canonical(outlet).orElseThrow();
    }
}
