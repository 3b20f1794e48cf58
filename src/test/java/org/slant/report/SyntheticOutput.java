package org.slant.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

/**
 * An analyze output folder written directly with parquet-hadoop (no Spark): the tables the report reads,
 * partitioned by date as analyze writes them, with the columns the report uses and the types analyze gives
 * them, and a manifest. Rows are added per table as column-value maps; {@link #write} lays them out.
 */
final class SyntheticOutput {
    static final Map<String, String> SCHEMAS = Map.of(
            "by_outlet_date", "required binary outlet (STRING); required int64 articles; optional double sentiment_mean; "
                    + "optional double sentiment_ci_low; optional double sentiment_ci_high; optional double sentiment_sd;",
            "by_outlet_date_target", "required binary outlet (STRING); required binary target (STRING); required int64 articles; "
                    + "optional double stance_mean; optional double stance_sd; required int64 author_articles; "
                    + "optional double author_stance_mean; optional double author_stance_sd; required int64 quoted_favor; "
                    + "required int64 quoted_against;",
            "by_outlet_date_frame", "required binary outlet (STRING); required binary frame (STRING); required int64 articles; "
                    + "required double share;",
            "by_outlet_date_target_frame", "required binary outlet (STRING); required binary target (STRING); "
                    + "required binary frame (STRING); required int64 articles; optional double share;",
            "by_outlet_date_actor", "required binary outlet (STRING); required binary actor (STRING); required binary target (STRING); "
                    + "required int64 favor; required int64 against; required int64 none; required int64 articles;",
            "actor_stances", "optional binary article_id (STRING); optional binary outlet (STRING); optional binary actor (STRING); "
                    + "optional binary speaker (STRING); optional binary target (STRING); optional binary stance_label (STRING); "
                    + "optional binary evidence (STRING);",
            "articles", "optional binary article_id (STRING); optional binary outlet (STRING); optional binary duplicate_of (STRING); "
                    + "optional double duplicate_similarity;",
            "rejects", "optional binary source (STRING); optional binary location (STRING); optional binary reason (STRING);");

    private final Map<String, Map<LocalDate, List<Map<String, Object>>>> tables = new TreeMap<>();
    private String granularity = "day";
    // One configuration for every file: each writer would otherwise parse Hadoop's default XML files again.
    private final Configuration conf = new Configuration();

    SyntheticOutput granularity(String g) {
        granularity = g;
        return this;
    }

    /** Adds a row to a date-partitioned table (date null for rejects). */
    SyntheticOutput row(String table, LocalDate date, Object... keyValues) {
        Map<String, Object> row = new TreeMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            row.put((String) keyValues[i], keyValues[i + 1]);
        }
        tables.computeIfAbsent(table, t -> new TreeMap<>(java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())))
                .computeIfAbsent(date, d -> new ArrayList<>()).add(row);
        return this;
    }

    Path write(Path root) throws IOException {
        conf.size();
        Files.createDirectories(root);
        Files.writeString(root.resolve("manifest.json"), "{\"run_id\":\"20241020T000000Z-test\",\"version\":\"0.1.0\","
                + "\"config\":{\"granularity\":\"" + granularity + "\",\"timezone\":\"UTC\"},\"config_hash\":\"abc\","
                + "\"counts\":{\"read\":1,\"accepted\":1,\"rejected\":0,\"duplicates\":0},\"methods\":{\"sentiment\":\"VADER\"},"
                + "\"rows\":{},\"arguments\":[\"analyze\"]}", StandardCharsets.UTF_8);
        for (String table : SCHEMAS.keySet()) {
            Files.createDirectories(root.resolve(table));
        }
        for (Map.Entry<String, Map<LocalDate, List<Map<String, Object>>>> t : tables.entrySet()) {
            MessageType type = MessageTypeParser.parseMessageType("message spark_schema { " + SCHEMAS.get(t.getKey()) + " }");
            for (Map.Entry<LocalDate, List<Map<String, Object>>> part : t.getValue().entrySet()) {
                Path dir = part.getKey() == null ? root.resolve(t.getKey()) : root.resolve(t.getKey()).resolve("date=" + part.getKey());
                Files.createDirectories(dir);
                writeFile(dir.resolve("part-00000.snappy.parquet"), type, part.getValue());
            }
        }
        return root;
    }

    private void writeFile(Path file, MessageType type, List<Map<String, Object>> rows) throws IOException {
        SimpleGroupFactory groups = new SimpleGroupFactory(type);
        try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(file)).withType(type).withConf(conf)
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE).withCompressionCodec(CompressionCodecName.UNCOMPRESSED).build()) {
            for (Map<String, Object> row : rows) {
                Group g = groups.newGroup();
                row.forEach((k, v) -> {
                    if (v instanceof String s) {
                        g.append(k, s);
                    } else if (v instanceof Long l) {
                        g.append(k, l);
                    } else if (v instanceof Integer i) {
                        g.append(k, (long) i);
                    } else if (v instanceof Double d) {
                        g.append(k, d);
                    }
                });
                writer.write(g);
            }
        }
    }
}
