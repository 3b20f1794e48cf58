package org.slant.spark.schema;

import java.time.Instant;
import java.time.LocalDate;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.TimestampType;

/**
 * One row of a {@link TableSchema}, set by column name. A name the schema lacks, a value of a type
 * that does not fit the column (an {@code Integer} for a {@code double}, a row of another struct) or a
 * required column left null fails here, at the line that made the mistake, rather than deep in Spark's
 * encoder or, worse, as a value in the wrong column.
 */
public final class RowBuilder {
    private final TableSchema schema;
    private final Object[] values;

    RowBuilder(TableSchema schema) {
        this.schema = schema;
        this.values = new Object[schema.fields().size()];
    }

    public RowBuilder set(String column, Object value) {
        int i = schema.indexOf(column);
        Field f = schema.fields().get(i);
        if (value != null && !fits(f.type(), value)) {
            throw new IllegalArgumentException(schema.name() + "." + column + " is " + f.type().simpleString()
                    + "; got " + value.getClass().getName() + " " + value);
        }
        values[i] = value;
        return this;
    }

    /** The row, with its schema attached; every required column must have been set. */
    public Row build() {
        for (int i = 0; i < values.length; i++) {
            Field f = schema.fields().get(i);
            if (values[i] == null && !f.nullable()) {
                throw new IllegalStateException(schema.name() + "." + f.name() + " is required but was not set");
            }
        }
        return new GenericRowWithSchema(values.clone(), schema.struct());
    }

    /** Whether a non-null Java value is one Spark's row encoder accepts for {@code type}. */
    static boolean fits(DataType type, Object value) {
        if (type instanceof StringType) {
            return value instanceof String;
        }
        if (type instanceof IntegerType) {
            return value instanceof Integer;
        }
        if (type instanceof LongType) {
            return value instanceof Long;
        }
        if (type instanceof DoubleType) {
            return value instanceof Double;
        }
        if (type instanceof BooleanType) {
            return value instanceof Boolean;
        }
        if (type instanceof DateType) {
            return value instanceof LocalDate || value instanceof java.sql.Date;
        }
        if (type instanceof TimestampType) {
            return value instanceof Instant || value instanceof java.sql.Timestamp;
        }
        if (type instanceof StructType s) {
            return value instanceof Row r && s.equals(r.schema());
        }
        if (type instanceof ArrayType a) {
            return fitsArray(a, value);
        }
        return false;
    }

    private static boolean fitsArray(ArrayType a, Object value) {
        if (value instanceof int[]) {
            return a.elementType() instanceof IntegerType;
        }
        if (value instanceof double[]) {
            return a.elementType() instanceof DoubleType;
        }
        if (!(value instanceof Object[] elements)) {
            return false;
        }
        for (Object e : elements) {
            if (e == null ? !a.containsNull() : !fits(a.elementType(), e)) {
                return false;
            }
        }
        return true;
    }
}
