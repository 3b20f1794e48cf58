package org.slant.spark.output;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.FloatType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.slant.output.CsvNumbers;
import org.slant.output.OutputLayout;

/**
 * Writes a table as one UTF-8 CSV with a header under {@code csv/}. Cells holding commas, quotes or
 * line breaks are quoted, quotes doubled (RFC 4180). Text cells that a spreadsheet would evaluate
 * (starting with {@code = + - @}, tab or CR) get a leading apostrophe; numbers are left as numbers,
 * floating-point ones rounded to six significant digits ({@link CsvNumbers}), integers as they are.
 */
public final class CsvExport {
    /** Cells starting with these characters are formulas to spreadsheet programs. */
    static final String FORMULA_START = "^[=+\\-@\\t\\r]";

    /** A static method, so the function ships to executors without capturing anything. */
    private static final UserDefinedFunction ROUNDED =
            udf((UDF1<Double, String>) CsvNumbers::format, DataTypes.StringType).withName("csv_number");

    private CsvExport() {
    }

    public static Dataset<Row> neutralised(Dataset<Row> table) {
        Dataset<Row> out = table;
        for (StructField f : table.schema().fields()) {
            if (f.dataType() instanceof StringType) {
                Column c = col(f.name());
                out = out.withColumn(f.name(), when(c.rlike(FORMULA_START), concat(lit("'"), c)).otherwise(c));
            }
        }
        return out;
    }

    /**
     * Floating-point columns as the text the CSV shows ({@link CsvNumbers#format}); applied after
     * {@link #neutralised}, whose formula guard must not touch a negative number.
     */
    public static Dataset<Row> rounded(Dataset<Row> table) {
        Dataset<Row> out = table;
        for (StructField f : table.schema().fields()) {
            if (f.dataType() instanceof DoubleType || f.dataType() instanceof FloatType) {
                out = out.withColumn(f.name(), ROUNDED.apply(col(f.name()).cast(DataTypes.DoubleType)));
            }
        }
        return out;
    }

    public static void write(Dataset<Row> table, String name, OutputLayout layout) throws IOException {
        String folder = "csv_parts/" + name;
        rounded(neutralised(table)).coalesce(1).write()
                .option("header", "true")
                .option("encoding", "UTF-8")
                .option("quoteAll", "false")
                .option("escape", "\"")
                .option("dateFormat", "yyyy-MM-dd")
                .option("timestampFormat", "yyyy-MM-dd'T'HH:mm:ssXXX")
                .option("nullValue", "")
                .option("emptyValue", "\"\"")
                .mode("overwrite")
                .csv(layout.staged(folder));
        layout.stageSingleFile(folder, "csv/" + name + ".csv", ".csv");
    }
}
