package org.slant.evaluate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.slant.config.InputFormat;
import org.slant.ingest.Inputs;
import org.slant.ingest.RawRecord;
import org.slant.ingest.ReadResult;
import org.slant.ingest.Readers;
import org.slant.ingest.Reject;

/**
 * Reads labelled data (CSV, TSV or JSON Lines, optionally gzipped) with the same readers as
 * {@code analyze}. Rows lacking {@code id}, {@code text} or {@code label} are counted as skipped and
 * reported, never guessed; a file with no usable row at all (empty, header only, no {@code label}
 * column) is an error naming the file, since metrics over nothing would be NaN.
 */
public final class LabeledData {
    /** The usable items and a description of each row that was skipped. */
    public record Loaded(List<LabeledItem> items, List<String> skipped) {
    }

    private LabeledData() {
    }

    /**
     * @throws IllegalArgumentException naming the file when it is not CSV, TSV or JSON Lines, or has no
     *     row with id, text and label
     */
    public static Loaded read(Path file) throws IOException {
        String name = file.getFileName().toString();
        InputFormat format = Readers.detect(name);
        if (format != InputFormat.CSV && format != InputFormat.TSV && format != InputFormat.JSONL) {
            throw new IllegalArgumentException("--data " + file + ": expected a .csv, .tsv or .jsonl file");
        }
        List<LabeledItem> items = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Set<String> columns = new TreeSet<>();
        try (InputStream in = Inputs.open(Files.newInputStream(file), name)) {
            Iterator<ReadResult> it = new Readers().forFormat(format).read(in, file.toString());
            while (it.hasNext()) {
                ReadResult r = it.next();
                if (r instanceof Reject reject) {
                    skipped.add(reject.location() + ": " + reject.reason());
                    continue;
                }
                Map<String, String> f = lowerKeys(((RawRecord) r).fields());
                columns.addAll(f.keySet());
                String id = f.remove("id");
                String text = f.remove("text");
                String label = f.remove("label");
                if (id == null || text == null || text.isBlank() || label == null || label.isBlank()) {
                    skipped.add(r.location() + ": needs id, text and label");
                    continue;
                }
                items.add(new LabeledItem(id, text, label.strip(), f, file + " " + r.location()));
            }
        }
        if (items.isEmpty()) {
            throw new IllegalArgumentException(noRows(file, columns, skipped));
        }
        return new Loaded(items, skipped);
    }

    private static String noRows(Path file, Set<String> columns, List<String> skipped) {
        if (skipped.isEmpty()) {
            return "--data " + file + ": no labelled rows (the file is empty or holds only a header)";
        }
        List<String> missing = new ArrayList<>();
        for (String c : List.of("id", "text", "label")) {
            if (!columns.contains(c)) {
                missing.add(c);
            }
        }
        String why = missing.isEmpty() ? "first: " + skipped.get(0)
                : "no column " + String.join(", ", missing) + " (columns found: " + String.join(", ", columns) + ")";
        return "--data " + file + ": none of its " + skipped.size() + " rows has id, text and label; " + why;
    }

    private static Map<String, String> lowerKeys(Map<String, String> fields) {
        Map<String, String> out = new HashMap<>();
        fields.forEach((k, v) -> out.put(k.strip().toLowerCase(java.util.Locale.ROOT), v));
        return out;
    }
}
