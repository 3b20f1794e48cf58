package org.slant.ingest;

/**
 * A unit of input that was not analysed, kept as data so nothing is silently lost.
 * {@code excerpt} is a short, printable slice of the offending input (never raw invalid bytes).
 */
public record Reject(String source, String location, String reason, String excerpt) implements ReadResult {
    static final int EXCERPT_CHARS = 200;

    /** Builds a reject whose excerpt is cut to a readable length with control characters made visible. */
    public static Reject of(String source, String location, String reason, String rawExcerpt) {
        return new Reject(source, location, reason, excerpt(rawExcerpt));
    }

    static String excerpt(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(raw.length(), EXCERPT_CHARS) + 1);
        for (int i = 0; i < raw.length() && out.length() < EXCERPT_CHARS; i++) {
            char c = raw.charAt(i);
            if (c == '\uFFFD' || c == '\uFFFF') {
                out.append('?');
            } else if (Character.isISOControl(c)) {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        if (raw.length() > EXCERPT_CHARS) {
            out.append('…');
        }
        return out.toString();
    }
}
