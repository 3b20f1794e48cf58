package org.slant.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Maps a source's field names to the canonical ones: {@code id, outlet, published, title, text, url,
 * author, section, language}. Names match case-insensitively after trimming. For each canonical field
 * the first non-blank value wins, in this order: the column the user named for it
 * ({@code --field canonical=column}), the column named like the canonical field itself, then the built-in aliases in their
 * listed order (e.g. {@code body, content, maintext, ...} for {@code text}). Columns no canonical field
 * claims are ignored. Immutable and thread-safe.
 */
public final class FieldMapping {
    /** The canonical field names, in output order. */
    public static final List<String> CANONICAL =
            List.of("id", "outlet", "published", "title", "text", "url", "author", "section", "language");

    private static final Map<String, List<String>> ALIASES = Map.of(
            "text", List.of("body", "content", "maintext", "article", "article_text", "full_text", "story"),
            "outlet", List.of("source", "source_domain", "site", "publication", "publisher", "outlet_name", "media"),
            "published", List.of("date", "date_publish", "published_at", "pub_date", "publish_date",
                    "publication_date", "datetime", "timestamp", "time"),
            "title", List.of("headline"),
            "url", List.of("link", "article_url", "source_url"),
            "author", List.of("byline", "authors", "writer"),
            "language", List.of("lang"),
            "section", List.of("category", "desk"),
            "id", List.of("article_id", "uuid", "doc_id", "_id"));

    /** Per canonical field, the normalised source names to try, best first. */
    private final Map<String, List<String>> candidates;

    /** The built-in aliases only. */
    public FieldMapping() {
        this(Map.of());
    }

    /**
     * @param overrides canonical name → source column chosen by the user
     * @throws IllegalArgumentException naming the field when a key is not a canonical name, or when a column is blank
     */
    public FieldMapping(Map<String, String> overrides) {
        Map<String, String> user = new LinkedHashMap<>();
        overrides.forEach((canonical, column) -> {
            String name = normalise(canonical);
            if (!CANONICAL.contains(name)) {
                throw new IllegalArgumentException("unknown canonical field '" + canonical
                        + "'; expected one of " + String.join(", ", CANONICAL));
            }
            if (column == null || column.isBlank()) {
                throw new IllegalArgumentException("no source column given for field '" + canonical + "'");
            }
            user.put(name, normalise(column));
        });
        Map<String, List<String>> order = new LinkedHashMap<>();
        for (String canonical : CANONICAL) {
            List<String> names = new ArrayList<>();
            if (user.containsKey(canonical)) {
                names.add(user.get(canonical));
            }
            if (!names.contains(canonical)) {
                names.add(canonical);
            }
            for (String alias : ALIASES.getOrDefault(canonical, List.of())) {
                if (!names.contains(alias)) {
                    names.add(alias);
                }
            }
            order.put(canonical, List.copyOf(names));
        }
        this.candidates = java.util.Collections.unmodifiableMap(order);
    }

    /**
     * Parses {@code --field} options of the form {@code canonical=column}.
     *
     * @throws IllegalArgumentException for a spec without {@code =}, an unknown canonical name or a blank column
     */
    public static FieldMapping fromSpecs(Collection<String> specs) {
        Map<String, String> overrides = new LinkedHashMap<>();
        for (String spec : specs) {
            int eq = spec.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("field mapping '" + spec + "' is not of the form canonical=column");
            }
            String canonical = spec.substring(0, eq);
            if (overrides.putIfAbsent(normalise(canonical), spec.substring(eq + 1)) != null) {
                throw new IllegalArgumentException("field '" + canonical.strip() + "' is mapped twice");
            }
        }
        return new FieldMapping(overrides);
    }

    /**
     * Canonical name → value for the fields {@code rawFields} provides; blank values count as absent, and
     * values are returned as they were (not trimmed). Iterates in {@link #CANONICAL} order.
     */
    public Map<String, String> apply(Map<String, String> rawFields) {
        // Sorted so that two raw names that normalise alike ("Title", "title ") resolve the same way every run.
        Map<String, String> byName = new TreeMap<>();
        new TreeMap<>(rawFields).forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                byName.putIfAbsent(normalise(name), value);
            }
        });
        Map<String, String> out = new LinkedHashMap<>();
        candidates.forEach((canonical, names) -> {
            for (String name : names) {
                String value = byName.get(name);
                if (value != null) {
                    out.put(canonical, value);
                    break;
                }
            }
        });
        return out;
    }

    /** Whether some canonical field may take its value from the source column {@code sourceName}. */
    public boolean claims(String sourceName) {
        String name = normalise(sourceName);
        return candidates.values().stream().anyMatch(names -> names.contains(name));
    }

    /** The source names tried for {@code canonical}, best first (for messages and documentation). */
    public List<String> candidatesFor(String canonical) {
        List<String> names = candidates.get(normalise(canonical));
        if (names == null) {
            throw new IllegalArgumentException("unknown canonical field '" + canonical + "'");
        }
        return names;
    }

    private static String normalise(String name) {
        return name.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
    }
}
