package org.slant.evaluate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.slant.config.InputFormat;
import org.slant.ingest.Inputs;
import org.slant.ingest.RawRecord;
import org.slant.ingest.ReadResult;
import org.slant.ingest.Readers;
import org.slant.ingest.Reject;

/**
 * Reads labelled data (CSV, TSV or JSON Lines, optionally gzipped) with the same readers as
 * {@code analyze}. Rows lacking {@code id}, {@code text} or {@code label} are counted as skipped and
 * reported, never guessed.
 */
public final class LabeledData {
    /** The usable items and a description of each row that was skipped. */
    public record Loaded(List<LabeledItem> items, List<String> skipped) {
    }

    private LabeledData() {
    }

    public static Loaded read(Path file) throws IOException {
        String name = file.getFileName().toString();
        InputFormat format = Readers.detect(name);
        if (format != InputFormat.CSV && format != InputFormat.TSV && format != InputFormat.JSONL) {
            throw new IllegalArgumentException("--data " + file + ": expected a .csv, .tsv or .jsonl file");
        }
        List<LabeledItem> items = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        try (InputStream in = Inputs.open(Files.newInputStream(file), name)) {
            Iterator<ReadResult> it = new Readers().forFile(format, name).read(in, file.toString());
            while (it.hasNext()) {
                ReadResult r = it.next();
                if (r instanceof Reject reject) {
                    skipped.add(reject.location() + ": " + reject.reason());
                    continue;
                }
                Map<String, String> f = lowerKeys(((RawRecord) r).fields());
                String id = f.remove("id");
                String text = f.remove("text");
                String label = f.remove("label");
                if (id == null || text == null || text.isBlank() || label == null || label.isBlank()) {
                    skipped.add(r.location() + ": needs id, text and label");
                    continue;
                }
                items.add(new LabeledItem(id, text, label.strip(), f));
            }
        } catch (NoSuchFileException e) {
            throw e;
        }
        return new Loaded(items, skipped);
    }

    private static Map<String, String> lowerKeys(Map<String, String> fields) {
        Map<String, String> out = new HashMap<>();
        fields.forEach((k, v) -> out.put(k.strip().toLowerCase(java.util.Locale.ROOT), v));
        return out;
    }
}
