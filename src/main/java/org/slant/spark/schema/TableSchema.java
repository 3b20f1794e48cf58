package org.slant.spark.schema;

import static org.apache.spark.sql.functions.col;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The columns of one table (or the fields of one nested struct), in order: the one definition its
 * {@link StructType}, its rows ({@link #row()}), its select list ({@link #conform}) and its CSV column
 * order are all derived from.
 *
 * <p>Columns are listed in the order users read them (the contract's key columns first). A table
 * holding {@value #PARTITION} is stored partitioned by it, so in Parquet that column comes last; its
 * CSV keeps the listed order.
 */
public final class TableSchema implements Serializable {
    /** The column date-partitioned tables are partitioned by. */
    public static final String PARTITION = "date";

    private final String name;
    private final List<Field> fields;
    private final Map<String, Integer> index;
    private final List<String> sortKey;
    private final StructType struct;

    private TableSchema(String name, List<Field> fields, List<String> sortKey) {
        this.name = name;
        this.fields = List.copyOf(fields);
        Map<String, Integer> byName = new LinkedHashMap<>();
        for (int i = 0; i < this.fields.size(); i++) {
            if (byName.put(this.fields.get(i).name(), i) != null) {
                throw new IllegalArgumentException(name + ": column " + this.fields.get(i).name() + " defined twice");
            }
        }
        this.index = Collections.unmodifiableMap(byName);
        for (String k : sortKey) {
            field(k);
        }
        this.sortKey = List.copyOf(sortKey);
        this.struct = DataTypes.createStructType(this.fields.stream().map(Field::structField).toList());
    }

    /** Starts a definition named {@code name}. */
    public static Builder named(String name) {
        return new Builder(name);
    }

    public String name() {
        return name;
    }

    public List<Field> fields() {
        return fields;
    }

    public List<String> names() {
        return fields.stream().map(Field::name).toList();
    }

    /** The Spark type of a row, fields in the listed order. */
    public StructType struct() {
        return struct;
    }

    public boolean has(String column) {
        return index.containsKey(column);
    }

    /** The field called {@code column}; an error naming this table when there is none. */
    public Field field(String column) {
        return fields.get(indexOf(column));
    }

    public int indexOf(String column) {
        Integer i = index.get(column);
        if (i == null) {
            throw new IllegalArgumentException(name + " has no column " + column + "; it has " + names());
        }
        return i;
    }

    /** The order a CSV export lists rows in: columns that identify a row, so the order is total. */
    public List<String> sortKey() {
        return sortKey;
    }

    public boolean partitioned() {
        return has(PARTITION);
    }

    /** A builder for one row of this schema, set by column name. */
    public RowBuilder row() {
        return new RowBuilder(this);
    }

    /** Every column, in the listed (CSV) order. */
    public Column[] columns() {
        return names().stream().map(c -> col(c)).toArray(Column[]::new);
    }

    public Column[] sortColumns() {
        return sortKey.stream().map(c -> col(c)).toArray(Column[]::new);
    }

    /** The column order in storage: the listed order with the partition column last. */
    public List<String> storedNames() {
        List<String> out = new ArrayList<>(names());
        if (out.remove(PARTITION)) {
            out.add(PARTITION);
        }
        return out;
    }

    /**
     * {@code rows} as this table is stored: its columns in stored order, any helper column dropped.
     * Fails, naming the table and the column, when a column is missing or has another type: a
     * derivation that drifted from its definition is a bug to find before anything is written.
     * Nullability is not compared: Spark marks every column read back from Parquet as nullable, so a
     * derived table's flags say nothing; the definition's {@link Field#nullable()} is what may be null.
     */
    public Dataset<Row> conform(Dataset<Row> rows) {
        StructType actual = rows.schema();
        List<Column> select = new ArrayList<>();
        for (String column : storedNames()) {
            Field want = field(column);
            StructField got = find(actual, column);
            if (got == null) {
                throw new IllegalStateException(name + ": column " + column + " missing from " + actual.simpleString());
            }
            if (!got.dataType().equals(want.type())) {
                throw new IllegalStateException(name + "." + column + " is defined as " + want.type().simpleString()
                        + " but derived as " + got.dataType().simpleString());
            }
            select.add(col(column));
        }
        return rows.select(select.toArray(Column[]::new));
    }

    private static StructField find(StructType struct, String column) {
        for (StructField f : struct.fields()) {
            if (f.name().equals(column)) {
                return f;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return name + struct.simpleString();
    }

    /** Collects a schema's columns in order. */
    public static final class Builder {
        private final String name;
        private final List<Field> fields = new ArrayList<>();
        private List<String> sortKey = List.of();

        private Builder(String name) {
            this.name = name;
        }

        public Builder add(Field... more) {
            fields.addAll(List.of(more));
            return this;
        }

        /** The named columns of {@code other}, with their types and nullability, in the order given. */
        public Builder from(TableSchema other, String... columns) {
            for (String c : columns) {
                fields.add(other.field(c));
            }
            return this;
        }

        public Builder sortedBy(String... columns) {
            sortKey = List.of(columns);
            return this;
        }

        public TableSchema build() {
            return new TableSchema(name, fields, sortKey);
        }
    }
}
