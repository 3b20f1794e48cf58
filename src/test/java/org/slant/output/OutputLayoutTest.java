package org.slant.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
        layout.commit(List.of("t"), LocalDate.of(2024, 10, 9), LocalDate.of(2024, 10, 10), List.of("manifest.json"));
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
        write(staging.resolve("_COMMIT"), "P\tt\nW\tmanifest.json\nEND\n");
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
    void windowsCompareDatesAsDatesNotAsText() throws Exception {
        write(out.resolve("t/date=2024-10-09/part-0"), "old 9");
        write(out.resolve("t/date=2024-10-10/part-0"), "old 10");
        OutputLayout layout = OutputLayout.prepare(out.toString(), new Configuration(), "run1");
        // As text "+10000-01-01" sorts before "2024-...", which kept every partition of this window.
        layout.commit(List.of("t"), LocalDate.of(2024, 10, 10), LocalDate.of(10000, 1, 1), List.of());
        layout.cleanUp();
        assertEquals("old 9", Files.readString(out.resolve("t/date=2024-10-09/part-0")));
        assertFalse(Files.exists(out.resolve("t/date=2024-10-10")));
    }

    /** What a run killed right after creating its journal, before writing it, left with the old code. */
    @Test
    void anEmptyJournalMeansTheCommitNeverStarted() throws Exception {
        assertKilledWhileJournalling("");
    }

    @Test
    void aTruncatedJournalMeansTheCommitNeverStarted() throws Exception {
        assertKilledWhileJournalling("P\tt\nW\tmanifest.js");
        assertKilledWhileJournalling("P\tt\nW\tmanifest.json\n");
    }

    private void assertKilledWhileJournalling(String journal) throws Exception {
        write(out.resolve("t/date=2024-10-09/part-0"), "old 9");
        write(out.resolve("manifest.json"), "old");
        Path staging = out.resolve("_staging/killed");
        write(staging.resolve("t/date=2024-10-09/part-0"), "new 9");
        write(staging.resolve("manifest.json"), "new");
        write(staging.resolve("_COMMIT"), journal);

        OutputLayout next = OutputLayout.prepare(out.toString(), new Configuration(), "next");
        assertEquals("old 9", Files.readString(out.resolve("t/date=2024-10-09/part-0")));
        assertEquals("old", Files.readString(out.resolve("manifest.json")));
        assertFalse(Files.exists(staging), "the uncommitted staging is removed");
        // And the output is usable again: the next run commits normally.
        write(Path.of(java.net.URI.create(next.staged("t"))).resolve("date=2024-10-09/part-0"), "next 9");
        next.commit(List.of("t"), null, null, List.of());
        next.cleanUp();
        assertEquals("next 9", Files.readString(out.resolve("t/date=2024-10-09/part-0")));
    }

    @Test
    void aJournalIsWholeOnceWrittenAndEndsWithItsMarker() throws Exception {
        OutputLayout.Journal j = new OutputLayout.Journal(List.of("a", "b"), LocalDate.of(2024, 10, 9),
                LocalDate.of(2024, 10, 10), List.of("manifest.json"));
        assertEquals(java.util.Optional.of(j), OutputLayout.Journal.parse(j.format()));
        String text = j.format();
        for (int cut = 0; cut < text.length() - 1; cut++) {
            assertTrue(OutputLayout.Journal.parse(text.substring(0, cut)).isEmpty(), "cut at " + cut);
        }
    }

    @Test
    void theLockAndOldSiblingsInStagingAreNotTakenForRuns() throws Exception {
        Path lock = out.resolve("_staging/_LOCK");
        write(lock, "run_id=other\n");
        Files.setLastModifiedTime(lock, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 3L * 86_400_000));
        OutputLayout.prepare(out.toString(), new Configuration(), "next").cleanUp();
        assertTrue(Files.exists(lock));
    }

    @Test
    void aTableLeftWithoutPartitionsKeepsItsEmptyFileUntilItHasPartitionsAgain() throws Exception {
        write(out.resolve("t/date=2024-10-09/part-0"), "old 9");
        OutputLayout first = OutputLayout.prepare(out.toString(), new Configuration(), "run1");
        Path staged1 = Path.of(java.net.URI.create(first.staged("t")));
        write(staged1.resolve(OutputLayout.EMPTY_TABLE), "schema");
        first.commit(List.of("t"), LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 31), List.of());
        first.cleanUp();
        assertEquals(List.of(OutputLayout.EMPTY_TABLE), names(out.resolve("t")));

        OutputLayout second = OutputLayout.prepare(out.toString(), new Configuration(), "run2");
        write(Path.of(java.net.URI.create(second.staged("t"))).resolve("date=2024-10-10/part-0"), "new 10");
        second.commit(List.of("t"), null, null, List.of());
        second.cleanUp();
        assertEquals(List.of("date=2024-10-10"), names(out.resolve("t")));
    }

    private static List<String> names(Path dir) throws Exception {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void anOutputThatIsAFileIsRefused() throws Exception {
        Path file = out.resolve("file");
        Files.writeString(file, "x");
        assertThrows(IllegalArgumentException.class, () -> OutputLayout.prepare(file.toString(), new Configuration(), "r"));
    }
}
