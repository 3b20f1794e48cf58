package org.slant.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.output.OutputLock;

/**
 * The process exit status of the real command line, one JVM per exit code: what a scheduler sees. Each
 * refusal is one {@code slant:} line without a stack trace; only "anything else" (1) adds the trace.
 * The cases behind each code are tested in this JVM by {@link UsageErrorTest}, {@link AnalyzeCommandTest}
 * and {@link AnalyzeExitCodeTest}.
 */
@Tag("subprocess")
class ExitCodeTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Pattern TRACE = Pattern.compile("(?m)^\\s*(at [\\w$.]+\\(|Caused by:|\\.\\.\\. \\d+ more)");

    @TempDir
    Path tmp;

    private Path in;
    private Path out;

    @BeforeEach
    void corpus() throws Exception {
        in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.jsonl"), "{\"text\":\"Fine.\",\"published\":\"2024-10-09\",\"outlet\":\"A\"}\n");
        out = tmp.resolve("out");
    }

    /** A progress line: {@code slant: }, the time since the start, the stage. */
    private static final Pattern PROGRESS = Pattern.compile("^slant: \\d+:\\d\\d(:\\d\\d)? [a-z]");

    /** slant's own lines on stderr, log and progress lines aside. */
    private static List<String> own(CommandLineRunner.Result r) {
        return r.stderr().lines().filter(l -> l.startsWith("slant:") && !PROGRESS.matcher(l).find()).toList();
    }

    /** The one line of stderr from slant itself (log and progress lines aside), checked to be free of a stack trace. */
    private static String message(CommandLineRunner.Result r) {
        assertFalse(TRACE.matcher(r.stderr()).find(), "no stack trace:\n" + r.stderr());
        List<String> own = own(r);
        assertEquals(1, own.size(), r.stderr());
        return own.get(0);
    }

    @Test
    void successExitsZeroWithTheSummaryOnStdout() throws Exception {
        var r = CommandLineRunner.run(ROOT, "analyze", "--input", in.toString(), "--output", out.toString(), "--quiet");
        assertEquals(0, r.exitCode(), r.stderr());
        List<String> stdout = r.stdout().lines().toList();
        assertEquals(1, stdout.size(), "one line for scripts:\n" + r.stdout());
        assertTrue(stdout.get(0).startsWith("slant: run ") && stdout.get(0).contains("1 records read, 1 articles, 0 rejected")
                && stdout.get(0).contains("; output in ") && stdout.get(0).endsWith(out.toString()),
                stdout.get(0));
        assertFalse(r.stderr().contains("slant:"), "--quiet: no progress, and the summary is not repeated:\n" + r.stderr());
        assertTrue(Files.exists(out.resolve("manifest.json")) && Files.exists(out.resolve("articles")), "the output is committed");
    }

    @Test
    void anUnexpectedFailureExitsOneWithItsTrace() throws Exception {
        // No usage check covers a malformed master URL: Spark refuses it when the session starts.
        var r = CommandLineRunner.run(ROOT, "analyze", "--input", in.toString(), "--output", out.toString(),
                "--master", "local[two]");
        assertEquals(1, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("slant: Could not parse Master URL: 'local[two]'"), r.stderr());
        assertTrue(TRACE.matcher(r.stderr()).find(), "exit 1 comes with the trace to report:\n" + r.stderr());
        assertFalse(Files.exists(out), "the output folder it created is removed again");
    }

    @Test
    void aUsageErrorExitsTwoNamingTheFlag() throws Exception {
        var r = CommandLineRunner.run(ROOT, "analyze", "--input", in.toString(), "--output", out.toString(),
                "--granularity", "hour");
        assertEquals(2, r.exitCode(), r.stderr());
        assertEquals("slant: --granularity: 'hour' is not one of day|week|month", message(r));
        assertFalse(Files.exists(out));
    }

    @Test
    void aMissingInputExitsThreeNamingIt() throws Exception {
        Path nowhere = tmp.resolve("nowhere");
        var r = CommandLineRunner.run(ROOT, "analyze", "--input", nowhere.toString(), "--output", out.toString());
        assertEquals(3, r.exitCode(), r.stderr());
        assertEquals("slant: --input " + nowhere + ": no such file or folder", message(r));
        assertFalse(Files.exists(out));
    }

    @Test
    void tooManyRejectsExitFourCommittingNothing() throws Exception {
        Path bad = tmp.resolve("bad.jsonl");
        Files.writeString(bad, "oops\n{\"text\":\"x\",\"published\":\"2024-10-09\",\"outlet\":\"A\"}\n[1]\n");
        var r = CommandLineRunner.run(ROOT, "analyze", "--input", bad.toString(), "--output", out.toString());
        assertEquals(4, r.exitCode(), r.stderr());
        String line = message(r);
        assertTrue(line.startsWith("slant: 2 of 3 records rejected") && line.contains("--max-reject-ratio 0.5"), line);
        assertFalse(Files.exists(out.resolve("articles")) || Files.exists(out.resolve("manifest.json")),
                "nothing is committed when the ratio is exceeded");
    }

    @Test
    void anOutputLockedByAnotherRunExitsFive() throws Exception {
        Files.createDirectories(out);
        // Held by this JVM, a live process on the same host: never stale for the run below.
        try (OutputLock other = OutputLock.acquire(FileSystem.getLocal(new Configuration()),
                new org.apache.hadoop.fs.Path(out.toUri()), "20241009T000000Z-holder", Instant.now(), System.err)) {
            var r = CommandLineRunner.run(ROOT, "analyze", "--input", in.toString(), "--output", out.toString());
            assertEquals(5, r.exitCode(), r.stderr());
            String line = message(r);
            assertTrue(line.contains(out.toString()) && line.contains(" is locked by run 20241009T000000Z-holder"), line);
            try (Stream<Path> all = Files.walk(out)) {
                assertEquals(List.of(out, out.resolve("_staging"), out.resolve("_staging/_LOCK")), all.sorted().toList());
            }
        }
    }
}
