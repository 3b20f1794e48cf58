package org.slant.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.LocalInputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.config.InputFormat;
import org.slant.ingest.FieldMapping;
import org.slant.ingest.InputFile;
import org.slant.ingest.Readers;
import org.slant.ingest.ParquetFixtures;
import org.slant.ingest.RawRecord;
import org.slant.ingest.ReadResult;
import org.slant.ingest.Reject;

/** Reading a partition's files: a file that fails, even with a disk error, is a reject and the rest is read. */
class FileRecordsTest {
    @TempDir
    Path tmp;

    private final Configuration conf = FailingFileSystem.configure(new Configuration());

    private List<ReadResult> read(String... names) {
        List<ReadResult> out = new ArrayList<>();
        List<InputFile> files = java.util.Arrays.stream(names)
                .map(n -> new InputFile(n, Readers.detect(n), 0)).toList();
        try (FileRecords records = new FileRecords(files.stream().map(org.slant.ingest.FileSplit::whole).iterator(), new FieldMapping(), conf)) {
            records.forEachRemaining(out::add);
        }
        return out;
    }

    private static List<Reject> rejects(List<ReadResult> results) {
        return results.stream().filter(Reject.class::isInstance).map(Reject.class::cast).toList();
    }

    private static long records(List<ReadResult> results, String source) {
        return results.stream().filter(r -> r instanceof RawRecord && r.source().equals(source)).count();
    }

