package org.slant.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.spark.SharedSpark;

/**
 * Exit codes of {@code analyze} for errors found once Spark runs, in this JVM on the shared session:
 * the command reuses it (so {@code --master local[2]} only names what is already running) and must
 * leave it running for the tests after it.
 */
@Tag("spark")
class AnalyzeExitCodeTest {
    /** Started before the command, so the command finds it instead of starting a session of its own. */
    private final SparkSession spark = SharedSpark.get();

    @TempDir
    Path tmp;

    private InProcessCli.Result analyze(Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("analyze", "--master", "local[2]", "--output", out.toString()));
        args.addAll(List.of(more));
        return InProcessCli.run(args.toArray(String[]::new));
    }

    @AfterEach
    void theSharedSessionOutlivesTheCommand() {
        assertFalse(spark.sparkContext().isStopped(), "the command stopped a session it did not start");
        assertEquals(1, spark.range(1).count());
    }

    @Test
    void badConfigurationFilesExitTwoNamingFlagFileAndLineAndWriteNothing() throws Exception {
        Path out = tmp.resolve("out");
        Path badYaml = tmp.resolve("targets.yaml");
        Files.writeString(badYaml, "version: 1\ntargets:\n  - id: ukraine_aid\n    aliasez: [aid]\n");
        var r = analyze(out, "--input", "datasets/sample", "--targets", badYaml.toString());
        assertEquals(2, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("--targets") && r.stderr().contains("targets.yaml:4"), r.stderr());
        assertFalse(Files.exists(out), "a configuration error writes nothing");

        Path badFrames = tmp.resolve("frames.tsv");
        Files.writeString(badFrames, "economic\ttax*\t2\nnot_a_frame\tfoo\t1\n");
        r = analyze(out, "--input", "datasets/sample", "--frames", badFrames.toString());
        assertEquals(2, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("--frames") && r.stderr().contains("frames.tsv:2"), r.stderr());
        assertFalse(Files.exists(out), "a configuration error writes nothing");

        Path badOutlets = tmp.resolve("outlets.csv");
        Files.writeString(badOutlets, "variant,outlet\nonly-one-column\n");
        r = analyze(out, "--input", "datasets/sample", "--outlets", badOutlets.toString());
        assertEquals(2, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("--outlets") && r.stderr().contains("line 2"), r.stderr());
        assertFalse(Files.exists(out), "a configuration error writes nothing");
    }

    @Test
    void missingInputExitsThreeNamingIt() {
        Path out = tmp.resolve("out");
        var r = analyze(out, "--input", tmp.resolve("nowhere").toString());
        assertEquals(3, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("--input " + tmp.resolve("nowhere")) && r.stderr().contains("no such file"), r.stderr());
        assertFalse(Files.exists(out), "a missing input writes nothing");
    }

    @Test
    void aFolderWithoutArticleFilesExitsThreeSayingWhatWasSkipped() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("README.md"), "# not an article\n");
        Path out = tmp.resolve("out");
        var r = analyze(out, "--input", in.toString());
        assertEquals(3, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("no article files found (skipped as not articles: 1)"), r.stderr());
        assertFalse(Files.exists(out), "an input without articles writes nothing");
    }

    @Test
    void tooManyRejectsExitFourCommittingNothingAndAHigherLimitExitsZero() throws Exception {
        Path out = tmp.resolve("out");
        Path bad = tmp.resolve("bad.jsonl");
        Files.writeString(bad, "oops\n{\"text\":\"x\",\"published\":\"2024-10-09\",\"outlet\":\"A\"}\n[1]\n");
        var r = analyze(out, "--input", bad.toString());
        assertEquals(4, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("2 of 3 records rejected") && r.stderr().contains("--max-reject-ratio 0.5"), r.stderr());
        // The reasons read on the same line, not as escaped line breaks.
        assertTrue(r.stderr().matches("(?s).*Most common reasons: \\d+ × [^;]+; \\d+ × .*") && !r.stderr().contains("\\u000A"),
                r.stderr());
        assertFalse(Files.exists(out.resolve("articles")), "nothing is committed when the ratio is exceeded");
        assertFalse(Files.exists(out.resolve("manifest.json")), "nothing is committed when the ratio is exceeded");

        r = analyze(out, "--input", bad.toString(), "--max-reject-ratio", "0.9");
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(Files.exists(out.resolve("articles")));
        assertEquals(1, spark.read().parquet(out.resolve("articles").toString()).count());
        assertEquals(2, spark.read().parquet(out.resolve("rejects").toString()).count());
    }
}
