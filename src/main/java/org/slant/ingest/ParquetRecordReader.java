package org.slant.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.NanoTime;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * Reads one Parquet file, one {@link RawRecord} per row at location {@code row N}, with every value as
 * text; each file is read with its own schema, so files that disagree on a column's type (an {@code id}
 * stored as a number in one and as a string in another) are all read, and any column name works.
 *
 * <p>Only top-level columns the {@code wanted} predicate accepts are decoded (the others are never
 * read from disk). Values become text the way the JSON Lines reader writes them: strings as they are
 * (strict UTF-8), numbers as written, a {@code DECIMAL} in plain notation, a {@code DATE} as
 * {@code yyyy-MM-dd}, a UTC timestamp (also legacy {@code INT96}) as an ISO instant ({@code ...Z}), a
 * local one without offset, lists, maps and structs as compact JSON, null as an absent field.
 *
 * <p>A file whose footer cannot be read throws from {@link #read}; a failure part-way (a corrupt page, a
 * truncated file) becomes one reject after the rows already read, and a row with bytes that are not
 * UTF-8 in a string column is rejected alone. Thread-safe; each call returns its own iterator, which
 * the caller closes when it stops early.
 */
public final class ParquetRecordReader {
    /** 1970-01-01 as a Julian day number, the epoch of {@code INT96} timestamps. */
    private static final long JULIAN_EPOCH_DAY = 2_440_588L;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Predicate<String> wanted;

    /** @param wanted whether a top-level column is read, by its name as written in the file */
    public ParquetRecordReader(Predicate<String> wanted) {
        this.wanted = wanted;
    }

