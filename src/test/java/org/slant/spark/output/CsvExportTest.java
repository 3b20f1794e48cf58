package org.slant.spark.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.ingest.CsvRecordReader;
import org.slant.ingest.RawRecord;
import org.slant.output.OutputLayout;
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

    @Test
    void writtenFileReadsBackCellForCellWithQuotesCommasLineBreaksAndDates(@TempDir Path tmp) throws IOException {
        StructType schema = DataTypes.createStructType(List.of(
                DataTypes.createStructField("id", DataTypes.StringType, false),
                DataTypes.createStructField("date", DataTypes.DateType, false),
                DataTypes.createStructField("evidence", DataTypes.StringType, true),
                DataTypes.createStructField("score", DataTypes.DoubleType, true)));
        String evidence = "\"We will not back down,\" she said.\nThen — after a pause — \"never\".";
        Dataset<Row> in = SharedSpark.get().createDataFrame(List.of(
                RowFactory.create("a1", LocalDate.of(2024, 10, 9), evidence, 0.25),
                RowFactory.create("a2", LocalDate.of(2024, 10, 10), null, null),
                RowFactory.create("a3", LocalDate.of(2024, 10, 10), "", -1.0)), schema).orderBy("id");
        OutputLayout layout = OutputLayout.prepare(tmp.toString(), SharedSpark.get().sparkContext().hadoopConfiguration(), "run");
        CsvExport.write(in, "t", layout);

        Path file = Path.of(java.net.URI.create(layout.staged("csv/t.csv")));
        List<RawRecord> rows = new ArrayList<>();
        try (InputStream stream = Files.newInputStream(file)) {
            CsvRecordReader.csv().read(stream, "t.csv").forEachRemaining(r -> rows.add((RawRecord) r));
        }
        assertEquals(3, rows.size());
        // The reader's field map has no order of its own; the header line does.
        assertEquals("id,date,evidence,score", Files.readAllLines(file).get(0));
        assertEquals(evidence, rows.get(0).fields().get("evidence"), "a sentence with quotes, commas and a line break survives");
        assertEquals("2024-10-09", rows.get(0).fields().get("date"));
        assertEquals("0.25", rows.get(0).fields().get("score"));
        assertEquals("", rows.get(1).fields().get("evidence"));
        assertEquals("-1.0", rows.get(2).fields().get("score"), "numbers are not neutralised");
    }

    @Test
    void floatsReadWithSixSignificantDigitsIntegersWholeNanAndNullEmpty(@TempDir Path tmp) throws IOException {
        StructType schema = DataTypes.createStructType(List.of(
                DataTypes.createStructField("id", DataTypes.StringType, false),
                DataTypes.createStructField("articles", DataTypes.LongType, false),
                DataTypes.createStructField("mean", DataTypes.DoubleType, true)));
        Dataset<Row> in = SharedSpark.get().createDataFrame(List.of(
                RowFactory.create("a", 123456789L, 0.06768833333333334),
                RowFactory.create("b", 2L, -0.9237556452224885),
                RowFactory.create("c", 3L, Double.NaN),
                RowFactory.create("d", 4L, null),
                RowFactory.create("e", 5L, 1.0)), schema).orderBy("id");
        OutputLayout layout = OutputLayout.prepare(tmp.toString(), SharedSpark.get().sparkContext().hadoopConfiguration(), "run");
        CsvExport.write(in, "t", layout);

        List<String> lines = Files.readAllLines(Path.of(java.net.URI.create(layout.staged("csv/t.csv"))));
        assertEquals(List.of("id,articles,mean", "a,123456789,0.0676883", "b,2,-0.923756", "c,3,", "d,4,", "e,5,1.0"), lines);
    }

    @Test
    void smallTablesWrittenOnTheDriverAreByteForByteWhatSparkWrites(@TempDir Path tmp) throws IOException {
        org.slant.spark.schema.TableSchema table = org.slant.spark.schema.TableSchema.named("t").add(
                org.slant.spark.schema.Field.required("outlet", DataTypes.StringType),
                org.slant.spark.schema.Field.required("date", DataTypes.DateType),
                org.slant.spark.schema.Field.required("n", DataTypes.LongType),
                org.slant.spark.schema.Field.optional("mean", DataTypes.DoubleType))
                .sortedBy("outlet", "date").build();
        LocalDate d = LocalDate.of(2024, 10, 9);
        List<Row> rows = List.of(
                RowFactory.create("zeta", d, 3L, 0.1 + 0.2),
                RowFactory.create("\uD835\uDC00math", d, 1L, null),
                RowFactory.create("\uFF21wide", d, 1L, 1.0E-7),
                RowFactory.create("=cmd", d.plusDays(1), 2L, -0.5),
                RowFactory.create("a,b \"q\"", d, 0L, Double.NaN),
                RowFactory.create(" padded ", d, 5L, 12345678.9),
                RowFactory.create("", d, 4L, -0.0),
                RowFactory.create("line\nbreak", d.minusDays(400), 6L, 1.0));
        Dataset<Row> in = SharedSpark.get().createDataFrame(rows, table.struct());
        OutputLayout layout = OutputLayout.prepare(tmp.toString(), SharedSpark.get().sparkContext().hadoopConfiguration(), "run");
        CsvExport.write(in.select(table.columns()).orderBy(table.sortColumns()), "spark", layout);
        String bySpark = Files.readString(Path.of(java.net.URI.create(layout.staged("csv/spark.csv"))));
        // Collected rows carry their schema, as the job's aggregates do; supplementary characters sort by code point.
        assertEquals(bySpark, SmallCsv.text(in.collectAsList(), table));
    }
}
