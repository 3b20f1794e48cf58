package org.slant.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class CsvRecordReaderTest {
    private static final String HEADER = "id,outlet,date,title,text\n";

    private final CsvRecordReader csv = CsvRecordReader.csv();

    @Test
    void readsRowsKeyedByHeaderWithLineNumbers() {
        List<ReadResult> out = Read.all(csv, HEADER + "1,cnn,2024-01-02,T1,Hello\n2,bbc,2024-01-03,T2,World\n");
        assertEquals(2, out.size());
        RawRecord first = assertInstanceOf(RawRecord.class, out.get(0));
        assertEquals("line 2", first.location());
        assertEquals("test-source", first.source());
        assertEquals("cnn", first.fields().get("outlet"));
        assertEquals("Hello", first.fields().get("text"));
        assertEquals("line 3", out.get(1).location());
    }

    @Test
    void quotedMultiLineFieldSpansLines() {
        List<ReadResult> out = Read.all(csv, HEADER
                + "1,cnn,2024-01-02,\"T, with comma\",\"First para.\n\nSecond \"\"quoted\"\" para.\"\n"
                + "2,bbc,2024-01-03,T2,Plain\n");
        List<RawRecord> records = Read.records(out);
        assertEquals(2, records.size(), out.toString());
        assertEquals("lines 2-4", records.get(0).location());
        assertEquals("T, with comma", records.get(0).fields().get("title"));
        assertEquals("First para.\n\nSecond \"quoted\" para.", records.get(0).fields().get("text"));
        assertEquals("line 5", records.get(1).location());
    }

    @Test
    void wrongColumnCountIsRejectedAndReadingGoesOn() {
        List<ReadResult> out = Read.all(csv, HEADER + "1,cnn,2024-01-02,Hello\n2,bbc,2024-01-03,T2,World\n");
        Reject reject = assertInstanceOf(Reject.class, out.get(0));
        assertEquals("wrong column count: expected 5, found 4", reject.reason());
        assertEquals("line 2", reject.location());
        assertEquals("1,cnn,2024-01-02,Hello", reject.excerpt());
        assertInstanceOf(RawRecord.class, out.get(1));
    }

    @Test
    void unclosedQuoteInTheMiddleRejectsOnlyThatRow() {
        String input = HEADER
                + "1,cnn,2024-01-02,T1,\"fine\"\n"
                + "2,bbc,2024-01-03,T2,\"never closed\n"
                + "3,fox,2024-01-04,T3,\"good again\"\n"
                + "4,npr,2024-01-05,T4,good too\n";
        List<ReadResult> out = Read.all(csv, input);
        List<Reject> rejects = Read.rejects(out);
        assertEquals(1, rejects.size(), out.toString());
        assertEquals("line 3", rejects.get(0).location());
        assertTrue(rejects.get(0).reason().startsWith("unclosed quote"), rejects.get(0).reason());
        assertEquals(List.of("1", "3", "4"), Read.records(out).stream().map(r -> r.fields().get("id")).toList());
        assertEquals("line 4", Read.records(out).get(1).location());
    }

    @Test
    void unclosedQuoteThatALaterMultiLineFieldWouldCloseIsStillCaught() {
        // Parity alone would pair the stray quote with the next field's opening quote and swallow rows 3-4.
        String input = HEADER
                + "2,bbc,2024-01-03,T2,\"never closed\n"
                + "3,fox,2024-01-04,T3,plain text\n"
                + "4,npr,2024-01-05,T4,\"two\n"
                + "lines\"\n";
        List<ReadResult> out = Read.all(csv, input);
        assertEquals(1, Read.rejects(out).size(), out.toString());
        List<RawRecord> records = Read.records(out);
        assertEquals(List.of("3", "4"), records.stream().map(r -> r.fields().get("id")).toList());
        assertEquals("two\nlines", records.get(1).fields().get("text"));
        assertEquals("lines 4-5", records.get(1).location());
    }

    @Test
    void strayQuoteInsideAnUnquotedFieldRejectsThatLine() {
        String input = HEADER + "1,cnn,2024-01-02,T1,He is 6'2\" tall\n" + "2,bbc,2024-01-03,T2,ok\n";
        List<ReadResult> out = Read.all(csv, input);
        assertEquals("line 2", Read.rejects(out).get(0).location());
        assertEquals(List.of("2"), Read.records(out).stream().map(r -> r.fields().get("id")).toList());
    }

    @Test
    void evenQuotesInsideAnUnquotedFieldAreKeptAsText() {
        List<ReadResult> out = Read.all(csv, HEADER + "1,cnn,2024-01-02,T1,He said \"no\" twice\n");
        assertEquals("He said \"no\" twice", Read.records(out).get(0).fields().get("text"));
    }

    @Test
    void unclosedQuoteAtEndOfFileIsRejected() {
        List<ReadResult> out = Read.all(csv, HEADER + "1,cnn,2024-01-02,T1,ok\n2,bbc,2024-01-03,T2,\"open\nmore text\n");
        assertEquals(1, Read.records(out).size());
        Reject reject = Read.rejects(out).get(0);
        assertEquals("line 3", reject.location());
        assertTrue(reject.reason().contains("end of the file"), reject.reason());
        // The line after the stray quote is then read on its own and, having one column, rejected as such.
        assertEquals("wrong column count: expected 5, found 1", Read.rejects(out).get(1).reason());
        assertEquals(2, Read.rejects(out).size());
    }

    @Test
    void runawayQuoteBeyondTheSizeGuardIsRejectedAndTheRestRead() {
        CsvRecordReader small = new CsvRecordReader(',', 100);
        StringBuilder input = new StringBuilder(HEADER).append("1,cnn,2024-01-02,T1,\"runaway\n");
        for (int i = 2; i < 40; i++) {
            // No quotes on these lines, so nothing but the size guard can end the open field.
            input.append(i).append(",bbc,2024-01-03,T").append(i).append(",x\n");
        }
        List<ReadResult> out = Read.all(small, input.toString());
        Reject reject = Read.rejects(out).get(0);
        assertEquals("line 2", reject.location());
        assertTrue(reject.reason().contains("within 100 characters"), reject.reason());
        assertEquals(38, Read.records(out).size(), out.toString());
    }

    @Test
    void bomAndCrlfAndBlankLines() {
        byte[] bytes = Read.concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                Read.utf8(" id , outlet,date,title,text\r\n\r\n1,cnn,2024-01-02,T1,\"a\r\nb\"\r\n\r\n2,bbc,d,T2,c\r\n"));
        List<ReadResult> out = Read.all(csv, bytes);
        List<RawRecord> records = Read.records(out);
        assertEquals(2, records.size(), out.toString());
        assertEquals("1", records.get(0).fields().get("id"));
        assertEquals("a\nb", records.get(0).fields().get("text"));
        assertEquals("lines 3-4", records.get(0).location());
        assertEquals("line 6", records.get(1).location());
    }

    @Test
    void invalidUtf8RejectsOnlyItsRow() {
        byte[] bytes = Read.concat(Read.utf8(HEADER + "1,cnn,2024-01-02,T1,caf\u00e9 ok\n2,bbc,2024-01-03,T2,bad "),
                new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF}, Read.utf8(" bytes\n3,fox,2024-01-04,T3,fine\n"));
        List<ReadResult> out = Read.all(csv, bytes);
        assertEquals(3, out.size());
        assertEquals("café ok", Read.records(out).get(0).fields().get("text"));
        Reject reject = assertInstanceOf(Reject.class, out.get(1));
        assertEquals("line 3", reject.location());
        assertTrue(reject.reason().startsWith("invalid UTF-8"), reject.reason());
        assertFalse(reject.excerpt().contains("\uFFFF") || reject.excerpt().contains("\uFFFD"), reject.excerpt());
        assertEquals("3", ((RawRecord) out.get(2)).fields().get("id"));
    }

    @Test
    void invalidUtf8InHeaderRejectsTheFileSayingHowManyLinesWereNotRead() {
        byte[] bytes = Read.concat(Read.utf8("id,te"), new byte[] {(byte) 0xFF}, Read.utf8("xt\n1,a\n2,b\n"));
        List<Reject> rejects = Read.rejects(Read.all(csv, bytes));
        assertEquals(2, rejects.size());
        assertEquals("line 1", rejects.get(0).location());
        assertTrue(rejects.get(1).reason().startsWith("2 lines not read"), rejects.get(1).reason());
    }

    @Test
    void emptyFileOrHeaderOnlyHoldsNoRecordsAndNoReject() {
        // An empty nightly dump is a readable input with nothing in it, not a bad record.
        assertTrue(Read.all(csv, "").isEmpty());
        assertTrue(Read.all(csv, "\n\r\n  \n").isEmpty());
        assertTrue(Read.all(csv, "id,text\n").isEmpty());
        assertTrue(Read.all(csv, "\uFEFFid,text\n\n").isEmpty());
        assertTrue(Read.all(CsvRecordReader.tsv(), "").isEmpty());
    }

    @Test
    void fiveMegabyteQuotedFieldReads() {
        StringBuilder big = new StringBuilder(5_300_000);
        while (big.length() < 5_200_000) {
            big.append("A sentence, with a comma and a \"\"quote\"\".");
            if (big.length() % 7 == 0) {
                big.append('\n');
            }
        }
        String input = HEADER + "1,cnn,2024-01-02,T1,\"" + big + "\"\n2,bbc,2024-01-03,T2,after\n";
        List<ReadResult> out = Read.all(csv, input);
        List<RawRecord> records = Read.records(out);
        assertEquals(2, records.size(), Read.rejects(out).toString());
        assertEquals(big.toString().replace("\"\"", "\"").length(), records.get(0).fields().get("text").length());
        assertEquals("after", records.get(1).fields().get("text"));
    }

    @Test
    void backslashesAreText() {
        List<ReadResult> out = Read.all(csv, HEADER + "1,cnn,d,T,\"C:\\path\\\"\n");
        assertEquals("C:\\path\\", Read.records(out).get(0).fields().get("text"));
    }

    @Test
    void duplicateAndBlankHeaderNamesStayDistinct() {
        List<RawRecord> records = Read.records(Read.all(csv, "text,,text\na,b,c\n"));
        assertEquals(List.of("a", "b", "c"),
                List.of(records.get(0).fields().get("text"), records.get(0).fields().get("column_2"),
                        records.get(0).fields().get("text_2")));
    }

    @Test
    void tsvWithRfc4180Quoting() {
        List<ReadResult> out = Read.all(CsvRecordReader.tsv(),
                "id\ttext\toutlet\n1\t\"He said \"\"hi\"\"\tthen\nleft\"\tcnn\n2\tplain, with comma\tbbc\n");
        List<RawRecord> records = Read.records(out);
        assertEquals(2, records.size(), out.toString());
        assertEquals("He said \"hi\"\tthen\nleft", records.get(0).fields().get("text"));
        assertEquals("plain, with comma", records.get(1).fields().get("text"));
    }

    @Test
    void truncatedGzipEndsInARejectNotAnException() throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(buf)) {
            java.util.Random random = new java.util.Random(7);
            StringBuilder rows = new StringBuilder(HEADER);
            for (int i = 0; i < 5000; i++) {
                rows.append(i).append(",cnn,2024-01-02,T,").append(random.nextLong()).append('\n');
            }
            gz.write(Read.utf8(rows.toString()));
        }
        byte[] cut = Arrays.copyOf(buf.toByteArray(), buf.size() / 2);
        try (InputStream in = Inputs.open(new ByteArrayInputStream(cut), "x.csv.gz")) {
            List<ReadResult> out = Read.drain(csv.read(in, "x.csv.gz"));
            ReadResult last = out.get(out.size() - 1);
            assertTrue(((Reject) last).reason().startsWith("read error"), last.toString());
            assertTrue(Read.records(out).size() > 10);
        }
    }

    @Test
    void readsLazily() throws IOException {
        // An endless stream: only a lazy reader can return the first rows.
        InputStream endless = new InputStream() {
            private final byte[] row = Read.utf8("1,cnn,2024-01-02,T1,text\n");
            private long n;

            @Override
            public int read() {
                return n++ < HEADER.length() ? HEADER.charAt((int) n - 1) : row[(int) ((n - 1 - HEADER.length()) % row.length)];
            }
        };
        Iterator<ReadResult> it = csv.read(endless, "endless");
        for (int i = 0; i < 1000; i++) {
            assertInstanceOf(RawRecord.class, it.next());
        }
    }

    @Test
    void narrativeFramesTsvReadsCompletely() throws IOException {
        Path file = Path.of("../shared/data/narrative_frames/articles.tsv");
        Assumptions.assumeTrue(Files.isRegularFile(file), "../shared/data not present: narrative frames TSV test skipped");
        try (InputStream in = Inputs.open(Files.newInputStream(file), file.toString())) {
            List<ReadResult> out = Read.drain(CsvRecordReader.tsv().read(in, file.toString()));
            assertEquals(List.of(), Read.rejects(out));
            assertEquals(428, Read.records(out).size());
            RawRecord first = Read.records(out).get(0);
            assertEquals("0", first.fields().get("id"));
            assertTrue(first.fields().get("text").startsWith("Climate Alarmists Want to Rebrand \"Climate Change\""));
            assertEquals(11, first.fields().size());
        }
    }
}
