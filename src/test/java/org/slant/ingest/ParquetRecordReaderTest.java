package org.slant.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.NanoTime;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.api.Binary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetRecordReaderTest {
    @TempDir
    Path tmp;

    private final ParquetRecordReader all = new ParquetRecordReader(name -> true);

    private List<ReadResult> read(ParquetRecordReader reader, Path file) throws IOException {
        try (ParquetRecordReader.Rows rows = reader.read(new LocalInputFile(file), file.toString())) {
            return Read.drain(rows);
        }
    }

    @Test
    void valuesOfEveryCommonTypeBecomeText() throws IOException {
        Path file = tmp.resolve("types.parquet");
        long micros = Instant.parse("2024-10-09T02:00:00.123456Z").toEpochMilli() * 1000 + 456;
        ParquetFixtures.write(file, """
                message m {
                  required int32 id;
                  required binary title (STRING);
                  optional binary missing (STRING);
                  required int64 published (TIMESTAMP(MICROS,true));
                  required int64 local_time (TIMESTAMP(MILLIS,false));
                  required int96 legacy;
                  required int32 day (DATE);
                  required int64 price (DECIMAL(10,2));
                  required binary big (DECIMAL(30,3));
                  required boolean flag;
                  required double score;
                  optional group authors (LIST) { repeated group list { optional binary element (STRING); } }
                  optional group meta { optional binary k (STRING); optional int32 n; }
                  repeated binary tags (STRING);
                }""", 1, 10, (g, i) -> {
                    g.append("id", 7).append("title", "Ünïcode title")
                            .append("published", micros)
                            .append("local_time", Instant.parse("2024-10-09T23:30:00Z").toEpochMilli())
                            // 2024-10-09 is Julian day 2460593; 12:00 is 43200 s after midnight.
                            .append("legacy", new NanoTime(2460593, 43_200_000_000_000L))
                            .append("day", 20005)
                            .append("price", 12345L)
                            .append("big", Binary.fromConstantByteArray(new BigDecimal("-1234567890123456789.125").unscaledValue().toByteArray()))
                            .append("flag", true).append("score", 0.25);
                    Group authors = g.addGroup("authors");
                    authors.addGroup("list").append("element", "Ann Lee");
                    authors.addGroup("list").append("element", "Bo \"Quote\" Li");
                    g.addGroup("meta").append("k", "v").append("n", 3);
                    g.append("tags", "a").append("tags", "b");
                });
        List<ReadResult> out = read(all, file);
        assertEquals(1, out.size());
        RawRecord r = (RawRecord) out.get(0);
        assertEquals("row 1", r.location());
        assertEquals(file.toString(), r.source());
        Map<String, String> f = r.fields();
        assertEquals("7", f.get("id"));
        assertEquals("Ünïcode title", f.get("title"));
        assertFalse(f.containsKey("missing"));
        assertEquals("2024-10-09T02:00:00.123456Z", f.get("published"));
        assertEquals("2024-10-09T23:30", f.get("local_time"));
        assertEquals("2024-10-09T12:00:00Z", f.get("legacy"));
        assertEquals("2024-10-09", f.get("day"));
        assertEquals("123.45", f.get("price"));
        assertEquals("-1234567890123456789.125", f.get("big"));
        assertEquals("true", f.get("flag"));
        assertEquals("0.25", f.get("score"));
        assertEquals("[\"Ann Lee\",\"Bo \\\"Quote\\\" Li\"]", f.get("authors"));
        assertEquals("{\"k\":\"v\",\"n\":3}", f.get("meta"));
        assertEquals("[\"a\",\"b\"]", f.get("tags"));
    }

    @Test
    void onlyWantedColumnsAreRead() throws IOException {
        Path file = tmp.resolve("wide.parquet");
        ParquetFixtures.write(file, "message m { required binary text (STRING); required binary html (STRING); }", 2, 10,
                (g, i) -> g.append("text", "t" + i).append("html", "<p>t" + i + "</p>"));
        List<ReadResult> out = read(new ParquetRecordReader(new FieldMapping()::claims), file);
        assertEquals(List.of(Map.of("text", "t0"), Map.of("text", "t1")), Read.records(out).stream().map(RawRecord::fields).toList());

        // No wanted column at all: every row still counts, with no fields, so each is rejected downstream.
        List<ReadResult> none = read(new ParquetRecordReader(name -> false), file);
        assertEquals(List.of("row 1", "row 2"), none.stream().map(ReadResult::location).toList());
    }

    @Test
    void anyColumnNameIsReadAsWritten() throws IOException {
        Path file = tmp.resolve("odd.parquet");
        ParquetFixtures.stringIdsAndOddNames(file);
        RawRecord r = (RawRecord) read(all, file).get(0);
        assertEquals("x", r.fields().get("`odd`name"));
        assertEquals("s0", r.fields().get("id"));
    }

    @Test
    void notParquetAtAllThrowsSoTheCallerRejectsTheFile() throws IOException {
        Path file = tmp.resolve("garbage.parquet");
        Files.writeString(file, "this is not a parquet file, just text pretending to be one");
        assertThrows(RuntimeException.class, () -> all.read(new LocalInputFile(file), "x").close());
        Path empty = tmp.resolve("empty.parquet");
        Files.write(empty, new byte[0]);
        assertThrows(RuntimeException.class, () -> all.read(new LocalInputFile(empty), "x").close());
    }

    @Test
    void aCorruptRowGroupKeepsTheRowsBeforeItAndEndsInOneReject() throws IOException {
        Path file = tmp.resolve("corrupt.parquet");
        ParquetFixtures.write(file, "message m { required binary text (STRING); }", 30, 10,
                (g, i) -> g.append("text", "row number " + i));
        long secondGroup;
        try (ParquetFileReader r = ParquetFileReader.open(new LocalInputFile(file))) {
            List<BlockMetaData> blocks = r.getRowGroups();
            assertEquals(3, blocks.size());
            secondGroup = blocks.get(1).getStartingPos();
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(secondGroup);
            byte[] junk = new byte[24];
            Arrays.fill(junk, (byte) 0xFF);
            raf.write(junk);
        }
        List<ReadResult> out = read(all, file);
        assertEquals(10, Read.records(out).size());
        List<Reject> rejects = Read.rejects(out);
        assertEquals(1, rejects.size(), out.toString());
        assertEquals("after row 10", rejects.get(0).location());
        assertTrue(rejects.get(0).reason().startsWith("read error part-way (rest of file not read): "), rejects.get(0).reason());
        assertEquals(out.get(out.size() - 1), rejects.get(0));
    }

    @Test
    void invalidUtf8InAStringRejectsThatRowOnly() throws IOException {
        Path file = tmp.resolve("latin1.parquet");
        ParquetFixtures.write(file, "message m { required binary text (STRING); }", 3, 10, (g, i) -> g.append("text",
                i == 1 ? Binary.fromConstantByteArray(new byte[] {'c', 'a', 'f', (byte) 0xE9}) : Binary.fromString("ok " + i)));
        List<ReadResult> out = read(all, file);
        assertEquals(List.of("row 1", "row 2", "row 3"), out.stream().map(ReadResult::location).toList());
        assertEquals(StrictUtf8.INVALID_UTF8, ((Reject) out.get(1)).reason());
    }
}