    /** The rows of {@code file}, lazily; {@code source} names it in every result. */
    public Rows read(InputFile file, String source) throws IOException {
        ParquetFileReader reader = ParquetFileReader.open(file);
        try {
            MessageType schema = reader.getFooter().getFileMetaData().getSchema();
            List<Type> kept = new ArrayList<>();
            for (Type field : schema.getFields()) {
                if (wanted.test(field.getName())) {
                    kept.add(field);
                }
            }
            MessageType requested = new MessageType(schema.getName(), kept);
            reader.setRequestedSchema(requested);
            long rows = 0;
            for (BlockMetaData block : reader.getRowGroups()) {
                rows += block.getRowCount();
            }
            return new Rows(reader, schema, requested, rows, source);
        } catch (RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /** The rows of one file; closes the file when exhausted, after a failure, or on {@link #close}. */
    public static final class Rows implements Iterator<ReadResult>, Closeable {
        private final ParquetFileReader reader;
        private final MessageColumnIO io;
        private final MessageType requested;
        private final long total;
        private final String source;
        private org.apache.parquet.io.RecordReader<Group> group;
        private long leftInGroup;
        private long row;
        private ReadResult next;
        private boolean done;

        private Rows(ParquetFileReader reader, MessageType schema, MessageType requested, long total, String source) {
            this.reader = reader;
            this.requested = requested;
            this.io = requested.getFieldCount() == 0 ? null : new ColumnIOFactory().getColumnIO(requested, schema);
            this.total = total;
            this.source = source;
        }

        @Override
        public boolean hasNext() {
            if (next != null) {
                return true;
            }
            if (done) {
                return false;
            }
            try {
                next = readRow();
            } catch (IOException | RuntimeException e) {
                next = Reject.of(source, "after row " + row,
                        "read error part-way (rest of file not read): " + describe(e), "");
                finish();
            }
            return next != null;
        }

        @Override
        public ReadResult next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ReadResult r = next;
            next = null;
            return r;
        }

        @Override
        public void close() throws IOException {
            done = true;
            reader.close();
        }

        private ReadResult readRow() throws IOException {
            if (io == null) {
                // No column a canonical field could come from: each row still counts, and is rejected
                // downstream for lacking text, as a CSV row without those columns would be.
                if (row == total) {
                    finish();
                    return null;
                }
                row++;
                return new RawRecord(source, "row " + row, Map.of());
            }
            while (leftInGroup == 0) {
                PageReadStore pages = reader.readNextRowGroup();
                if (pages == null) {
                    finish();
                    return null;
                }
                leftInGroup = pages.getRowCount();
                group = io.getRecordReader(pages, new GroupRecordConverter(requested));
            }
            Group g = group.read();
            leftInGroup--;
            row++;
            String location = "row " + row;
            Map<String, String> fields = new HashMap<>();
            try {
                for (int i = 0; i < requested.getFieldCount(); i++) {
                    String value = topLevel(g, requested.getType(i), i);
                    if (value != null) {
                        fields.put(requested.getFieldName(i), value);
                    }
                }
            } catch (CharacterCodingException e) {
                return Reject.of(source, location, StrictUtf8.INVALID_UTF8, "");
            }
            return new RawRecord(source, location, fields);
        }

        private void finish() {
            done = true;
            try {
                reader.close();
            } catch (IOException ignored) {
                // Everything there was to read has been read or reported; a failing close changes nothing.
            }
        }
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    /** A top-level column's value as text, or null when absent. */
    static String topLevel(Group g, Type type, int field) throws CharacterCodingException {
        int count = g.getFieldRepetitionCount(field);
        if (type.isPrimitive() && !type.isRepetition(Type.Repetition.REPEATED)) {
            return count == 0 ? null : text(g, type.asPrimitiveType(), field, 0);
        }
        if (type.isRepetition(Type.Repetition.REPEATED)) {
            ArrayNode array = NODES.arrayNode();
            for (int i = 0; i < count; i++) {
                array.add(node(g, type, field, i));
            }
            return array.toString();
        }
        return count == 0 ? null : node(g, type, field, 0).toString();
    }

    private static JsonNode node(Group g, Type type, int field, int index) throws CharacterCodingException {
        if (!type.isPrimitive()) {
            return group(g.getGroup(field, index), type.asGroupType());
        }
        PrimitiveType p = type.asPrimitiveType();
        LogicalTypeAnnotation logical = p.getLogicalTypeAnnotation();
        return switch (p.getPrimitiveTypeName()) {
            case BOOLEAN -> NODES.booleanNode(g.getBoolean(field, index));
            case INT32 -> logical == null ? NODES.numberNode(g.getInteger(field, index)) : NODES.textNode(text(g, p, field, index));
            case INT64 -> logical == null ? NODES.numberNode(g.getLong(field, index)) : NODES.textNode(text(g, p, field, index));
            case FLOAT -> NODES.numberNode(g.getFloat(field, index));
            case DOUBLE -> NODES.numberNode(g.getDouble(field, index));
            default -> NODES.textNode(text(g, p, field, index));
        };
    }

    private static JsonNode group(Group g, GroupType type) throws CharacterCodingException {
        LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
        if (logical instanceof LogicalTypeAnnotation.ListLogicalTypeAnnotation && type.getFieldCount() == 1) {
            ArrayNode array = NODES.arrayNode();
            Type repeated = type.getType(0);
            for (int i = 0; i < g.getFieldRepetitionCount(0); i++) {
                // The standard three-level list wraps each element in a one-field group; older writers don't.
                if (!repeated.isPrimitive() && repeated.asGroupType().getFieldCount() == 1) {
                    Group wrapper = g.getGroup(0, i);
                    array.add(wrapper.getFieldRepetitionCount(0) == 0 ? NODES.nullNode()
                            : node(wrapper, repeated.asGroupType().getType(0), 0, 0));
                } else {
                    array.add(node(g, repeated, 0, i));
                }
            }
            return array;
        }
        if (logical instanceof LogicalTypeAnnotation.MapLogicalTypeAnnotation && type.getFieldCount() == 1
                && !type.getType(0).isPrimitive() && type.getType(0).asGroupType().getFieldCount() == 2) {
            ObjectNode map = NODES.objectNode();
            GroupType entry = type.getType(0).asGroupType();
            for (int i = 0; i < g.getFieldRepetitionCount(0); i++) {
                Group kv = g.getGroup(0, i);
                String key = kv.getFieldRepetitionCount(0) == 0 ? "null" : node(kv, entry.getType(0), 0, 0).asText();
                map.set(key, kv.getFieldRepetitionCount(1) == 0 ? NODES.nullNode() : node(kv, entry.getType(1), 1, 0));
            }
            return map;
        }
        ObjectNode object = NODES.objectNode();
        for (int f = 0; f < type.getFieldCount(); f++) {
            Type child = type.getType(f);
            int count = g.getFieldRepetitionCount(f);
            if (child.isRepetition(Type.Repetition.REPEATED)) {
                ArrayNode array = object.putArray(child.getName());
                for (int i = 0; i < count; i++) {
                    array.add(node(g, child, f, i));
                }
            } else if (count > 0) {
                object.set(child.getName(), node(g, child, f, 0));
            }
        }
        return object;
    }

    /** One primitive value as text, by its physical and logical type. */
    static String text(Group g, PrimitiveType type, int field, int index) throws CharacterCodingException {
        LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
        return switch (type.getPrimitiveTypeName()) {
            case BOOLEAN -> Boolean.toString(g.getBoolean(field, index));
            case FLOAT -> Float.toString(g.getFloat(field, index));
            case DOUBLE -> Double.toString(g.getDouble(field, index));
            case INT32 -> int32(g.getInteger(field, index), logical);
            case INT64 -> int64(g.getLong(field, index), logical);
            case INT96 -> int96(g.getInt96(field, index));
            case BINARY, FIXED_LEN_BYTE_ARRAY -> binary(g.getBinary(field, index), logical);
        };
    }

    private static String int32(int v, LogicalTypeAnnotation logical) {
        if (logical instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation) {
            return LocalDate.ofEpochDay(v).toString();
        }
        if (logical instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation d) {
            return BigDecimal.valueOf(v, d.getScale()).toPlainString();
        }
        if (logical instanceof LogicalTypeAnnotation.IntLogicalTypeAnnotation i && !i.isSigned()) {
            return Integer.toUnsignedString(v);
        }
        if (logical instanceof LogicalTypeAnnotation.TimeLogicalTypeAnnotation) {
            return LocalTime.ofNanoOfDay(v * 1_000_000L).toString();
        }
        return Integer.toString(v);
    }

    private static String int64(long v, LogicalTypeAnnotation logical) {
        if (logical instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation t) {
            Instant instant = switch (t.getUnit()) {
                case MILLIS -> Instant.ofEpochMilli(v);
                case MICROS -> Instant.ofEpochSecond(Math.floorDiv(v, 1_000_000L), Math.floorMod(v, 1_000_000L) * 1_000L);
                case NANOS -> Instant.ofEpochSecond(Math.floorDiv(v, 1_000_000_000L), Math.floorMod(v, 1_000_000_000L));
            };
            return t.isAdjustedToUTC() ? instant.toString() : LocalDateTime.ofInstant(instant, ZoneOffset.UTC).toString();
        }
        if (logical instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation d) {
            return BigDecimal.valueOf(v, d.getScale()).toPlainString();
        }
        if (logical instanceof LogicalTypeAnnotation.IntLogicalTypeAnnotation i && !i.isSigned()) {
            return Long.toUnsignedString(v);
        }
        if (logical instanceof LogicalTypeAnnotation.TimeLogicalTypeAnnotation t) {
            return LocalTime.ofNanoOfDay(t.getUnit() == LogicalTypeAnnotation.TimeUnit.NANOS ? v : v * 1_000L).toString();
        }
        return Long.toString(v);
    }

    /** Legacy timestamps (Impala, Hive, older Spark): nanoseconds of the day and a Julian day, in UTC. */
    private static String int96(Binary b) {
        NanoTime t = NanoTime.fromBinary(b);
        return Instant.ofEpochSecond((t.getJulianDay() - JULIAN_EPOCH_DAY) * 86_400L, t.getTimeOfDayNanos()).toString();
    }

    private static String binary(Binary b, LogicalTypeAnnotation logical) throws CharacterCodingException {
        if (logical instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation d) {
            return new BigDecimal(new BigInteger(b.getBytes()), d.getScale()).toPlainString();
        }
        if (logical instanceof LogicalTypeAnnotation.UUIDLogicalTypeAnnotation) {
            ByteBuffer bytes = ByteBuffer.wrap(b.getBytes());
            return new UUID(bytes.getLong(), bytes.getLong()).toString();
        }
        // Strings, enums, JSON, and plain binary, which older writers use for strings: strict UTF-8, so
        // bad bytes reject the row instead of reaching the analysis as U+FFFD.
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(b.getBytes())).toString();
    }
}
