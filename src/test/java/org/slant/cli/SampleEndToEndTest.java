package org.slant.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slant.spark.SharedSpark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Runs the command line on the bundled sample corpus, as README tells researchers to, and checks
 * every table against the corpus's documented expectations ({@code datasets/sample-expected.json}),
 * against an independent Parquet reader, through the notebooks, and through the report in a real browser.
 * The command runs in this JVM on the shared session, which saves a JVM and a Spark start;
 * {@link ExitCodeTest} runs it as its own process.
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

    @ParameterizedTest
    @CsvSource({"sentiment_over_time,sentiment_over_time.png", "stance_by_outlet,stance_by_outlet.png",
            "frames_by_outlet,frames_by_outlet.png"})
    void notebookExecutesOnTheOutput(String notebook, String chart) throws Exception {
        boolean haveJupyter = new ProcessBuilder("/usr/bin/python3", "-c", "import nbconvert, pandas, matplotlib")
                .start().waitFor() == 0;
        assumeTrue(haveJupyter || CI, "Jupyter nbconvert with pandas and matplotlib not installed: notebook test skipped (.ci/run installs them)");
        Path executed = tmp.resolve(notebook + "-executed.ipynb");
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/python3", "-m", "nbconvert", "--to", "notebook", "--execute",
                "--ExecutePreprocessor.kernel_name=python3", "--output", executed.toString(),
                ROOT.resolve("notebooks/" + notebook + ".ipynb").toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("SLANT_OUTPUT", out.toString());
        pb.environment().put("PYDEVD_DISABLE_FILE_VALIDATION", "1");
        Process p = pb.start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), text);
        assertTrue(Files.size(out.resolve(chart)) > 10_000, "the chart was drawn");
    }

    @Test
    @Tag("subprocess")
    void reportRendersOfflineInChromiumAndNamesEveryOutletAndTarget() throws Exception {
        InProcessCli.Result r = InProcessCli.run("report", "--output", out.toString());
        assertEquals(0, r.exitCode(), r.stderr());
        Path page = out.resolve("report/index.html");
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertTrue(html.length() < 5_000_000, html.length() + " characters");
        assertFalse(Pattern.compile("(?i)\\b(src|href|action)\\s*=\\s*[\"']?\\s*(https?:|//)").matcher(html).find(),
                "the page refers to nothing it would have to load");

        Optional<String> chromium = Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser")
                .filter(p -> Files.isExecutable(Path.of(p))).findFirst();
        assumeTrue(chromium.isPresent() || CI, "chromium not installed: report rendering skipped (.ci/run installs it)");
        assertTrue(chromium.isPresent(), "CI must have chromium (.ci/run installs it)");
        Path shots = Files.createDirectories(ROOT.resolve("target/report-test"));
        Path png = shots.resolve("sample-report.png");
        Files.deleteIfExists(png);
        // A proxy pointing nowhere: any request the page made would fail and be reported.
        List<String> common = List.of(chromium.get(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                "--user-data-dir=" + tmp.resolve("chromium-profile"), "--proxy-server=127.0.0.1:9",
                "--virtual-time-budget=5000", "--window-size=1400,2400", "--enable-logging=stderr", "--v=0");
        String url = page.toUri().toString();
        Browser shot = browse(common, "--screenshot=" + png, url);
        Browser dom = browse(common, "--dump-dom", url);
        for (Browser b : List.of(shot, dom)) {
            for (String line : b.log().split("\n")) {
                assertFalse(line.contains("CONSOLE") && line.matches(".*(violates|Failed to load|Uncaught|net::ERR|Error).*"), line);
            }
        }
        assertTrue(dom.stdout().contains("data-rendered=\"true\""), "the drawing script ran to its end");
        Matcher errors = Pattern.compile("<pre id=\"report-errors\"[^>]*>(.*?)</pre>", Pattern.DOTALL).matcher(dom.stdout());
        assertTrue(errors.find());
        assertEquals("", errors.group(1), "no script error, blocked request or console error");
        assertTrue(dom.stdout().split("<canvas", -1).length > 8, "the charts were drawn");

        // A click on a matrix cell (pressed and released through ECharts' own event handler) lists its evidence.
        int end = html.lastIndexOf("</body>");
        Path clicked = tmp.resolve("clicked.html");
        Files.writeString(clicked, html.substring(0, end) + CLICK_FIRST_CELL + html.substring(end), StandardCharsets.UTF_8);
        String afterClick = browse(common, "--dump-dom", clicked.toUri().toString()).stdout();
        Matcher evidence = Pattern.compile("<div id=\"evidence\"[^>]*>(.*?)</div>", Pattern.DOTALL).matcher(afterClick);
        assertTrue(evidence.find());
        assertTrue(evidence.group(1).contains("<q>") && evidence.group(1).contains("positions)"), evidence.group(1));

        SparkSession spark = SharedSpark.get();
        for (String table : List.of("by_outlet_date", "by_outlet_date_target", "by_outlet_date_actor")) {
            String column = table.equals("by_outlet_date") ? "outlet" : "target";
            for (Row row : spark.read().parquet(out.resolve(table).toString()).select(column).distinct().collectAsList()) {
                assertTrue(dom.stdout().contains(">" + row.getString(0) + "<"), column + " " + row.getString(0) + " is named");
            }
        }

        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1400, image.getWidth());
        Set<Integer> colours = new HashSet<>();
        long inked = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                inked += rgb == 0xFFFFFF ? 0 : 1;
            }
        }
        long sampled = (long) (image.getWidth() / 2) * (image.getHeight() / 2);
        assertTrue(colours.size() > 50, colours.size() + " colours: charts in colour, not a blank page");
        assertTrue(inked > sampled / 20, inked + " of " + sampled + " sampled pixels not white");
    }

    private static final String CLICK_FIRST_CELL = """
            <script>
            setTimeout(function () {
              var c = echarts.getInstanceByDom(document.getElementById('chart-carried'));
              var data = JSON.parse(document.getElementById('slant-data').textContent);
              var o = data.carried[Object.keys(data.carried)[0]];
              var cell = o.cells.filter(function (x) { return x[2] + x[3] > 0; })[0];
              var px = c.convertToPixel({ seriesIndex: 0 }, [cell[0], cell[1]]);
              ['mousedown', 'mouseup', 'click'].forEach(function (n) {
                c.getZr().handler.dispatch(n, { zrX: px[0], zrY: px[1], offsetX: px[0], offsetY: px[1],
                  preventDefault: function () {}, stopPropagation: function () {} });
              });
            }, 100);
            </script>
            """;

    private record Browser(String stdout, String log) {
    }

    private static Browser browse(List<String> common, String... more) throws Exception {
        List<String> cmd = new ArrayList<>(common);
        cmd.addAll(List.of(more));
        Process p = new ProcessBuilder(cmd).start();
        CompletableFuture<String> log = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        String stdout = read(p.getInputStream());
        assertTrue(p.waitFor(3, TimeUnit.MINUTES), "chromium finished");
        assertEquals(0, p.exitValue(), log.get());
        return new Browser(stdout, log.get());
    }

    private static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String canonical(String outlet) {
        return new org.slant.ingest.OutletNames(java.util.Map.of("dailyledger", "thedailyledger")).canonical(outlet).orElseThrow();
    }
}
