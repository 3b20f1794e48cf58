package org.slant.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Test helpers: run a reader over bytes or text and collect what it yields. */
final class Read {
    private Read() {
    }

    static List<ReadResult> all(RecordReader reader, String text) {
        return all(reader, text.getBytes(StandardCharsets.UTF_8));
    }

    static List<ReadResult> all(RecordReader reader, byte[] bytes) {
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            return drain(reader.read(in, "test-source"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static List<ReadResult> drain(Iterator<ReadResult> it) {
        List<ReadResult> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    static List<RawRecord> records(List<ReadResult> results) {
        return results.stream().filter(RawRecord.class::isInstance).map(RawRecord.class::cast).toList();
    }

    static List<Reject> rejects(List<ReadResult> results) {
        return results.stream().filter(Reject.class::isInstance).map(Reject.class::cast).toList();
    }

    static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
