package org.slant.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.output.OutputLock;

/**
 * {@code analyze} refusals that happen before Spark starts, in this JVM: each returns within seconds
 * (a Spark session would take far longer) and writes nothing.
 */
class AnalyzeCommandTest {
    @TempDir
    Path tmp;

    private Path in;

    @BeforeEach
    void corpus() throws Exception {
        in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.jsonl"), "{\"text\":\"Fine.\",\"published\":\"2024-10-09\",\"outlet\":\"A\"}\n");
    }

    private record Run(int exitCode, String stderr) {
    }

    private static Run run(String... args) {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(args);
            return new Run(code, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(saved);
        }
    }

    @Test
    void yearsOutsideFourDigitsAreRefused() {
        Path out = tmp.resolve("out");
        for (String bad : List.of("+10000-01-01", "0000-12-31", "-0001-01-01")) {
            Run r = run("analyze", "--input", in.toString(), "--output", out.toString(), "--from", "2024-10-01", "--to", bad);
            assertEquals(2, r.exitCode(), r.stderr());
            assertTrue(r.stderr().contains("--to") && r.stderr().contains("0001 to 9999"), r.stderr());
        }
        assertFalse(Files.exists(out));
    }

    @Test
    void anOutputLockedByAnotherRunExitsFiveNamingTheHolder() throws Exception {
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        try (OutputLock other = OutputLock.acquire(FileSystem.getLocal(new Configuration()),
                new org.apache.hadoop.fs.Path(out.toUri()), "20241009T000000Z-holder", Instant.now(), System.err)) {
            Run r = run("analyze", "--input", in.toString(), "--output", out.toString());
            assertEquals(5, r.exitCode(), r.stderr());
            assertTrue(r.stderr().contains("locked by run 20241009T000000Z-holder"), r.stderr());
            try (Stream<Path> all = Files.walk(out)) {
                assertEquals(List.of(out, out.resolve("_staging"), out.resolve("_staging/_LOCK")), all.sorted().toList());
            }
        }
    }

    @Test
    void refusedOutputsExitTwoAndCreateNothing() throws Exception {
        Run inside = run("analyze", "--input", in.toString(), "--output", in.resolve("out").toString());
        assertEquals(2, inside.exitCode(), inside.stderr());
        assertTrue(inside.stderr().contains("inside --input"), inside.stderr());
        assertFalse(Files.exists(in.resolve("out")));

        Run same = run("analyze", "--input", in.toString(), "--output", in.toString());
        assertEquals(2, same.exitCode(), same.stderr());

        Path file = Files.writeString(tmp.resolve("file"), "x");
        Run onFile = run("analyze", "--input", in.toString(), "--output", file.toString());
        assertEquals(2, onFile.exitCode(), onFile.stderr());
        assertTrue(onFile.stderr().contains("is a file"), onFile.stderr());

        Run proc = run("analyze", "--input", in.toString(), "--output", "/proc/slant-out");
        assertEquals(2, proc.exitCode(), proc.stderr());

        Path home = Files.createDirectories(tmp.resolve("home"));
        Files.writeString(home.resolve("notes.txt"), "mine");
        Run foreign = run("analyze", "--input", in.toString(), "--output", home.toString());
        assertEquals(2, foreign.exitCode(), foreign.stderr());
        assertTrue(foreign.stderr().contains("not a slant output"), foreign.stderr());
        try (Stream<Path> all = Files.list(home)) {
            assertEquals(1, all.count());
        }
    }

    @Test
    void helpListsTheExitCodes() {
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Main.run("analyze", "--help"));
        } finally {
            System.setOut(saved);
        }
        String help = out.toString(StandardCharsets.UTF_8);
        assertTrue(help.contains("Exit codes:") && help.contains("5   output locked"), help);
    }

    @Test
    void anEmptyInputPathIsAUsageErrorAndCreatesNothing() {
        Path out = tmp.resolve("out");
        Run r = run("analyze", "--input", "", "--output", out.toString());
        assertEquals(2, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("--input: empty path"), r.stderr());
        assertFalse(r.stderr().contains("\tat "), "no stack trace: " + r.stderr());
        assertFalse(Files.exists(out));
    }

    @Test
    void userFilesAndInputsAreCheckedBeforeAnythingIsCreated() throws Exception {
        Path out = tmp.resolve("out");
        Path targets = tmp.resolve("targets.yaml");
        Files.writeString(targets, "targets:\n  - id: x\n    colour: red\n");
        Run r = run("analyze", "--input", in.toString(), "--output", out.toString(), "--targets", targets.toString());
        assertEquals(2, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("--targets " + targets), r.stderr());
        assertFalse(Files.exists(out), "a bad --targets file creates no output folder");

        r = run("analyze", "--input", tmp.resolve("nowhere").toString(), "--output", out.toString());
        assertEquals(3, r.exitCode(), r.stderr());
        assertFalse(Files.exists(out), "a missing input creates no output folder");
    }
}
