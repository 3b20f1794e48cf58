package org.slant.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.config.InputFormat;
import org.slant.ingest.FieldMapping;
import org.slant.ingest.FileSplit;
import org.slant.ingest.InputFile;
import org.slant.ingest.LineRange;
import org.slant.ingest.RawRecord;
import org.slant.ingest.ReadResult;
import org.slant.ingest.Reject;
import org.slant.ingest.SplitPlan;

/**
 * A file cut into parts at every possible size reads exactly as the whole file: the same records and
 * rejects with the same line numbers, whichever byte a cut falls on (inside a CRLF, on a line's first
 * byte, in a blank line, in the BOM, inside the last line without a terminator).
 */
class FileSplitReadingTest {
    private final Configuration conf = new Configuration();

    @TempDir
    Path tmp;

    @Test
    void jsonLinesCutAtEveryByteReadTheSameRecordsAndLineNumbers() throws IOException {
        String text = "\uFEFF{\"id\":\"1\",\"text\":\"First, with a BOM before it.\"}\r\n"
                + "\r\n"
                + "{\"id\":\"2\",\"text\":\"Lone CR ends this line.\"}\r"
                + "{\"id\":\"3\",\"text\":\"caf\u00e9 \u2014 \uD83D\uDE00\"}\n"
                + "not json at all\n"
                + "\n\n"
                + "\uFEFF{\"id\":\"4\",\"text\":\"a BOM mid-file is text\"}\n"
                + "{\"id\":\"5\",\"text\":\"x\"}\n"
                + "{\"id\":\"6\",\"text\":\"last line without a newline\"}";
        InputFile file = write("a.jsonl", text.getBytes(StandardCharsets.UTF_8), InputFormat.JSONL);
        List<ReadResult> whole = read(List.of(FileSplit.whole(file)));
        assertEquals(7, whole.size(), whole.toString());
        assertEquals("line 9", ((RawRecord) whole.get(5)).location(), "numbered as the whole file numbers it");
        assertEqualsForEverySize(file, whole);
    }

    @Test
    void csvCutAtEveryByteReadsTheSameRowsWithTheHeaderFromTheFirstPart() throws IOException {
        String text = "\uFEFF\r\nid,outlet,text\r\n"
                + "1,Ledger,\"Quoted, with a comma and \"\"quotes\"\"\"\r\n"
                + "2,Wire,plain\n"
                + "\n"
                + "3,Wire\n"
                + "4,Times,\"caf\u00e9\"\r"
                + "5,Times,last row without a newline";
        InputFile file = write("b.csv", text.getBytes(StandardCharsets.UTF_8), InputFormat.CSV);
        List<ReadResult> whole = read(List.of(FileSplit.whole(file)));
        assertEquals(5, whole.size(), whole.toString());
        assertTrue(whole.get(2) instanceof Reject r && r.location().equals("line 6"), whole.get(2).toString());
        assertEqualsForEverySize(file, whole);
    }

    @Test
    void csvWithALineBreakInsideAQuotedFieldIsReadWhole() throws IOException {
        String text = "id,text\n1,\"two\nlines\"\n2,\"one line\"\n3,x\n";
        InputFile file = write("c.csv", text.getBytes(StandardCharsets.UTF_8), InputFormat.CSV);
        for (long size = 1; size < text.length(); size++) {
            assertEquals(List.of(FileSplit.whole(file)), split(file, size), "size " + size);
        }
        assertEquals(3, read(List.of(FileSplit.whole(file))).size());
    }

    @Test
    void onlyUncompressedLineFormatsAreCut() {
        assertTrue(SplitPlan.cuttable(new InputFile("x/a.jsonl", InputFormat.JSONL, 1)));
        assertTrue(SplitPlan.cuttable(new InputFile("x/a.tsv", InputFormat.TSV, 1)));
        assertFalse(SplitPlan.cuttable(new InputFile("x/a.jsonl.gz", InputFormat.JSONL, 1)));
        assertFalse(SplitPlan.cuttable(new InputFile("x/a.txt", InputFormat.TEXT, 1)));
        assertFalse(SplitPlan.cuttable(new InputFile("x/a.parquet", InputFormat.PARQUET, 1)));
    }

    private void assertEqualsForEverySize(InputFile file, List<ReadResult> whole) throws IOException {
        for (long size = 1; size <= file.bytes(); size++) {
            List<FileSplit> splits = split(file, size);
            if (size < file.bytes() / 2) {
                assertTrue(splits.size() > 1, "size " + size + " cuts the file: " + splits);
            }
            assertEquals(whole, read(splits), "cut every " + size + " bytes: " + splits);
        }
    }

    private InputFile write(String name, byte[] bytes, InputFormat format) throws IOException {
        Path p = tmp.resolve(name);
        Files.write(p, bytes);
        return new InputFile(p.toUri().toString(), format, bytes.length);
    }

    /** The splits the job plans, with the census taken here rather than in a Spark job. */
    private static List<FileSplit> split(InputFile file, long size) throws IOException {
        Path path = Path.of(java.net.URI.create(file.path()));
        long notBefore = 0;
        List<String> header = null;
        if (SplitPlan.hasHeader(file)) {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
                Optional<SplitPlan.Header> h = SplitPlan.header(in, ',');
                if (h.isEmpty()) {
                    return List.of(FileSplit.whole(file));
                }
                notBefore = h.get().end();
                header = h.get().names();
            }
        }
        List<long[]> ranges = SplitPlan.ranges(file.bytes(), size, notBefore);
        List<SplitPlan.Census> census = new ArrayList<>();
        for (long[] r : ranges) {
            InputStream raw = Files.newInputStream(path);
            raw.skipNBytes(Math.max(0, r[0] - 1));
            try (InputStream in = new LineRange(raw, r[0], r[1])) {
                census.add(SplitPlan.census(in));
            }
        }
        return SplitPlan.splits(file, ranges, census, header);
    }

    private List<ReadResult> read(List<FileSplit> splits) {
        List<ReadResult> out = new ArrayList<>();
        try (FileRecords records = new FileRecords(splits.iterator(), new FieldMapping(), conf)) {
            records.forEachRemaining(out::add);
        }
        return out;
    }
}
