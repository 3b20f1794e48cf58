package org.slant.aggregate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.slant.analysis.SentimentLabel;

/**
 * Per-outlet, per-date aggregates computed in one pass of Spark's built-in aggregations; the 95%
 * t-interval is then derived from n, the sum and the sum of squares.
 *
 * <p>Sums are taken in {@code DECIMAL(38,18)}, where addition is exact and so independent of the order
 * Spark happens to combine partitions in: the same articles give bit-identical aggregates on a
 * laptop and on a cluster, whatever the partitioning.
 */
public final class Aggregates {
    private static final String EXACT = "decimal(38,18)";
    private static final UserDefinedFunction T_CRITICAL = udf(
            (UDF1<Long, Double>) n -> n == null || n < 2 ? null : TInterval.criticalValue(n), DataTypes.DoubleType);

    private Aggregates() {
    }

    /** {@code by_outlet_date} from article rows (already filtered to the articles that count). */
    public static Dataset<Row> byOutletDate(Dataset<Row> articles) {
        Dataset<Row> sums = articles.groupBy("outlet", "date").agg(
                count(lit(1)).as("articles"),
                exactSum(col("sentiment")).as("_sum"),
                exactSum(col("sentiment").multiply(col("sentiment"))).as("_sumsq"),
                count(when(col("sentiment_label").equalTo(SentimentLabel.POSITIVE), 1)).as("_pos"),
                count(when(col("sentiment_label").equalTo(SentimentLabel.NEGATIVE), 1)).as("_neg"),
                count(when(col("sentiment_label").equalTo(SentimentLabel.NEUTRAL), 1)).as("_neu"),
                exactSum(col("title_sentiment")).as("_title_sum"),
                count(col("title_sentiment")).as("_titles"));
        Column n = col("articles");
        return withMeanAndInterval(sums, n, "sentiment")
                .withColumn("positive_share", col("_pos").divide(n))
                .withColumn("negative_share", col("_neg").divide(n))
                .withColumn("neutral_share", col("_neu").divide(n))
                .withColumn("title_sentiment_mean", when(col("_titles").gt(0),
                        col("_title_sum").cast("double").divide(col("_titles"))))
                .select("outlet", "articles", "sentiment_mean", "sentiment_sd", "sentiment_ci_low", "sentiment_ci_high",
                        "positive_share", "negative_share", "neutral_share", "title_sentiment_mean", "date");
    }

    /** Order-independent sum: exact in decimal, returned as such (cast to double only at the end). */
    public static Column exactSum(Column value) {
        return sum(value.cast(EXACT));
    }

    /**
     * Adds {@code NAME_mean}, {@code NAME_sd}, {@code NAME_ci_low}, {@code NAME_ci_high} from the count
     * column {@code n} and the exact sums {@code _sum} and {@code _sumsq}; intervals need two observations.
     */
    public static Dataset<Row> withMeanAndInterval(Dataset<Row> sums, Column n, String name) {
        Column mean = col("_sum").cast("double").divide(n);
        Column variance = col("_sumsq").cast("double").minus(col("_sum").cast("double").multiply(col("_sum").cast("double")).divide(n))
                .divide(n.minus(1));
        Column sd = when(n.geq(2), sqrt(greatest(lit(0.0), variance)));
        Dataset<Row> out = sums.withColumn(name + "_mean", mean).withColumn(name + "_sd", sd);
        Column half = T_CRITICAL.apply(n).multiply(col(name + "_sd")).divide(sqrt(n));
        return out
                .withColumn(name + "_ci_low", when(n.geq(2), greatest(lit(-1.0), col(name + "_mean").minus(half))))
                .withColumn(name + "_ci_high", when(n.geq(2), least(lit(1.0), col(name + "_mean").plus(half))));
    }
}
