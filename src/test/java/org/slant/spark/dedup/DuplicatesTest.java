package org.slant.spark.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slant.config.InputFormat;
import org.slant.ingest.FieldMapping;
import org.slant.ingest.Inputs;
import org.slant.ingest.RawRecord;
import org.slant.ingest.ReadResult;
import org.slant.ingest.Readers;
import org.slant.spark.Schemas;
import org.slant.spark.SharedSpark;
import org.slant.text.Shingles;

/**
 * Precision and recall of duplicate marking on labelled pairs built from the sample corpus: every
 * original article, plus copies made from some of them the way syndication alters stories. Each copy
 * is labelled with its original; every other pair is a non-duplicate, including the sample's
 * independent reports of the same events by different outlets.
 */
@Tag("spark")
class DuplicatesTest {
    private static final StructType SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField("article_id", DataTypes.StringType, false),
            DataTypes.createStructField("published_at", DataTypes.TimestampType, true),
            DataTypes.createStructField("date", DataTypes.DateType, false),
            DataTypes.createStructField("source", DataTypes.StringType, false),
            DataTypes.createStructField("location", DataTypes.StringType, false),
            DataTypes.createStructField("dedup_sketch", Schemas.DEDUP_SKETCH.struct(), false)));

    /** How a copy was made, and whether a reader would call it the same story (all of these are). */
    enum Edit { EXACT_REFORMATTED, CREDIT_LINE, FEW_WORDS, LAST_PARAGRAPH_CUT, HEAVY_REWRITE, WIRE_COPY_IN_SAMPLE }

    @Test
    void noArticlesAreMarkedWithoutFailing() {
        Dataset<Row> none = Duplicates.mark(SharedSpark.get().createDataFrame(List.of(), SCHEMA));
        assertEquals(0, none.count());
        assertTrue(List.of(none.columns()).containsAll(List.of("duplicate_of", "duplicate_similarity")));
    }

    @Test
    void precisionAndRecallOnConstructedPairs() throws Exception {
        Map<String, String> originals = sampleTexts();
        SplittableRandom random = new SplittableRandom(7);
        List<Row> rows = new ArrayList<>();
        Map<String, String> truth = new HashMap<>();
        Map<String, Edit> editOf = new HashMap<>();
        Instant t0 = Instant.parse("2024-10-01T00:00:00Z");
        int i = 0;
        for (Map.Entry<String, String> o : originals.entrySet()) {
            rows.add(row(o.getKey(), t0.plusSeconds(60L * i), o.getValue()));
            if (i % 2 == 0) {
                Edit edit = Edit.values()[(i / 2) % Edit.WIRE_COPY_IN_SAMPLE.ordinal()];
                String copyId = o.getKey() + "~" + edit;
                rows.add(row(copyId, t0.plusSeconds(86_400L + 60L * i), copy(o.getValue(), edit, random)));
                truth.put(copyId, o.getKey());
                editOf.put(copyId, edit);
            }
            i++;
        }
        Dataset<Row> in = SharedSpark.get().createDataFrame(rows, SCHEMA);
        Map<String, String> marked = new HashMap<>();
        for (Row r : Duplicates.mark(in).collectAsList()) {
            if (r.getAs("duplicate_of") != null) {
                marked.put(r.getAs("article_id"), r.getAs("duplicate_of"));
            }
        }
        // The sample itself carries two syndicated wire copies (documented in its README): true pairs too.
        truth.put("2024-10-09-senate-clears-hurdle-wire.txt#1", "capitolwire.jsonl#5");
        truth.put("2024-10-15-house-passes-aid-wire.txt#1", "capitolwire_late.jsonl.gz#1");
        marked.forEach((k, v) -> {
            if (!v.equals(truth.get(k))) {
                System.out.println("false duplicate: " + k + " -> " + v);
            }
        });
        long truePositives = marked.entrySet().stream().filter(e -> e.getValue().equals(truth.get(e.getKey()))).count();
        double precision = marked.isEmpty() ? 1.0 : (double) truePositives / marked.size();
        Map<Edit, int[]> byEdit = new LinkedHashMap<>();
        truth.forEach((copy, original) -> {
            int[] c = byEdit.computeIfAbsent(editOf.getOrDefault(copy, Edit.WIRE_COPY_IN_SAMPLE), e -> new int[2]);
            c[1]++;
            if (original.equals(marked.get(copy))) {
                c[0]++;
            } else if (editOf.get(copy) != Edit.HEAVY_REWRITE) {
                System.out.printf("missed copy: %s (Jaccard %.2f)%n", copy, similarity(rows, copy, original));
            }
        });
        StringBuilder report = new StringBuilder(String.format("duplicates: %d originals, %d copies, %d non-duplicate pairs; marked %d, precision %.3f%n",
                originals.size(), truth.size(), originals.size() * (originals.size() - 1) / 2, marked.size(), precision));
        byEdit.forEach((e, c) -> report.append(String.format("  recall %-18s %d/%d (mean Jaccard %.2f)%n", e, c[0], c[1],
                meanSimilarity(rows, truth, editOf, e))));
        System.out.print(report);
        assertEquals(1.0, precision, 1e-9, report.toString());
        // Exact and credit-line copies are always found; lightly edited ones at similarity near the
        // threshold are found with high probability (LSH), so their bound is a rate, not all.
        for (Edit e : List.of(Edit.EXACT_REFORMATTED, Edit.CREDIT_LINE, Edit.WIRE_COPY_IN_SAMPLE)) {
            int[] c = byEdit.get(e);
            assertEquals(c[1], c[0], "every copy is found: " + e + "\n" + report);
        }
        int found = byEdit.get(Edit.FEW_WORDS)[0] + byEdit.get(Edit.LAST_PARAGRAPH_CUT)[0];
        int all = byEdit.get(Edit.FEW_WORDS)[1] + byEdit.get(Edit.LAST_PARAGRAPH_CUT)[1];
        assertTrue(found >= 0.85 * all, "light edits found: " + found + "/" + all + "\n" + report);
        assertTrue(byEdit.get(Edit.HEAVY_REWRITE)[1] > 0);
    }

    /**
     * One story run by many papers, a credit line each: a bucket far beyond any all-pairs budget. Every copy
     * names the first publication; exact copies of a copy name it too (one step up the chain); and the
     * result does not depend on how the rows are partitioned.
     */
    @Test
    void aStoryInManyPapersNamesItsFirstPublicationWhateverThePartitioning() throws Exception {
        String story = sampleTexts().values().stream().max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
        Instant t0 = Instant.parse("2024-10-09T06:00:00Z");
        List<Row> rows = new ArrayList<>();
        rows.add(row("original", t0, story));
        for (int i = 1; i <= 60; i++) {
            rows.add(row("paper-" + i, t0.plusSeconds(600L * i), "CITY " + i + " (Wire) — " + story + "\n\nReporting by desk " + i + "."));
        }
        rows.add(row("reprint-of-paper-7", t0.plusSeconds(86_400), ("CITY 7 (Wire) — " + story + "\n\nReporting by desk 7.").toUpperCase()));
        rows.add(row("reprint-of-original", t0.plusSeconds(90_000), story.replace("\n\n", "\n")));
        rows.add(row("unrelated", t0.plusSeconds(60), "A ferry service will add two boats to its morning schedule next month."));
        Dataset<Row> in = SharedSpark.get().createDataFrame(rows, SCHEMA);

        Map<String, String> oneTask = duplicateOf(in.repartition(1));
        for (Row r : rows) {
            String id = r.getString(0);
            assertEquals(id.equals("original") || id.equals("unrelated") ? null : "original", oneTask.get(id), id);
        }
        assertEquals(oneTask, duplicateOf(in.repartition(7)));
    }

    private static Map<String, String> duplicateOf(Dataset<Row> articles) {
        Map<String, String> out = new HashMap<>();
        for (Row r : Duplicates.mark(articles).collectAsList()) {
            out.put(r.getAs("article_id"), r.getAs("duplicate_of"));
        }
        return out;
    }

    private static double meanSimilarity(List<Row> rows, Map<String, String> truth, Map<String, Edit> editOf, Edit edit) {
        return truth.entrySet().stream().filter(e -> editOf.getOrDefault(e.getKey(), Edit.WIRE_COPY_IN_SAMPLE) == edit)
                .mapToDouble(e -> similarity(rows, e.getKey(), e.getValue())).average().orElse(0);
    }

    private static double similarity(List<Row> rows, String a, String b) {
        return Shingles.jaccard(shinglesOf(rows, a), shinglesOf(rows, b));
    }

    private static int[] shinglesOf(List<Row> rows, String id) {
        return rows.stream().filter(r -> r.getString(0).equals(id)).findFirst()
                .map(r -> (int[]) r.getStruct(5).getAs("shingles")).orElseThrow();
    }

    static String copy(String text, Edit edit, SplittableRandom random) {
        return switch (edit) {
            case EXACT_REFORMATTED -> text.replace("\n\n", "\n").replace("“", "\"").replace("”", "\"").toUpperCase();
            case CREDIT_LINE -> "WASHINGTON (Wire Services) — " + text + "\n\nReporting by staff; editing by the desk.";
            case FEW_WORDS -> replaceWords(text, 0.03, random);
            case LAST_PARAGRAPH_CUT -> {
                int cut = text.lastIndexOf("\n\n");
                yield cut > text.length() * 0.6 ? text.substring(0, cut) : text.substring(0, (int) (text.length() * 0.85));
            }
            case HEAVY_REWRITE -> replaceWords(text, 0.25, random);
            case WIRE_COPY_IN_SAMPLE -> throw new IllegalArgumentException("not made by this test");
        };
    }

    private static String replaceWords(String text, double share, SplittableRandom random) {
        String[] words = text.split(" ");
        for (int i = 0; i < words.length; i++) {
            if (random.nextDouble() < share) {
                words[i] = "changed" + random.nextInt(1000);
            }
        }
        return String.join(" ", words);
    }

    private static Row row(String id, Instant published, String text) {
        return RowFactory.create(id, published, LocalDate.ofInstant(published, java.time.ZoneOffset.UTC), "test", id,
                Duplicates.sketch(text));
    }

    /** id → body of every record of the sample corpus the readers accept with a text. */
    static Map<String, String> sampleTexts() throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        Readers readers = new Readers();
        FieldMapping mapping = new FieldMapping();
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of("datasets/sample"))) {
            files = s.filter(Files::isRegularFile).filter(p -> Readers.detect(p.getFileName().toString()) != InputFormat.AUTO)
                    .sorted().toList();
        }
        for (Path f : files) {
            try (InputStream in = Inputs.open(Files.newInputStream(f), f.getFileName().toString())) {
                Iterator<ReadResult> it = readers.forFormat(Readers.detect(f.getFileName().toString())).read(in, f.toString());
                int n = 0;
                while (it.hasNext()) {
                    ReadResult r = it.next();
                    n++;
                    if (r instanceof RawRecord rec) {
                        String text = mapping.apply(rec.fields()).get("text");
                        if (text != null && text.length() > 200) {
                            out.put(f.getFileName() + "#" + n, text);
                        }
                    }
                }
            }
        }
        return out;
    }
}
