package org.slant.spark.schema;

import java.io.Serializable;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * One column of a table or one field of a nested struct: its name, Spark type and whether it may be
 * null.
 */
public record Field(String name, DataType type, boolean nullable) implements Serializable {
    public Field {
        if (name == null || name.isBlank() || type == null) {
            throw new IllegalArgumentException("a field needs a name and a type: " + name + " " + type);
        }
    }

    /** A field that every row sets. */
    public static Field required(String name, DataType type) {
        return new Field(name, type, false);
    }

    /** A field that may be null. */
    public static Field optional(String name, DataType type) {
        return new Field(name, type, true);
    }

    /** An array of the rows of {@code element} (no null elements). */
    public static DataType arrayOf(TableSchema element) {
        return DataTypes.createArrayType(element.struct(), false);
    }

    public StructField structField() {
        return DataTypes.createStructField(name, type, nullable);
    }
}
