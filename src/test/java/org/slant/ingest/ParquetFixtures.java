package org.slant.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BiConsumer;

import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

/** Writes real Parquet files for tests with parquet-hadoop's own writer (no Spark needed). */
public final class ParquetFixtures {
    private ParquetFixtures() {
    }

    /**
     * Writes {@code rows} rows to {@code file} with the given schema (Parquet's message syntax), filling each
     * row with {@code fill(group, rowIndex)}, {@code rowsPerGroup} rows per row group, uncompressed.
     */
    public static void write(Path file, String schema, int rows, int rowsPerGroup, BiConsumer<Group, Integer> fill)
            throws IOException {
        write(file, MessageTypeParser.parseMessageType(schema), rows, rowsPerGroup, fill);
    }

    public static void write(Path file, MessageType type, int rows, int rowsPerGroup, BiConsumer<Group, Integer> fill)
            throws IOException {
        SimpleGroupFactory groups = new SimpleGroupFactory(type);
        try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(file))
                .withType(type)
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .withCompressionCodec(CompressionCodecName.UNCOMPRESSED)
                .withRowGroupRowCountLimit(rowsPerGroup)
                .withPageRowCountLimit(rowsPerGroup)
                .build()) {
            for (int i = 0; i < rows; i++) {
                Group g = groups.newGroup();
                fill.accept(g, i);
                writer.write(g);
            }
        }
    }

    /** Three articles with {@code id} as a 32-bit integer column. */
    public static void intIds(Path file) throws IOException {
        write(file, "message m { required int32 id; required binary text (STRING); required binary published (STRING); "
                + "optional binary outlet (STRING); }", 3, 100, (g, i) -> g.append("id", 100 + i)
                .append("text", "The senate approved the aid package. Supporters were pleased.")
                .append("published", "2024-10-0" + (i + 1)).append("outlet", "Int Wire"));
    }

    /** Two articles with {@code id} as a string and a column whose name has a backtick. */
    public static void stringIdsAndOddNames(Path file) throws IOException {
        write(file, "message m { required binary id (STRING); required binary content (STRING); "
                + "required binary date (STRING); required binary source (STRING); optional binary `odd`name (STRING); }",
                2, 100, (g, i) -> g.append("id", "s" + i)
                        .append("content", "Critics said the delay was a terrible failure.")
                        .append("date", "2024-10-0" + (i + 1)).append("source", "String Post")
                        .append("`odd`name", "x"));
    }
}
