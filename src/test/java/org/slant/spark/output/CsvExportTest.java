package org.slant.spark.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slant.spark.SharedSpark;

@Tag("spark")
class CsvExportTest {
    @Test
    void textCellsThatSpreadsheetsWouldEvaluateAreNeutralisedNumbersAreNot() {
        StructType schema = DataTypes.createStructType(List.of(
                DataTypes.createStructField("name", DataTypes.StringType, true),
                DataTypes.createStructField("value", DataTypes.DoubleType, true)));
        Dataset<Row> in = SharedSpark.get().createDataFrame(List.of(
                RowFactory.create("=HYPERLINK(\"x\")", -0.5),
                RowFactory.create("+1", 1.0),
                RowFactory.create("-cmd", 2.0),
                RowFactory.create("@SUM(A1)", 3.0),
                RowFactory.create("\tlead", 4.0),
                RowFactory.create("plain", 5.0),
                RowFactory.create(null, 6.0)), schema);
        List<Row> out = CsvExport.neutralised(in).collectAsList();
        assertEquals("'=HYPERLINK(\"x\")", out.get(0).getString(0));
        assertEquals(-0.5, out.get(0).getDouble(1));
        assertEquals("'+1", out.get(1).getString(0));
        assertEquals("'-cmd", out.get(2).getString(0));
        assertEquals("'@SUM(A1)", out.get(3).getString(0));
        assertEquals("'\tlead", out.get(4).getString(0));
        assertEquals("plain", out.get(5).getString(0));
        assertEquals(null, out.get(6).getString(0));
    }
}