    private Path jsonl(String name, int lines) throws IOException {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            s.append("{\"id\":\"").append(name).append(i).append("\",\"text\":\"Some words.\",\"published\":\"2024-10-09\"}\n");
        }
        return Files.writeString(tmp.resolve(name), s);
    }

    @Test
    void aDiskErrorPartWayIsOneRejectAndTheNextFileIsStillRead() throws IOException {
        Path bad = jsonl("bad.jsonl", 200);
        Path good = jsonl("good.jsonl", 3);
        long half = Files.size(bad) / 2;
        conf.setLong("failing.from.bad.jsonl", half);

        String badName = FailingFileSystem.name(bad);
        String goodName = FailingFileSystem.name(good);
        List<ReadResult> out = read(badName, goodName);

        List<Reject> rejects = rejects(out);
        assertEquals(1, rejects.size(), out.toString());
        assertEquals(badName, rejects.get(0).source());
        assertTrue(rejects.get(0).reason().contains("Input/output error"), rejects.get(0).reason());
        assertTrue(rejects.get(0).location().startsWith("after line "), rejects.get(0).location());
        long before = records(out, badName);
        assertTrue(before >= 90 && before <= 100, "the lines before the bad sector are kept: " + before);
        assertEquals(3, records(out, goodName));
    }

    @Test
    void aDiskErrorOnOpenOrOnTheFirstByteMakesTheFileUnreadable() throws IOException {
        Path first = jsonl("first.jsonl", 2);
        Path gz = tmp.resolve("second.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Files.readAllBytes(first));
        }
        Path good = jsonl("good.jsonl", 1);
        conf.setBoolean("failing.open.first.jsonl", true);
        conf.setLong("failing.from.second.jsonl.gz", 0);

        List<ReadResult> out = read(FailingFileSystem.name(first), FailingFileSystem.name(gz), FailingFileSystem.name(good));
        List<Reject> rejects = rejects(out);
        assertEquals(2, rejects.size(), out.toString());
        for (Reject r : rejects) {
            assertEquals("file", r.location());
            assertEquals("unreadable: Input/output error", r.reason());
        }
        assertEquals(1, records(out, FailingFileSystem.name(good)));
    }

    @Test
    void aDiskErrorInsideAParquetFileIsARejectToo() throws IOException {
        Path pq = tmp.resolve("p.parquet");
        ParquetFixtures.write(pq, "message m { required binary text (STRING); required binary published (STRING); }", 30, 10,
                (g, i) -> g.append("text", "Article " + i).append("published", "2024-10-09"));
        long from;
        long to;
        try (ParquetFileReader r = ParquetFileReader.open(new LocalInputFile(pq))) {
            from = r.getRowGroups().get(1).getStartingPos();
            to = r.getRowGroups().get(2).getStartingPos() + r.getRowGroups().get(2).getCompressedSize();
        }
        conf.setLong("failing.from.p.parquet", from);
        conf.setLong("failing.to.p.parquet", to);
        Path good = jsonl("good.jsonl", 2);
        String name = FailingFileSystem.name(pq);

        List<ReadResult> out = read(name, FailingFileSystem.name(good));
        assertEquals(10, records(out, name), "the first row group is read before the bad one");
        List<Reject> rejects = rejects(out);
        assertEquals(1, rejects.size(), out.toString());
        assertEquals(name, rejects.get(0).source());
        assertTrue(rejects.get(0).reason().startsWith("read error part-way (rest of file not read): "), rejects.get(0).reason());
        assertEquals(2, records(out, FailingFileSystem.name(good)));
    }

    @Test
    void emptyFilesOfEveryFormatYieldNothing() throws IOException {
        Path csv = Files.writeString(tmp.resolve("header.csv"), "id,text,published\n");
        Path jsonl = Files.writeString(tmp.resolve("blank.jsonl"), "\n\n  \n");
        Path txt = Files.write(tmp.resolve("zero.txt"), new byte[0]);
        Path gz = Files.write(tmp.resolve("zero.csv.gz"), new byte[0]);
        Path emptyGz = tmp.resolve("nothing.jsonl.gz");
        new GZIPOutputStream(Files.newOutputStream(emptyGz)).close();
        List<ReadResult> out = read(List.of(csv, jsonl, txt, gz, emptyGz).stream().map(FailingFileSystem::name)
                .toArray(String[]::new));
        assertEquals(List.of(), out);
    }

    @Test
    void aCorruptParquetFileIsUnreadableAndTheOthersAreRead() throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad.parquet"), "PAR1 but then nothing a Parquet reader wants");
        Path ints = tmp.resolve("ints.parquet");
        ParquetFixtures.intIds(ints);
        Path strings = tmp.resolve("strings.parquet");
        ParquetFixtures.stringIdsAndOddNames(strings);
        List<ReadResult> out = read(FailingFileSystem.name(bad), FailingFileSystem.name(ints), FailingFileSystem.name(strings));
        List<Reject> rejects = rejects(out);
        assertEquals(1, rejects.size(), out.toString());
        assertEquals("file", rejects.get(0).location());
        assertTrue(rejects.get(0).reason().startsWith("unreadable: "), rejects.get(0).reason());
        assertEquals(3, records(out, FailingFileSystem.name(ints)));
        assertEquals(2, records(out, FailingFileSystem.name(strings)));
    }
    @Test
    void everyFileCountsOnceWithItsListedBytesAndBytesCountAsTheyAreRead() throws IOException {
        Path plain = jsonl("plain.jsonl", 2000);
        Path gz = tmp.resolve("packed.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Files.readAllBytes(jsonl("inner.jsonl", 20)));
        }
        Path ints = tmp.resolve("ints.parquet");
        ParquetFixtures.intIds(ints);
        List<InputFile> files = new ArrayList<>();
        for (Path p : List.of(plain, gz, ints)) {
            files.add(new InputFile(FailingFileSystem.name(p), Readers.detect(p.toString()), Files.size(p)));
        }
        // Gone since it was listed: still one file done, with the size it was listed with.
        files.add(new InputFile(FailingFileSystem.name(tmp.resolve("gone.jsonl")), InputFormat.JSONL, 1234));
        long listed = Files.size(plain) + Files.size(gz) + Files.size(ints) + 1234;

        org.apache.spark.util.LongAccumulator done = new org.apache.spark.util.LongAccumulator();
        org.apache.spark.util.LongAccumulator bytes = new org.apache.spark.util.LongAccumulator();
        ReadCounters counters = new ReadCounters(new org.apache.spark.util.LongAccumulator(),
                new org.apache.spark.util.LongAccumulator(), done, bytes);
        try (FileRecords records = new FileRecords(files.stream().map(org.slant.ingest.FileSplit::whole).iterator(), new FieldMapping(), conf, counters)) {
            records.next();
            assertEquals(0, done.value(), "the first file is still being read");
            assertTrue(bytes.value() > 0 && bytes.value() < Files.size(plain), "its bytes count as they are read: " + bytes.value());
            records.forEachRemaining(r -> { });
        }
        assertEquals(4, done.value());
        assertEquals(listed, bytes.value());
    }
}
