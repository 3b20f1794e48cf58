package org.slant.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.HadoopReadOptions;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;
import org.slant.failure.InputException;
import org.slant.failure.UsageException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An {@code analyze} output folder on any Hadoop file system, read without Spark: its manifest and the
 * rows of its tables, only the requested columns and only the date partitions in the window, so the cost
 * follows the size of the aggregates, not of the corpus.
 */
final class AnalyzeOutput {
    /** Tables the report reads; a folder without them is not an analyze output. */
    static final List<String> REQUIRED = List.of("by_outlet_date", "by_outlet_date_target", "by_outlet_date_frame",
            "by_outlet_date_target_frame", "by_outlet_date_actor");

    private final Configuration conf;
    private final FileSystem fs;
    private final Path root;
    private final String name;
    private final JsonNode manifest;
    // Built once: ParquetFileReader.open(file) alone builds default options from a new Hadoop configuration,
    // which parses Hadoop's XML resources again for every file (most of the time over hundreds of partitions).
    private final ParquetReadOptions readOptions;

    private AnalyzeOutput(Configuration conf, FileSystem fs, Path root, String name, JsonNode manifest) {
        this.conf = conf;
        this.readOptions = HadoopReadOptions.builder(conf).build();
        this.fs = fs;
        this.root = root;
        this.name = name;
        this.manifest = manifest;
    }

    /** Opens {@code output}: exit 3 when it is missing or unreadable, exit 2 when it is not an analyze output. */
    static AnalyzeOutput open(String output, Configuration conf) {
        Path root;
        FileSystem fs;
        try {
            root = new Path(output);
            fs = root.getFileSystem(conf);
        } catch (IllegalArgumentException | IOException e) {
            throw new UsageException("--output " + output + ": not a usable path: " + e.getMessage(), e);
        }
        try {
            if (!fs.exists(root)) {
                throw new InputException("--output " + output + ": no such folder (run 'slant analyze --output "
                        + output + "' first)");
            }
            if (!fs.getFileStatus(root).isDirectory()) {
                throw new UsageException("--output " + output + " is a file, not an analyze output folder");
            }
            Path manifestPath = new Path(root, "manifest.json");
            if (!fs.exists(manifestPath)) {
                throw new UsageException("--output " + output + " is not an analyze output folder (it has no manifest.json)");
            }
            for (String table : REQUIRED) {
                Path dir = new Path(root, table);
                if (!fs.exists(dir) || !fs.getFileStatus(dir).isDirectory()) {
                    throw new UsageException("--output " + output + " is not a complete analyze output folder (it has no "
                            + table + "/; it may come from an older version: run analyze again)");
                }
            }
            JsonNode manifest;
            try (InputStream in = fs.open(manifestPath)) {
                manifest = new ObjectMapper().readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new UsageException("--output " + output + ": manifest.json is not JSON: " + e.getOriginalMessage(), e);
            }
            return new AnalyzeOutput(conf, fs, root, output, manifest);
        } catch (IOException e) {
            throw new InputException("--output " + output + ": cannot be read: " + e.getMessage(), e);
        }
    }

    JsonNode manifest() {
        return manifest;
    }

    String name() {
        return name;
    }

    FileSystem fileSystem() {
        return fs;
    }

    Path root() {
        return root;
    }

    boolean exists(String relative) {
        try {
            return fs.exists(new Path(root, relative));
        } catch (IOException e) {
            return false;
        }
    }

    /** Receives rows; returns false to stop reading early. */
    interface RowVisitor {
        boolean visit(TableRow row);
    }

    /**
     * Visits the rows of {@code table} in date order (files in name order within a date), reading only
     * {@code columns} (those a file lacks are null) and only date partitions the window holds. A table without
     * date partitions is read whole, its rows dated null. A missing table reads as empty.
     */
    void read(String table, Set<String> columns, DateWindow window, RowVisitor visitor) {
        Path dir = new Path(root, table);
        try {
            if (!fs.exists(dir)) {
                return;
            }
            List<Map.Entry<LocalDate, Path>> parts = new ArrayList<>();
            boolean partitioned = false;
            for (FileStatus s : fs.listStatus(dir)) {
                String n = s.getPath().getName();
                if (s.isDirectory() && n.startsWith("date=")) {
                    partitioned = true;
                    LocalDate date = partitionDate(n.substring("date=".length()));
                    if (date != null && window.contains(date)) {
                        parts.add(Map.entry(date, s.getPath()));
                    }
                }
            }
            if (!partitioned) {
                parts.add(new java.util.AbstractMap.SimpleEntry<>(null, dir));
            }
            parts.sort(Map.Entry.comparingByKey(Comparator.nullsFirst(Comparator.naturalOrder())));
            for (Map.Entry<LocalDate, Path> part : parts) {
                FileStatus[] files = fs.listStatus(part.getValue(), dataFile());
                Arrays.sort(files, Comparator.comparing(f -> f.getPath().getName()));
                for (FileStatus file : files) {
                    if (file.isFile() && !readFile(file, part.getKey(), columns, visitor)) {
                        return;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UsageException || e instanceof InputException) {
                throw (RuntimeException) e;
            }
            throw new InputException("--output " + name + ": table " + table + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static org.apache.hadoop.fs.PathFilter dataFile() {
        Predicate<String> hidden = n -> n.startsWith("_") || n.startsWith(".");
        return p -> !hidden.test(p.getName()) && p.getName().endsWith(".parquet");
    }

    private static LocalDate partitionDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private boolean readFile(FileStatus file, LocalDate date, Set<String> columns, RowVisitor visitor) throws IOException {
        try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromStatus(file, conf), readOptions)) {
            MessageType schema = reader.getFooter().getFileMetaData().getSchema();
            List<Type> kept = new ArrayList<>();
            for (Type field : schema.getFields()) {
                if (columns.contains(field.getName()) && field.isPrimitive()) {
                    kept.add(field);
                }
            }
            if (kept.isEmpty()) {
                return true;
            }
            MessageType requested = new MessageType(schema.getName(), kept);
            reader.setRequestedSchema(requested);
            MessageColumnIO io = new ColumnIOFactory().getColumnIO(requested, schema);
            PageReadStore pages;
            while ((pages = reader.readNextRowGroup()) != null) {
                RecordReader<Group> records = io.getRecordReader(pages, new GroupRecordConverter(requested));
                for (long i = 0, n = pages.getRowCount(); i < n; i++) {
                    if (!visitor.visit(new TableRow(date, values(records.read(), requested)))) {
                        return false;
                    }
                }
            }
            return true;
        }
    }

    private static Map<String, Object> values(Group g, MessageType requested) {
        Map<String, Object> out = new HashMap<>();
        for (int i = 0; i < requested.getFieldCount(); i++) {
            if (g.getFieldRepetitionCount(i) == 0) {
                continue;
            }
            PrimitiveType type = requested.getType(i).asPrimitiveType();
            Object value = switch (type.getPrimitiveTypeName()) {
                case INT64 -> g.getLong(i, 0);
                case INT32 -> (long) g.getInteger(i, 0);
                case DOUBLE -> g.getDouble(i, 0);
                case FLOAT -> (double) g.getFloat(i, 0);
                case BOOLEAN -> g.getBoolean(i, 0);
                case BINARY -> g.getString(i, 0);
                default -> null;
            };
            if (value != null) {
                out.put(requested.getFieldName(i), value);
            }
        }
        return out;
    }
}
