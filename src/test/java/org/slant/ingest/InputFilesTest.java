package org.slant.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.failure.InputException;
import org.slant.failure.UsageException;
import org.slant.config.InputFormat;
import org.slant.ingest.Reject;

/** Listing --input on the local file system: each real file once, links and special files handled. */
class InputFilesTest {
    @TempDir
    Path tmp;

    private final Configuration conf = new Configuration();

    private InputFiles.Listing list(String... inputs) {
        return InputFiles.list(List.of(inputs), InputFormat.AUTO, conf);
    }

    private static String name(Path p) {
        return "file:" + p.toAbsolutePath();
    }

    private Path article(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "{\"id\":\"" + file.getFileName() + "\",\"text\":\"x\",\"published\":\"2024-10-09\"}\n");
    }

    @Test
    void aSymlinkLoopIsListedOnceAndEndsUnderTheRealPath() throws IOException {
        Path in = tmp.resolve("in");
        Path a = article(in.resolve("a.jsonl"));
        Path b = article(in.resolve("sub/b.jsonl"));
        Path c = article(in.resolve("sub/deeper/c.jsonl"));
        Files.createSymbolicLink(in.resolve("sub/deeper/up"), Path.of("../.."));
        Files.createSymbolicLink(in.resolve("loop"), Path.of("."));
        // A link to a file beside it, sorted before it: the file is still listed under its own name.
        Files.createSymbolicLink(in.resolve("0-latest.jsonl"), Path.of("a.jsonl"));

        InputFiles.Listing l = list(in.toString());
        assertEquals(List.of(name(a), name(b), name(c)), l.lineFiles());
        assertEquals(List.of(), l.rejects());
        assertEquals(Files.size(a) + Files.size(b) + Files.size(c), l.bytes());

        // Naming the same folder twice, or through a link, lists nothing twice.
        Files.createSymbolicLink(tmp.resolve("alias"), in);
        assertEquals(List.of(name(a), name(b), name(c)), list(in.toString(), tmp.resolve("alias").toString(), in + "/*").lineFiles());
    }

    @Test
    void aLinkedFolderOutsideTheInputIsReadUnderTheLinkName() throws IOException {
        Path in = tmp.resolve("in");
        article(in.resolve("a.jsonl"));
        Path elsewhere = article(tmp.resolve("archive/old.jsonl"));
        Files.createSymbolicLink(in.resolve("archive"), elsewhere.getParent());
        assertTrue(list(in.toString()).lineFiles().contains(name(in.resolve("archive/old.jsonl"))));
    }

    @Test
    void aDanglingLinkIsARejectNamingIt() throws IOException {
        Path in = tmp.resolve("in");
        Path a = article(in.resolve("a.jsonl"));
        Path dead = Files.createSymbolicLink(in.resolve("gone.jsonl"), tmp.resolve("moved-away.jsonl"));
        Path self = Files.createSymbolicLink(in.resolve("self.jsonl"), Path.of("self.jsonl"));

        InputFiles.Listing l = list(in.toString());
        assertEquals(List.of(name(a)), l.lineFiles());
        assertEquals(2, l.rejects().size(), l.rejects().toString());
        Reject gone = l.rejects().get(0);
        assertEquals(name(dead), gone.source());
        assertEquals("file", gone.location());
        assertEquals("dangling symbolic link (target missing): " + tmp.resolve("moved-away.jsonl"), gone.reason());
        assertEquals(name(self), l.rejects().get(1).source());
        assertTrue(l.rejects().get(1).reason().startsWith("symbolic link cannot be followed"), l.rejects().get(1).reason());
    }

    @Test
    void fifosAndDevicesAreSkippedNotRead() throws Exception {
        Path in = tmp.resolve("in");
        Path a = article(in.resolve("a.jsonl"));
        Path fifo = in.resolve("pipe.jsonl");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is available");

        InputFiles.Listing l = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> list(in.toString(), "/dev/zero"));
        assertEquals(List.of(name(a)), l.lineFiles());
        assertEquals(List.of(name(fifo) + " (FIFO)", "file:/dev/zero (character device)"), l.skippedNotRegular());
        assertEquals(List.of("slant: skipped (not a regular file): " + name(fifo) + " (FIFO)",
                "slant: skipped (not a regular file): file:/dev/zero (character device)"), l.warnings());

        InputException alone = assertThrows(InputException.class, () -> list("/dev/zero"));
        assertTrue(alone.getMessage().contains("no article files found") && alone.getMessage().contains("/dev/zero"),
                alone.getMessage());
    }

    @Test
    void emptyFilesAreListedLikeAnyOther() throws IOException {
        Path in = tmp.resolve("in");
        Path empty = Files.write(Files.createDirectories(in).resolve("empty.csv"), new byte[0]);
        InputFiles.Listing l = list(in.toString());
        assertEquals(List.of(name(empty)), l.lineFiles());
        assertEquals(0, l.bytes());
    }

    @Test
    void anEmptyInputIsAUsageError() throws IOException {
        Path a = article(tmp.resolve("a.jsonl"));
        UsageException e = assertThrows(UsageException.class, () -> list(a.toString(), ""));
        assertEquals("--input: empty path", e.getMessage());
        assertThrows(UsageException.class, () -> list("   "));
    }

    @Test
    void aMissingInputIsAnInputError() {
        InputException e = assertThrows(InputException.class, () -> list(tmp.resolve("nope").toString()));
        assertTrue(e.getMessage().contains("no such file or folder"), e.getMessage());
    }

    @Test
    void hiddenAndMetadataNamesAreIgnoredAndDocsSkipped() throws IOException {
        Path in = tmp.resolve("in");
        Path a = article(in.resolve("a.jsonl"));
        article(in.resolve(".hidden/b.jsonl"));
        article(in.resolve("_temporary/c.jsonl"));
        Files.writeString(in.resolve("README.md"), "# notes\n");
        InputFiles.Listing l = list(in.toString());
        assertEquals(List.of(name(a)), l.lineFiles());
        assertEquals(List.of(name(in.resolve("README.md"))), l.skipped());
    }

    @Test
    void namesWithSpacesAndPercentSignsAreListedAsTheReadersOpenThem() throws IOException {
        Path in = tmp.resolve("my corpus");
        Path a = article(in.resolve("100% a b.jsonl"));
        InputFiles.Listing l = list(in.toString());
        assertEquals(List.of(name(a)), l.lineFiles());
        org.apache.hadoop.fs.Path listed = new org.apache.hadoop.fs.Path(l.files().get(0).path());
        try (var stream = listed.getFileSystem(conf).open(listed)) {
            assertTrue(stream.read() >= 0, "the listed name opens as the readers open it");
        }
        assertEquals(InputFormat.JSONL, l.files().get(0).format());
    }

    @Test
    void parquetFilesAreListedApart() throws IOException {
        Path in = tmp.resolve("in");
        Path a = article(in.resolve("a.jsonl"));
        Path p = Files.write(Files.createDirectories(in.resolve("t")).resolve("part-0.parquet"), new byte[] {1});
        InputFiles.Listing l = list(in.toString());
        assertEquals(List.of(name(a)), l.lineFiles());
        assertEquals(List.of(name(p)), l.parquetFiles());
        assertEquals(2, l.fileCount());
    }
}
