package org.slant.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Flag errors {@code analyze} refuses before Spark starts, in this JVM: exit 2, a message naming the
 * flag, and no output folder. (Errors in the files named by flags, found once Spark runs, are in
 * {@link AnalyzeExitCodeTest}; the real process's exit status in {@link ExitCodeTest}.)
 */
class UsageErrorTest {
    @TempDir
    Path tmp;

    private static final String SAMPLE = "datasets/sample";

    private Path out() {
        return tmp.resolve("out");
    }

    private InProcessCli.Result refused(String flag, String... args) {
        InProcessCli.Result r = InProcessCli.run(args);
        assertEquals(2, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains(flag), r.stderr());
        assertFalse(Files.exists(out()), "a usage error writes nothing");
        return r;
    }

    @Test
    void anUnknownGranularityIsRefused() {
        refused("--granularity", "analyze", "--input", SAMPLE, "--output", out().toString(), "--granularity", "hour");
    }

    @Test
    void aMissingInputFlagIsRefused() {
        refused("--input", "analyze", "--output", out().toString());
    }

    @Test
    void anUnknownTimezoneIsRefused() {
        refused("--timezone", "analyze", "--input", SAMPLE, "--output", out().toString(),
                "--timezone", "Mars/Olympus", "--from", "2024-10-10");
    }

    @Test
    void aWindowEndingBeforeItStartsIsRefused() {
        refused("--from", "analyze", "--input", SAMPLE, "--output", out().toString(),
                "--from", "2024-10-10", "--to", "2024-10-01");
    }

    @Test
    void aFieldMappedToAnUnknownCanonicalNameIsRefused() {
        refused("--field", "analyze", "--input", SAMPLE, "--output", out().toString(), "--field", "body=text");
    }

    @Test
    void aFieldWithoutEqualsSignIsRefusedInPlainWords() {
        InProcessCli.Result r = refused("--field", "analyze", "--input", SAMPLE, "--output", out().toString(), "--field", "body");
        assertTrue(r.stderr().contains("slant: Value for option '--field' (CANONICAL=COLUMN) should be in KEY=VALUE format but was body"),
                r.stderr());
        assertFalse(r.stderr().contains("option option"), r.stderr());
    }

    @Test
    void anArticleUnitIsForStanceAlone() {
        refused("--unit", "train", "--task", "sentiment", "--unit", "article", "--data", "datasets/labeled/stance_dev.tsv",
                "--model", out().toString());
        refused("--unit", "train", "--task", "stance", "--unit", "paragraph", "--data", "datasets/labeled/stance_dev.tsv",
                "--model", out().toString());
    }

    @Test
    void anUnknownCommandIsRefused() {
        refused("frobnicate", "frobnicate");
    }
}
