package org.slant.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and messages of the real command line, each in its own JVM. */
@Tag("subprocess")
class ExitCodeTest {
    @TempDir
    Path tmp;

    private static final Path ROOT = Path.of("").toAbsolutePath();

    @Test
    void usageErrorsExitTwoNamingTheFlagAndWriteNothing() throws Exception {
        Path out = tmp.resolve("out");
        var r = CommandLineRunner.run(ROOT, "analyze", "--input", "datasets/sample", "--output", out.toString(),
                "--granularity", "hour");
        assertEquals(2, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("--granularity"), r.stderr());
        assertFalse(Files.exists(out));

        r = CommandLineRunner.run(ROOT, "analyze", "--output", out.toString());
        assertEquals(2, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("--input"), r.stderr());

        r = CommandLineRunner.run(ROOT, "analyze", "--input", "datasets/sample", "--output", out.toString(),
                "--timezone", "Mars/Olympus", "--from", "2024-10-10");
        assertEquals(2, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("--timezone"), r.stderr());

        r = CommandLineRunner.run(ROOT, "analyze", "--input", "datasets/sample", "--output", out.toString(),
                "--from", "2024-10-10", "--to", "2024-10-01");
        assertEquals(2, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("--from"), r.stderr());

        r = CommandLineRunner.run(ROOT, "analyze", "--input", "datasets/sample", "--output", out.toString(),
                "--field", "body=text");
        assertEquals(2, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("--field"), r.stderr());

        Path badYaml = tmp.resolve("targets.yaml");
        Files.writeString(badYaml, "version: 1\ntargets:\n  - id: ukraine_aid\n    aliasez: [aid]\n");
        r = CommandLineRunner.run(ROOT, "analyze", "--input", "datasets/sample", "--output", out.toString(),
                "--targets", badYaml.toString());
        assertEquals(2, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("--targets") && r.stderr().contains("targets.yaml:4"), r.stderr());

        Path badFrames = tmp.resolve("frames.tsv");
        Files.writeString(badFrames, "economic\ttax*\t2\nnot_a_frame\tfoo\t1\n");
        r = CommandLineRunner.run(ROOT, "analyze", "--input", "datasets/sample", "--output", out.toString(),
                "--frames", badFrames.toString());
        assertEquals(2, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("--frames") && r.stderr().contains("frames.tsv:2"), r.stderr());

        Path badOutlets = tmp.resolve("outlets.csv");
        Files.writeString(badOutlets, "variant,outlet\nonly-one-column\n");
        r = CommandLineRunner.run(ROOT, "analyze", "--input", "datasets/sample", "--output", out.toString(),
                "--outlets", badOutlets.toString());
        assertEquals(2, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("--outlets") && r.stderr().contains("line 2"), r.stderr());
        assertFalse(Files.exists(out.resolve("articles")), "a configuration error writes nothing");

        r = CommandLineRunner.run(ROOT, "frobnicate");
        assertEquals(2, r.exitCode(), r.stderr());
        assertFalse(Files.exists(out));
    }

    @Test
    void missingInputExitsThreeAndTooManyRejectsExitFour() throws Exception {
        Path out = tmp.resolve("out");
        var r = CommandLineRunner.run(ROOT, "analyze", "--input", tmp.resolve("nowhere").toString(), "--output", out.toString());
        assertEquals(3, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("nowhere"), r.stderr());

        Path bad = tmp.resolve("bad.jsonl");
        Files.writeString(bad, "oops\n{\"text\":\"x\",\"published\":\"2024-10-09\",\"outlet\":\"A\"}\n[1]\n");
        r = CommandLineRunner.run(ROOT, "analyze", "--input", bad.toString(), "--output", out.toString());
        assertEquals(4, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("--max-reject-ratio"), r.stderr());
        assertFalse(Files.exists(out.resolve("articles")), "nothing is committed when the ratio is exceeded");

        r = CommandLineRunner.run(ROOT, "analyze", "--input", bad.toString(), "--output", out.toString(),
                "--max-reject-ratio", "0.9");
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(Files.exists(out.resolve("articles")));
    }
}
