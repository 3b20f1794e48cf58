package org.slant.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {
    private final JsonLinesReader jsonl = new JsonLinesReader();

    @Test
    void objectsBecomeTextFields() {
        List<ReadResult> out = Read.all(jsonl, "{\"title\":\"T\",\"score\":1.50,\"n\":7,\"ok\":true,\"gone\":null,"
                + "\"tags\":[\"a\",1],\"meta\":{\"k\":\"v\"}}\n");
        RawRecord r = assertInstanceOf(RawRecord.class, out.get(0));
        assertEquals("line 1", r.location());
        assertEquals(Map.of("title", "T", "score", "1.50", "n", "7", "ok", "true",
                "tags", "[\"a\",1]", "meta", "{\"k\":\"v\"}"), r.fields());
    }

    @Test
    void blankLinesAreSkippedAndLinesCounted() {
        List<ReadResult> out = Read.all(jsonl, "\n{\"a\":\"1\"}\r\n   \n{\"a\":\"2\"}");
        assertEquals(List.of("line 2", "line 4"), out.stream().map(ReadResult::location).toList());
    }

    @Test
    void emptyOrBlankFileHoldsNoRecordsAndNoReject() {
        assertTrue(Read.all(jsonl, "").isEmpty());
        assertTrue(Read.all(jsonl, "\n \r\n\t\n").isEmpty());
    }

    @Test
    void nonObjectsAreRejected() {
        List<ReadResult> out = Read.all(jsonl, "[1,2]\n42\n\"text\"\n{\"ok\":\"yes\"}\n");
        List<Reject> rejects = Read.rejects(out);
        assertEquals(3, rejects.size());
        rejects.forEach(r -> assertEquals("not a JSON object", r.reason()));
        assertEquals("line 4", Read.records(out).get(0).location());
    }

    @Test
    void malformedJsonIsRejectedWithAShortReason() {
        List<ReadResult> out = Read.all(jsonl, "{\"a\": \"unterminated}\n{\"a\":1,}\nnot json\n{\"a\":1} trailing\n"
                + "{\"a\":1,\"a\":2}\n{\"ok\":1}\n");
        List<Reject> rejects = Read.rejects(out);
        assertEquals(5, rejects.size(), out.toString());
        for (Reject r : rejects) {
            assertTrue(r.reason().startsWith("malformed JSON: "), r.reason());
            assertFalse(r.reason().contains("\n"), r.reason());
            assertTrue(r.reason().length() < 220, r.reason());
        }
        assertTrue(rejects.get(4).reason().contains("uplicate"), rejects.get(4).reason());
        assertEquals("line 6", Read.records(out).get(0).location());
    }

    @Test
    void invalidUtf8RejectsOnlyItsLine() {
        byte[] bytes = Read.concat(Read.utf8("{\"a\":\"good\"}\n{\"a\":\"b"), new byte[] {(byte) 0xE2, (byte) 0x82},
                Read.utf8("d\"}\n{\"a\":\"caf\u00e9\"}\n"));
        List<ReadResult> out = Read.all(jsonl, bytes);
        assertEquals(3, out.size());
        Reject reject = assertInstanceOf(Reject.class, out.get(1));
        assertTrue(reject.reason().startsWith("invalid UTF-8"));
        assertEquals("café", ((RawRecord) out.get(2)).fields().get("a"));
    }

    @Test
    void escapedLoneSurrogateIsRejected() {
        List<ReadResult> out = Read.all(jsonl, "{\"a\":\"x\\ud800y\"}\n{\"a\":\"\\ud83d\\ude00\"}\n");
        assertInstanceOf(Reject.class, out.get(0));
        assertEquals("\ud83d\ude00", ((RawRecord) out.get(1)).fields().get("a"));
    }

    @Test
    void veryLongLineReads() {
        String text = "word ".repeat(5_000_000);
        List<ReadResult> out = Read.all(jsonl, "{\"text\":\"" + text + "\"}\n");
        assertEquals(text, ((RawRecord) out.get(0)).fields().get("text"));
    }

    @Test
    void lineBeyondTheLimitIsRejectedWithoutHoldingIt() {
        List<ReadResult> out = Read.all(new JsonLinesReader(50), "{\"text\":\"" + "x".repeat(1000) + "\"}\n{\"a\":\"1\"}\n");
        assertTrue(((Reject) out.get(0)).reason().startsWith("line too long"));
        assertInstanceOf(RawRecord.class, out.get(1));
    }
}
