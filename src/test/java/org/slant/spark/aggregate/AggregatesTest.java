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
import org.slant.stats.WilsonInterval;

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

    @Test
    void identicalScoresHaveNoSpreadAndAnyPartitioningGivesTheSameBits() {
        SparkSession spark = SharedSpark.get();
        LocalDate d = LocalDate.of(2024, 10, 9);
        List<Row> same = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            same.add(RowFactory.create("a", d, 0.9408847706565, "positive", null));
        }
        Row flat = Aggregates.byOutletDate(spark.createDataFrame(same, ARTICLES)).first();
        assertEquals(0.0, flat.getDouble(flat.fieldIndex("sentiment_sd")), "identical scores: exactly no spread");
        assertEquals(flat.getDouble(flat.fieldIndex("sentiment_ci_low")), flat.getDouble(flat.fieldIndex("sentiment_ci_high")));

        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        List<Row> many = new java.util.ArrayList<>();
        double sum = 0;
        double sumsq = 0;
        for (int i = 0; i < 500; i++) {
            double x = random.nextDouble(-1, 1);
            sum += x;
            sumsq += x * x;
            many.add(RowFactory.create("b", d, x, "neutral", x / 2));
        }
        Dataset<Row> scores = spark.createDataFrame(many, ARTICLES);
        Row one = Aggregates.byOutletDate(scores.repartition(1)).first();
        Row seven = Aggregates.byOutletDate(scores.repartition(7)).first();
        assertEquals(one, seven, "long sums do not depend on the order partitions are combined in");
        assertEquals(sum / 500, one.getDouble(one.fieldIndex("sentiment_mean")), 1e-12);
        assertEquals(Math.sqrt((sumsq - sum * sum / 500) / 499), one.getDouble(one.fieldIndex("sentiment_sd")), 1e-12);
    }

    private static final StructType TARGETS = DataTypes.createStructType(List.of(
            DataTypes.createStructField("outlet", DataTypes.StringType, false),
            DataTypes.createStructField("date", DataTypes.DateType, false),
            DataTypes.createStructField("target", DataTypes.StringType, false),
            DataTypes.createStructField("mentions", DataTypes.IntegerType, false),
            DataTypes.createStructField("target_sentiment", DataTypes.DoubleType, false),
            DataTypes.createStructField("stance", DataTypes.DoubleType, false),
            DataTypes.createStructField("stance_label", DataTypes.StringType, false),
            DataTypes.createStructField("author_stance", DataTypes.DoubleType, false),
            DataTypes.createStructField("author_statements", DataTypes.IntegerType, false),
            DataTypes.createStructField("quoted_favor", DataTypes.IntegerType, false),
            DataTypes.createStructField("quoted_against", DataTypes.IntegerType, false)));

    @Test
    void authorVoiceCountsOnlyArticlesWhereTheAuthorTookAPositionAndQuotedBalanceHasAWilsonInterval() {
        LocalDate d = LocalDate.of(2024, 10, 9);
        Dataset<Row> targets = SharedSpark.get().createDataFrame(List.of(
                RowFactory.create("a", d, "aid", 2, 0.1, 0.5, "FAVOR", 0.6, 2, 3, 1),
                RowFactory.create("a", d, "aid", 1, 0.0, -0.2, "NONE", 0.0, 0, 2, 0),
                RowFactory.create("a", d, "aid", 1, 0.0, 0.1, "NONE", 0.2, 1, 0, 2),
                RowFactory.create("a", d, "aid", 1, 0.0, -0.4, "AGAINST", -0.4, 1, 3, 0),
                RowFactory.create("b", d, "aid", 1, 0.0, 0.0, "NONE", 0.0, 0, 0, 0)), TARGETS);
        List<Row> rows = Aggregates.byOutletDateTarget(targets).orderBy("outlet").collectAsList();

        Row a = rows.get(0);
        assertEquals(4L, a.getLong(a.fieldIndex("articles")));
        assertEquals(3L, a.getLong(a.fieldIndex("author_articles")), "the article without author statements is left out");
        double mean = (0.6 + 0.2 - 0.4) / 3;
        double sd = Math.sqrt(((0.6 - mean) * (0.6 - mean) + (0.2 - mean) * (0.2 - mean) + (-0.4 - mean) * (-0.4 - mean)) / 2);
        assertEquals(mean, a.getDouble(a.fieldIndex("author_stance_mean")), 1e-12);
        assertEquals(TInterval.low(3, mean, sd), a.getDouble(a.fieldIndex("author_stance_ci_low")), 1e-9);
        assertEquals(TInterval.high(3, mean, sd), a.getDouble(a.fieldIndex("author_stance_ci_high")), 1e-9);
        assertEquals(8L, a.getLong(a.fieldIndex("quoted_favor")));
        assertEquals(3L, a.getLong(a.fieldIndex("quoted_against")));
        assertEquals(5.0 / 11, a.getDouble(a.fieldIndex("quoted_balance")), 1e-12);
        assertEquals(2 * WilsonInterval.low(8, 11) - 1, a.getDouble(a.fieldIndex("quoted_balance_ci_low")), 1e-12);
        assertEquals(2 * WilsonInterval.high(8, 11) - 1, a.getDouble(a.fieldIndex("quoted_balance_ci_high")), 1e-12);
        assertEquals((0.5 - 0.2 + 0.1 - 0.4) / 4, a.getDouble(a.fieldIndex("stance_mean")), 1e-12, "all voices as before");

        Row b = rows.get(1);
        assertEquals(0L, b.getLong(b.fieldIndex("author_articles")));
        assertTrue(b.isNullAt(b.fieldIndex("author_stance_mean")), "no author position: no mean, not 0");
        assertTrue(b.isNullAt(b.fieldIndex("author_stance_ci_low")));
        assertEquals(0L, b.getLong(b.fieldIndex("quoted_favor")));
        assertTrue(b.isNullAt(b.fieldIndex("quoted_balance")), "no carried positions: no balance");
        assertTrue(b.isNullAt(b.fieldIndex("quoted_balance_ci_high")));
    }

    @Test
    void actorsNoneCountsStatementsWithoutAPosition() {
        StructType schema = DataTypes.createStructType(List.of(
                DataTypes.createStructField("outlet", DataTypes.StringType, false),
                DataTypes.createStructField("date", DataTypes.DateType, false),
                DataTypes.createStructField("article_id", DataTypes.StringType, false),
                DataTypes.createStructField("actor", DataTypes.StringType, false),
                DataTypes.createStructField("target", DataTypes.StringType, false),
                DataTypes.createStructField("stance_label", DataTypes.StringType, false)));
        LocalDate d = LocalDate.of(2024, 10, 9);
        Row r = Aggregates.byOutletDateActor(SharedSpark.get().createDataFrame(List.of(
                RowFactory.create("a", d, "x1", "putin", "nato", "NONE"),
                RowFactory.create("a", d, "x2", "putin", "nato", "NONE"),
                RowFactory.create("a", d, "x2", "putin", "nato", "AGAINST")), schema)).first();
        assertEquals(2L, r.getLong(r.fieldIndex("none")));
        assertEquals(1L, r.getLong(r.fieldIndex("against")));
        assertEquals(0L, r.getLong(r.fieldIndex("favor")));
        assertEquals(2L, r.getLong(r.fieldIndex("articles")));
    }
}
