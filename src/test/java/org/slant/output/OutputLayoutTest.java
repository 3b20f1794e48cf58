package org.slant.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Staging, journalled commit and roll-forward on the local file system, without Spark. */
class OutputLayoutTest {
    @TempDir
    Path out;

    private static void write(Path file, String content) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    @Test
    void commitReplacesStagedAndCoveredPartitionsOnly() throws Exception {
        write(out.resolve("t/date=2024-10-08/part-0"), "old 8");
        write(out.resolve("t/date=2024-10-09/part-0"), "old 9");
        write(out.resolve("t/date=2024-10-10/part-0"), "old 10");
        write(out.resolve("manifest.json"), "old");
        OutputLayout layout = OutputLayout.prepare(out.toString(), new Configuration(), "run1");
        write(Path.of(layout.staged("t").replace("file:", "")).resolve("date=2024-10-09/part-0"), "new 9");
        layout.stageText("manifest.json", "new");
        // The window covers the 9th and 10th; the run produced only the 9th, so the 10th is stale.
        layout.commit(List.of("t"), "2024-10-09", "2024-10-10", List.of("manifest.json"));
        layout.cleanUp();
        assertEquals("old 8", Files.readString(out.resolve("t/date=2024-10-08/part-0")));
        assertEquals("new 9", Files.readString(out.resolve("t/date=2024-10-09/part-0")));
        assertFalse(Files.exists(out.resolve("t/date=2024-10-10")));
        assertEquals("new", Files.readString(out.resolve("manifest.json")));
        assertFalse(Files.exists(out.resolve("_staging")));
    }

    @Test
    void aCommitInterruptedPartWayIsCompletedByTheNextRun() throws Exception {
        write(out.resolve("t/date=2024-10-08/part-0"), "old 8");
        write(out.resolve("t/date=2024-10-09/part-0"), "old 9");
        write(out.resolve("manifest.json"), "old");
        // What a run that was killed after moving one of two partitions leaves behind.
        Path staging = out.resolve("_staging/dead");
        write(staging.resolve("t/date=2024-10-09/part-0"), "new 9");
        write(staging.resolve("manifest.json"), "new");
        write(staging.resolve("_COMMIT"), "P\tt\nW\tmanifest.json\n");
        Files.createDirectories(staging.resolve("_replaced/t"));
        Files.move(out.resolve("t/date=2024-10-08"), staging.resolve("_replaced/t/date=2024-10-08"));
        write(out.resolve("t/date=2024-10-08/part-0"), "new 8");

        OutputLayout.prepare(out.toString(), new Configuration(), "next").cleanUp();
        assertEquals("new 8", Files.readString(out.resolve("t/date=2024-10-08/part-0")));
        assertEquals("new 9", Files.readString(out.resolve("t/date=2024-10-09/part-0")));
        assertEquals("new", Files.readString(out.resolve("manifest.json")));
        assertFalse(Files.exists(staging));
    }

    @Test
    void aRunThatDiedBeforeCommittingLeavesNothingVisibleAndRecentStagingAlone() throws Exception {
        write(out.resolve("t/date=2024-10-08/part-0"), "old 8");
        Path staging = out.resolve("_staging/crashed");
        write(staging.resolve("t/date=2024-10-08/part-0"), "half-written");
        OutputLayout.prepare(out.toString(), new Configuration(), "next");
        assertEquals("old 8", Files.readString(out.resolve("t/date=2024-10-08/part-0")));
        // A recent staging area without a journal may belong to a live run: it is left until it is stale.
        assertTrue(Files.exists(staging));
    }

    @Test
    void anOutputThatIsAFileIsRefused() throws Exception {
        Path file = out.resolve("file");
        Files.writeString(file, "x");
        assertThrows(IllegalArgumentException.class, () -> OutputLayout.prepare(file.toString(), new Configuration(), "r"));
    }
}
