package org.slant.ingest;

import java.util.Map;

/**
 * One input record as its reader found it: field names as the source wrote them (a CSV header,
 * JSON keys) and values as text. Field mapping to canonical names happens later, in one place.
 * Readers that understand their layout (raw {@code .txt} articles) may emit canonical names directly.
 */
public record RawRecord(String source, String location, Map<String, String> fields) implements ReadResult {
    public RawRecord {
        fields = Map.copyOf(fields);
    }
}
