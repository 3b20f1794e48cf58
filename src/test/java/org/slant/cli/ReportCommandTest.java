package org.slant.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code slant report}'s refusals, in this JVM: the exit code of each kind, a message naming the folder or flag, no page. */
class ReportCommandTest {
    @TempDir
    Path tmp;

    private InProcessCli.Result refused(int code, String expected, String... args) {
        InProcessCli.Result r = InProcessCli.run(args);
        assertEquals(code, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains(expected), r.stderr());
        return r;
    }

    @Test
    void aMissingFolderIsMissingInput() {
        Path missing = tmp.resolve("nothing-here");
        refused(3, missing + ": no such folder", "report", "--output", missing.toString());
    }

    @Test
    void aFolderThatIsNotAnAnalyzeOutputIsAUsageErrorNamingIt() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("photos"));
        refused(2, folder + " is not an analyze output folder (it has no manifest.json)", "report", "--output", folder.toString());
        assertFalse(Files.exists(folder.resolve("report")), "nothing written");
    }

    @Test
    void anOutputWithoutItsAggregatesIsAUsageError() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("old"));
        Files.writeString(folder.resolve("manifest.json"), "{}");
        refused(2, "it has no by_outlet_date/", "report", "--output", folder.toString());
    }

    @Test
    void aFileIsNotAFolder() throws Exception {
        Path file = Files.writeString(tmp.resolve("manifest.json"), "{}");
        refused(2, "is a file", "report", "--output", file.toString());
    }

    @Test
    void badFlagsAreUsageErrors() {
        String out = tmp.toString();
        refused(2, "--granularity", "report", "--output", out, "--granularity", "hour");
        refused(2, "--from", "report", "--output", out, "--from", "2024-13-01");
        refused(2, "--from 2024-10-10 is after --to 2024-10-01", "report", "--output", out, "--from", "2024-10-10", "--to", "2024-10-01");
        refused(2, "--targets", "report", "--output", out, "--targets", ",");
        refused(2, "--output", "report");
    }
}
