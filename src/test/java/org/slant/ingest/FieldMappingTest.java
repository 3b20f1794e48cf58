package org.slant.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldMappingTest {
    @Test
    void builtInAliasesCaseInsensitiveAndTrimmed() {
        Map<String, String> raw = new LinkedHashMap<>();
        raw.put(" Headline ", "T");
        raw.put("MAINTEXT", "Body");
        raw.put("source_domain", "cnn.com");
        raw.put("date_publish", "2024-01-02");
        raw.put("Link", "https://x");
        raw.put("authors", "A");
        raw.put("lang", "en");
        raw.put("desk", "Politics");
        raw.put("_id", "42");
        raw.put("unrelated", "ignored");
        assertEquals(Map.of("title", "T", "text", "Body", "outlet", "cnn.com", "published", "2024-01-02",
                "url", "https://x", "author", "A", "language", "en", "section", "Politics", "id", "42"),
                new FieldMapping().apply(raw));
    }

    @Test
    void userThenExactNameThenFirstAlias() {
        FieldMapping mapping = FieldMapping.fromSpecs(List.of("text=summary"));
        assertEquals("user", mapping.apply(Map.of("text", "exact", "summary", "user", "body", "alias")).get("text"));
        assertEquals("exact", mapping.apply(Map.of("text", "exact", "body", "alias")).get("text"));
        assertEquals("user", mapping.apply(Map.of("summary", "user", "body", "alias")).get("text"));
        assertEquals("body", new FieldMapping().apply(Map.of("content", "content", "body", "body")).get("text"));
        assertEquals("date", new FieldMapping().apply(Map.of("timestamp", "ts", "date", "date")).get("published"));
        assertEquals(List.of("summary", "text", "body", "content", "maintext", "article", "article_text",
                "full_text", "story"), mapping.candidatesFor("text"));
    }

    @Test
    void userMappingTakesPrecedenceOverAliases() {
        FieldMapping mapping = FieldMapping.fromSpecs(List.of(" Outlet = Newspaper ", "published=when"));
        Map<String, String> out = mapping.apply(Map.of("newspaper", "Fox", "source", "wire", "when", "d", "date", "x"));
        assertEquals("Fox", out.get("outlet"));
        assertEquals("d", out.get("published"));
    }

    @Test
    void blankValuesAreAbsentAndFallThrough() {
        Map<String, String> out = new FieldMapping().apply(Map.of("text", "  ", "body", "real", "title", ""));
        assertEquals(Map.of("text", "real"), out);
    }

    @Test
    void unknownCanonicalNameIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FieldMapping.fromSpecs(List.of("bodytext=content")));
        assertTrue(e.getMessage().contains("bodytext"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FieldMapping.fromSpecs(List.of("text")));
        assertThrows(IllegalArgumentException.class, () -> FieldMapping.fromSpecs(List.of("text=")));
        assertThrows(IllegalArgumentException.class, () -> FieldMapping.fromSpecs(List.of("text=a", "TEXT=b")));
    }
}
