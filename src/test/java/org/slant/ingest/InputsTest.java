package org.slant.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.slant.config.InputFormat;

class InputsTest {
    @Test
    void formatFromName() {
        assertEquals(Optional.of(InputFormat.CSV), Inputs.formatOf("a.csv"));
        assertEquals(Optional.of(InputFormat.CSV), Inputs.formatOf("/data/x/A.CSV.GZ"));
        assertEquals(Optional.of(InputFormat.TSV), Inputs.formatOf("s3a://b/p/articles.tsv"));
        assertEquals(Optional.of(InputFormat.JSONL), Inputs.formatOf("a.jsonl"));
        assertEquals(Optional.of(InputFormat.JSONL), Inputs.formatOf("a.json.gz"));
        assertEquals(Optional.of(InputFormat.JSONL), Inputs.formatOf("a.ndjson"));
        assertEquals(Optional.of(InputFormat.TEXT), Inputs.formatOf("foxnews/story-1.txt"));
        assertEquals(Optional.of(InputFormat.PARQUET), Inputs.formatOf("part-00000-abc.snappy.parquet"));
        for (String notArticles : new String[] {"README", "README.md", "run.sh", "fetch.py", ".DS_Store",
            ".hidden.csv", "_SUCCESS", "a.csv.crc", "notes.gz", "", "dir/"}) {
            assertEquals(Optional.empty(), Inputs.formatOf(notArticles), notArticles);
        }
    }

    @Test
    void openUnzipsOnlyGz() throws IOException {
        byte[] plain = Read.utf8("id,text\n1,x\n");
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(buf)) {
            gz.write(plain);
        }
        try (InputStream in = Inputs.open(new ByteArrayInputStream(buf.toByteArray()), "x/a.CSV.GZ")) {
            assertArrayEquals(plain, in.readAllBytes());
        }
        try (InputStream in = Inputs.open(new ByteArrayInputStream(plain), "a.csv")) {
            assertArrayEquals(plain, in.readAllBytes());
        }
    }

    @Test
    void zeroByteGzReadsAsEmptyButAGarbledOneFails() throws IOException {
        try (InputStream in = Inputs.open(new ByteArrayInputStream(new byte[0]), "empty.jsonl.gz")) {
            assertEquals(-1, in.read());
        }
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        new GZIPOutputStream(buf).close();
        try (InputStream in = Inputs.open(new ByteArrayInputStream(buf.toByteArray()), "nothing.csv.gz")) {
            assertEquals(-1, in.read());
        }
        assertThrows(IOException.class, () -> Inputs.open(new ByteArrayInputStream(Read.utf8("not gzip")), "a.csv.gz"));
    }

    @Test
    void parentFolder() {
        assertEquals(Optional.of("foxnews"), Inputs.parentFolderName("/corpus/foxnews/a.txt"));
        assertEquals(Optional.of("bbc"), Inputs.parentFolderName("s3a://bucket/bbc/a.txt"));
        assertEquals(Optional.of("cnn"), Inputs.parentFolderName("C:\\corpus\\cnn\\a.txt"));
        assertEquals(Optional.empty(), Inputs.parentFolderName("a.txt"));
        assertEquals(Optional.empty(), Inputs.parentFolderName("s3a://bucket/a.txt"));
        assertEquals(Optional.empty(), Inputs.parentFolderName("/a.txt"));
        assertEquals(Optional.empty(), Inputs.parentFolderName("../a.txt"));
    }
}
