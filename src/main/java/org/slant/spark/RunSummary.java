package org.slant.spark;

import java.util.Locale;

/**
 * What a finished {@code analyze} run did, as the one line the command prints on stdout for scripts:
 * {@code slant: run ID: N records read, N articles, N rejected, N duplicates, N outside --from/--to; output in DIR}.
 */
public record RunSummary(String runId, long read, long articles, long rejected, long duplicates, long outOfWindow,
                         String output) {
    public String line() {
        return String.format(Locale.ROOT,
                "slant: run %s: %d records read, %d articles, %d rejected, %d duplicates, %d outside --from/--to; output in %s",
                runId, read, articles, rejected, duplicates, outOfWindow, output);
    }
}
