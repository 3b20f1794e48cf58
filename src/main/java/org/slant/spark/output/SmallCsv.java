package org.slant.spark.output;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.spark.sql.Row;
import org.slant.output.CsvNumbers;
import org.slant.output.OutputLayout;
import org.slant.spark.schema.TableSchema;

/**
 * Writes a small table already held on the driver (an aggregate: a row per outlet, date bucket and key)
 * as {@code csv/NAME.csv}, byte for byte as {@link CsvExport} writes it through Spark, without a Spark
 * job: the rows sorted as Spark sorts them (ascending, nulls first, text by code point), the columns in
 * the table's listed order, the same quoting, neutralised formulas, dates and numbers (floating-point
 * ones rounded to six significant digits, {@link CsvNumbers}).
 */
public final class SmallCsv {
    private SmallCsv() {
    }

    public static void write(List<Row> rows, TableSchema table, OutputLayout layout) throws IOException {
        layout.stageText("csv/" + table.name() + ".csv", text(rows, table));
    }

    /** The CSV text: a header of the listed column names, then one line per row, each ending in LF. */
    static String text(List<Row> rows, TableSchema table) {
        List<String> columns = table.names();
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(order(table.sortKey()));
        StringBuilder out = new StringBuilder(64 * (rows.size() + 1));
        out.append(String.join(",", columns)).append('\n');
        for (Row row : sorted) {
            for (int i = 0; i < columns.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(cell(row.get(row.fieldIndex(columns.get(i)))));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /**
     * One cell as Spark's CSV writer (univocity) writes it with {@link CsvExport}'s options: null as
     * nothing, text neutralised, trimmed of leading and trailing whitespace, {@code ""} when empty,
     * quoted with doubled quotes when it holds a comma, quote or line break; numbers as Java prints them.
     */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double || value instanceof Float) {
            // six significant digits, as CsvExport rounds them; NaN is empty like null
            String rounded = CsvNumbers.format(((Number) value).doubleValue());
            return rounded == null ? "" : rounded;
        }
        if (!(value instanceof String s)) {
            return value.toString();
        }
        String text = trim(s.isEmpty() || "=+-@\t\r".indexOf(s.charAt(0)) < 0 ? s : "'" + s);
        if (text.isEmpty()) {
            return "\"\"";
        }
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    /** Univocity's whitespace is every character up to the space. */
    private static String trim(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && s.charAt(from) <= ' ') {
            from++;
        }
        while (to > from && s.charAt(to - 1) <= ' ') {
            to--;
        }
        return s.substring(from, to);
    }

    private static Comparator<Row> order(List<String> key) {
        return (a, b) -> {
            for (String column : key) {
                int c = compare(a.get(a.fieldIndex(column)), b.get(b.fieldIndex(column)));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        if (a instanceof String x && b instanceof String y) {
            // Spark compares UTF-8 bytes, which is code point order; String.compareTo is UTF-16 order.
            return codePointOrder(x, y);
        }
        return ((Comparable) a).compareTo(b);
    }

    private static int codePointOrder(String x, String y) {
        int i = 0;
        int j = 0;
        while (i < x.length() && j < y.length()) {
            int cx = x.codePointAt(i);
            int cy = y.codePointAt(j);
            if (cx != cy) {
                return Integer.compare(cx, cy);
            }
            i += Character.charCount(cx);
            j += Character.charCount(cy);
        }
        return Integer.compare(x.length() - i, y.length() - j);
    }
}
