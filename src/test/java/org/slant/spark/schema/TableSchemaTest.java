package org.slant.spark.schema;

import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.slant.spark.schema.Field.arrayOf;
import static org.slant.spark.schema.Field.optional;
import static org.slant.spark.schema.Field.required;

import java.time.LocalDate;
import java.util.List;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.slant.spark.Schemas;

/** Rows are set by name and checked against the one definition; no Spark session needed. */
class TableSchemaTest {
    private static final TableSchema ITEM = TableSchema.named("item").add(
            required("name", StringType), required("score", DoubleType)).build();
    private static final TableSchema TABLE = TableSchema.named("things").add(
            required("id", StringType),
            required("date", DateType),
            optional("count", IntegerType),
            optional("items", arrayOf(ITEM))).sortedBy("date", "id").build();

    @Test
    void valuesLandInTheirNamedColumnWhateverTheOrderTheyAreSetIn() {
        Row item = ITEM.row().set("score", 0.5).set("name", "a").build();
        Row row = TABLE.row().set("items", new Row[] {item}).set("count", 3).set("date", LocalDate.of(2024, 10, 9))
                .set("id", "x").build();
        assertEquals("x", row.getAs("id"));
        assertEquals(3, (int) row.getAs("count"));
        assertEquals(TABLE.struct(), row.schema());
        assertEquals(List.of("id", "count", "items", "date"), TABLE.storedNames(), "the partition column is stored last");
    }

    @Test
    void anUnknownNameAMisfitTypeOrAMissingRequiredValueIsRefusedWithTheColumnNamed() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> TABLE.row().set("cuont", 3));
        assertTrue(unknown.getMessage().contains("things has no column cuont"), unknown.getMessage());
        IllegalArgumentException misfit = assertThrows(IllegalArgumentException.class, () -> TABLE.row().set("count", 3L));
        assertTrue(misfit.getMessage().contains("things.count is int"), misfit.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TABLE.row().set("date", "2024-10-09"));
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> TABLE.row().set("id", "x").build());
        assertTrue(missing.getMessage().contains("things.date is required"), missing.getMessage());
        assertThrows(IllegalStateException.class, () -> ITEM.row().set("name", "a").build());
    }

    @Test
    void nestedRowsMustBeOfTheElementSchemaAndArraysMayNotHoldNulls() {
        Row other = TABLE.row().set("id", "x").set("date", LocalDate.of(2024, 10, 9)).build();
        assertThrows(IllegalArgumentException.class, () -> TABLE.row().set("items", new Row[] {other}));
        assertThrows(IllegalArgumentException.class, () -> TABLE.row().set("items", new Row[] {null}));
        Row item = ITEM.row().set("name", "a").set("score", 1.0).build();
        assertThrows(IllegalArgumentException.class, () -> TABLE.row().set("items", List.of(item)),
                "arrays of rows are Java arrays, as Spark's row encoder takes them");
        assertEquals(1, ((Row[]) TABLE.row().set("id", "x").set("date", LocalDate.of(2024, 10, 9))
                .set("items", new Row[] {item}).build().getAs("items")).length);
    }

    @Test
    void aColumnDefinedTwiceOrASortKeyOutsideTheTableIsAnError() {
        assertThrows(IllegalArgumentException.class,
                () -> TableSchema.named("t").add(required("a", StringType), optional("a", StringType)).build());
        assertThrows(IllegalArgumentException.class,
                () -> TableSchema.named("t").add(required("a", StringType)).sortedBy("b").build());
    }

    @Test
    void derivedTablesTakeTheirTypesFromTheAnalysedRecord() {
        assertEquals(Schemas.RECORD.field("published_at"), Schemas.ARTICLES.field("published_at"));
        assertEquals(Schemas.TARGET.field("stance"), Schemas.ARTICLE_TARGETS.field("stance"));
        assertEquals(Schemas.ANALYZED, Schemas.RECORD.struct());
        for (TableSchema t : Schemas.AGGREGATES) {
            assertEquals(List.of("outlet", "date"), t.names().subList(0, 2), t.name() + ": the contract's key first in CSV");
            assertEquals("date", t.storedNames().get(t.storedNames().size() - 1), t.name());
        }
    }
}
