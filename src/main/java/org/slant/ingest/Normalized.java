package org.slant.ingest;

/** What normalising one record gives: an article, a reject, or a valid record outside {@code --from/--to}. */
public sealed interface Normalized permits Normalized.Accepted, Normalized.Rejected, Normalized.OutOfWindow {
    record Accepted(Article article) implements Normalized {
    }

    record Rejected(Reject reject) implements Normalized {
    }

    record OutOfWindow(String source, String location) implements Normalized {
    }
}
