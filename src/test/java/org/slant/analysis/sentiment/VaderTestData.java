package org.slant.analysis.sentiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the VADER ground-truth TSVs kept (research-only) in shared/data, outside the repository. */
final class VaderTestData {

    /** The three ICWSM-2014 sets that ship with reference scores. */
    static final List<String> SETS = List.of("tweets", "movie_review_snippets", "amazon_review_snippets");

    record Snippet(String id, String text) {}

    private VaderTestData() {}

    /** Relative to the project root, where Maven runs tests. */
    static Path defaultDir() {
        return Path.of("..", "shared", "data", "vader");
    }

    /** id and text of every row of {@code <set>.tsv}, in file order. */
    static List<Snippet> snippets(Path dir, String set) throws IOException {
        List<Snippet> out = new ArrayList<>();
        for (List<String> row : readTsv(dir.resolve(set + ".tsv"))) {
            out.add(new Snippet(row.get(0), row.get(1)));
        }
        return out;
    }

    /** {@code reference_scores_<set>.tsv} by id. */
    static Map<String, SentimentScores> referenceScores(Path dir, String set) throws IOException {
        Map<String, SentimentScores> out = new LinkedHashMap<>();
        for (List<String> row : readTsv(dir.resolve("reference_scores_" + set + ".tsv"))) {
            out.put(row.get(0), new SentimentScores(Double.parseDouble(row.get(1)), Double.parseDouble(row.get(2)),
                    Double.parseDouble(row.get(3)), Double.parseDouble(row.get(4))));
        }
        return out;
    }

    /**
     * UTF-8 TSV with a header row. No field holds a tab or a line break; a field holding a double quote
     * is RFC-4180 quoted (wrapped in quotes, inner quotes doubled). Only '\n' ends a line, so other
     * Unicode line separators inside texts stay part of the field.
     */
    static List<List<String>> readTsv(Path file) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        String[] lines = content.split("\n", -1);
        for (int li = 1; li < lines.length; li++) {
            String line = lines[li];
            if (line.isEmpty()) {
                continue;
            }
            List<String> fields = new ArrayList<>();
            for (String f : line.split("\t", -1)) {
                fields.add(unquote(f));
            }
            rows.add(fields);
        }
        return rows;
    }

    static String unquote(String f) {
        if (f.length() >= 2 && f.charAt(0) == '"' && f.charAt(f.length() - 1) == '"') {
            return f.substring(1, f.length() - 1).replace("\"\"", "\"");
        }
        return f;
    }
}
