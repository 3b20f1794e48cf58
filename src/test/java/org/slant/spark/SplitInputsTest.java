package org.slant.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.config.AnalyzeConfig;
import org.slant.config.Granularity;
import org.slant.config.InputFormat;
import org.slant.ingest.FileSplit;
import org.slant.ingest.InputFiles;
import org.slant.spark.schema.TableSchema;

/** An input cut into many tiny parts gives exactly the tables the whole files give. */
@Tag("spark")
class SplitInputsTest {
    private static final Path SAMPLE = Path.of("datasets/sample");

    @TempDir
    Path tmp;

    @Test
    void tinyPartsGiveTheSameTablesAsWholeFiles() throws IOException {
        SparkSession spark = SharedSpark.get();
        Path in = corpus();
        AnalyzeConfig whole = config(in, tmp.resolve("whole"));
        AnalyzeJob.prepare(spark, whole, List.of()).run();

        AnalyzeConfig cut = config(in, tmp.resolve("cut"));
        System.setProperty(InputSplits.SPLIT_BYTES, "1024");
        try {
            InputFiles.Listing listing = InputFiles.list(cut.inputs(), cut.format(), spark.sparkContext().hadoopConfiguration());
            List<FileSplit> splits = InputSplits.plan(JavaSparkContext.fromSparkContext(spark.sparkContext()), listing.files(),
                    spark.sparkContext().hadoopConfiguration());
            assertTrue(parts(splits, "wire.jsonl") > 10, splits.toString());
            assertTrue(parts(splits, "wire_rows.csv") > 10, splits.toString());
            assertEquals(1, parts(splits, "ledger_2024-10.csv"), "quoted line breaks: read whole");
            AnalyzeJob.prepare(spark, cut, List.of()).run();
        } finally {
            System.clearProperty(InputSplits.SPLIT_BYTES);
        }

        for (TableSchema table : Schemas.EXPORTED) {
            String name = "csv/" + table.name() + ".csv";
            assertEquals(withoutRunIds(tmp.resolve("whole").resolve(name)), withoutRunIds(tmp.resolve("cut").resolve(name)), name);
        }
        for (TableSchema table : List.of(Schemas.ARTICLE_TARGETS, Schemas.ARTICLE_FRAMES)) {
            assertEquals(rows(spark, tmp.resolve("whole"), table), rows(spark, tmp.resolve("cut"), table), table.name());
        }
        String rejects = Files.readString(tmp.resolve("cut/csv/rejects.csv"));
        assertTrue(rejects.contains("wire_rows.csv,line 31,\"wrong column count"), rejects);
    }

    private static String withoutRunIds(Path csv) throws IOException {
        return Files.readString(csv).replaceAll("(?m),\\d{8}T\\d{6}Z-[0-9a-f]{8}$", ",RUN");
    }

    private static long parts(List<FileSplit> splits, String name) {
        return splits.stream().filter(s -> s.file().path().endsWith("/" + name)).count();
    }

    private static List<String> rows(SparkSession spark, Path out, TableSchema table) {
        List<String> rows = new ArrayList<>();
        for (Row r : spark.read().parquet(out.resolve(table.name()).toString()).select(table.columns())
                .orderBy(table.sortColumns()).collectAsList()) {
            rows.add(r.toString());
        }
        return rows;
    }

    /**
     * The sample's JSON Lines as they are (LF) and again as one-line CSV rows with CRLF, a BOM and a short
     * row; the sample's CSV, whose quoted fields hold line breaks.
     */
    private Path corpus() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.copy(SAMPLE.resolve("csv/ledger_2024-10.csv"), in.resolve("ledger_2024-10.csv"));
        String jsonl = Files.readString(SAMPLE.resolve("jsonl/capitolwire.jsonl"));
        Files.writeString(in.resolve("wire.jsonl"), jsonl + jsonl.replace("\"id\": \"", "\"id\": \"again-"));
        StringBuilder csv = new StringBuilder("\uFEFFid,outlet,date_publish,title,maintext\r\n");
        ObjectMapper json = new ObjectMapper();
        int row = 0;
        for (String line : jsonl.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n;
            try {
                n = json.readTree(line);
            } catch (IOException deliberatelyBroken) {
                continue;
            }
            if (!n.isObject()) {
                continue;
            }
            for (String copy : List.of("r1-", "r2-")) {
                csv.append(cell(copy + text(n, "id"))).append(',').append(cell(text(n, "outlet"))).append(',')
                        .append(cell(text(n, "date_publish"))).append(',').append(cell(text(n, "title"))).append(',')
                        .append(cell(text(n, "maintext").replaceAll("\\s+", " "))).append("\r\n");
                if (++row == 29) {
                    csv.append("short,row\r\n");
                }
            }
        }
        Files.writeString(in.resolve("wire_rows.csv"), csv.toString(), StandardCharsets.UTF_8);
        return in;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }

    private static String cell(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    private AnalyzeConfig config(Path in, Path out) {
        return new AnalyzeConfig(List.of(in.toString()), out.toString(), InputFormat.AUTO, Map.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), ZoneId.of("UTC"),
                Granularity.DAY, 0.5, false, AnalyzeConfig.DEFAULT_MAX_ANALYZED_CHARS);
    }
}
