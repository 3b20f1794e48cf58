package org.slant.ingest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import org.slant.config.Granularity;

/**
 * Turns a reader's {@link RawRecord} into an {@link Article}: canonical field names, a canonical
 * outlet id, a parsed publication date bucketed in the configured zone, and a stable article id.
 * Anything it cannot do without guessing becomes a {@link Reject} with the reason.
 *
 * <p>Outlet precedence: the record's own outlet field (for raw {@code .txt} articles the reader
 * puts the parent folder there), else the URL's domain, else the {@code --outlet} default.
 */
public final class ArticleNormalizer {
    private final FieldMapping mapping;
    private final OutletNames outlets;
    private final Optional<String> defaultOutlet;
    private final ZoneId zone;
    private final Granularity granularity;
    private final Optional<LocalDate> from;
    private final Optional<LocalDate> to;

    public ArticleNormalizer(FieldMapping mapping, OutletNames outlets, Optional<String> defaultOutlet, ZoneId zone,
                             Granularity granularity, Optional<LocalDate> from, Optional<LocalDate> to) {
        this.mapping = mapping;
        this.outlets = outlets;
        this.defaultOutlet = defaultOutlet;
        this.zone = zone;
        this.granularity = granularity;
        this.from = from;
        this.to = to;
    }

    public Normalized normalize(RawRecord record) {
        Map<String, String> f = mapping.apply(record.fields());
        String text = f.get("text");
        String published = f.get("published");
        String excerptBase = firstNonNull(f.get("title"), text, published, String.join(",", record.fields().keySet()));
        if (text == null) {
            boolean hasColumn = record.fields().keySet().stream().map(k -> k.strip().toLowerCase(java.util.Locale.ROOT))
                    .anyMatch(mapping.candidatesFor("text")::contains);
            return reject(record, hasColumn ? "empty text" : "missing text field (looked for "
                    + String.join(", ", mapping.candidatesFor("text")) + "; map one with --field text=COLUMN)", excerptBase);
        }
        for (String value : f.values()) {
            // Readers reject bad bytes; this catches text that was already damaged upstream (e.g. Parquet).
            if (value.indexOf('\uFFFD') >= 0 || value.indexOf('\uFFFF') >= 0) {
                return reject(record, "invalid UTF-8 (encoding): replacement character in a field", value);
            }
        }
        if (published == null) {
            return reject(record, "missing published date (looked for " + String.join(", ", mapping.candidatesFor("published"))
                    + "; map one with --field published=COLUMN)", excerptBase);
        }
        Optional<PublishedDate> date = PublishedDates.parse(published);
        if (date.isEmpty()) {
            return reject(record, "unparseable date: '" + abbreviate(published) + "'", excerptBase);
        }
        String outletRaw = firstNonBlank(f.get("outlet"), hostOf(f.get("url")), defaultOutlet.orElse(null));
        if (outletRaw == null) {
            return reject(record, "no outlet: the record names none, has no url, and no --outlet was given", excerptBase);
        }
        Optional<String> outlet = outlets.canonical(outletRaw);
        if (outlet.isEmpty()) {
            return reject(record, "outlet name leaves no id: '" + abbreviate(outletRaw) + "'", excerptBase);
        }
        LocalDate day = date.get().bucketDate(zone);
        if (from.map(day::isBefore).orElse(false) || to.map(day::isAfter).orElse(false)) {
            return new Normalized.OutOfWindow(record.source(), record.location());
        }
        String id = f.get("id");
        String articleId = id != null ? id.trim() : contentId(outlet.get(), published, f.get("title"), text);
        return new Normalized.Accepted(new Article(articleId, outlet.get(), outletRaw, granularity.bucketStart(day),
                date.get().instantOrNull(), f.get("title"), text, f.get("url"), f.get("author"), f.get("section"),
                f.get("language"), record.source(), record.location()));
    }

    /** The host of a URL, or null when the value is not an absolute http(s) URL. */
    static String hostOf(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(url.trim());
            return uri.getHost();
        } catch (Exception e) {
            return null;
        }
    }

    /** A stable id from the content, so re-runs over the same input give the same ids. */
    static String contentId(String outlet, String published, String title, String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {outlet, published, title == null ? "" : title, text}) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return outlet + "-" + HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }

    private static Normalized reject(RawRecord record, String reason, String excerpt) {
        return new Normalized.Rejected(Reject.of(record.source(), record.location(), reason, excerpt));
    }

    private static String abbreviate(String s) {
        String t = s.strip();
        return t.length() <= 60 ? t : t.substring(0, 60) + "…";
    }

    private static String firstNonNull(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return "";
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
