package org.slant.spark.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slant.spark.SharedSpark;
import org.slant.stats.TInterval;

@Tag("spark")
class AggregatesTest {
    private static final StructType ARTICLES = DataTypes.createStructType(List.of(
            DataTypes.createStructField("outlet", DataTypes.StringType, false),
            DataTypes.createStructField("date", DataTypes.DateType, false),
            DataTypes.createStructField("sentiment", DataTypes.DoubleType, false),
            DataTypes.createStructField("sentiment_label", DataTypes.StringType, false),
            DataTypes.createStructField("title_sentiment", DataTypes.DoubleType, true)));

    @Test
    void meansIntervalsAndSharesMatchHandComputation() {
        SparkSession spark = SharedSpark.get();
        LocalDate d1 = LocalDate.of(2024, 10, 9);
        LocalDate d2 = LocalDate.of(2024, 10, 10);
        Dataset<Row> articles = spark.createDataFrame(List.of(
                RowFactory.create("a", d1, 0.1, "positive", 0.5),
                RowFactory.create("a", d1, 0.2, "positive", null),
                RowFactory.create("a", d1, 0.3, "positive", null),
                RowFactory.create("a", d1, 0.4, "positive", null),
                RowFactory.create("a", d2, -0.6, "negative", null),
                RowFactory.create("b", d1, 0.0, "neutral", null),
                RowFactory.create("b", d1, -0.5, "negative", null)), ARTICLES);
        List<Row> rows = Aggregates.byOutletDate(articles).orderBy("outlet", "date").collectAsList();
        assertEquals(3, rows.size());

        Row a1 = rows.get(0);
        double sd = Math.sqrt((0.0225 + 0.0025 + 0.0025 + 0.0225) / 3);
        assertEquals(4L, a1.getLong(a1.fieldIndex("articles")));
        assertEquals(0.25, a1.getDouble(a1.fieldIndex("sentiment_mean")), 1e-12);
        assertEquals(TInterval.low(4, 0.25, sd), a1.getDouble(a1.fieldIndex("sentiment_ci_low")), 1e-9);
        assertEquals(TInterval.high(4, 0.25, sd), a1.getDouble(a1.fieldIndex("sentiment_ci_high")), 1e-9);
        assertEquals(1.0, a1.getDouble(a1.fieldIndex("positive_share")), 1e-12);
        assertEquals(0.5, a1.getDouble(a1.fieldIndex("title_sentiment_mean")), 1e-12);

        Row a2 = rows.get(1);
        assertEquals(1L, a2.getLong(a2.fieldIndex("articles")));
        assertTrue(a2.isNullAt(a2.fieldIndex("sentiment_ci_low")), "one article has no interval");
        assertTrue(a2.isNullAt(a2.fieldIndex("sentiment_ci_high")));

        Row b1 = rows.get(2);
        assertEquals(-0.25, b1.getDouble(b1.fieldIndex("sentiment_mean")), 1e-12);
        assertEquals(0.5, b1.getDouble(b1.fieldIndex("negative_share")), 1e-12);
        assertEquals(0.5, b1.getDouble(b1.fieldIndex("neutral_share")), 1e-12);
        assertEquals(-1.0, b1.getDouble(b1.fieldIndex("sentiment_ci_low")), 1e-12, "clipped at -1");
    }
}
