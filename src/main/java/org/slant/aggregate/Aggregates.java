package org.slant.aggregate;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.stddev_samp;
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
 * Per-outlet, per-date aggregates computed in one pass of Spark's built-in aggregations (count, mean,
 * sample standard deviation, label shares); the 95% t-interval is then derived from n, mean and sd.
 */
public final class Aggregates {
    private static final UserDefinedFunction T_CRITICAL = udf(
            (UDF1<Long, Double>) n -> n == null || n < 2 ? null : TInterval.criticalValue(n), DataTypes.DoubleType);

    private Aggregates() {
    }

    /** {@code by_outlet_date} from article rows (already filtered to the articles that count). */
    public static Dataset<Row> byOutletDate(Dataset<Row> articles) {
        Dataset<Row> sums = articles.groupBy("outlet", "date").agg(
                count(lit(1)).as("articles"),
                avg("sentiment").as("sentiment_mean"),
                stddev_samp("sentiment").as("sentiment_sd"),
                share("sentiment_label", SentimentLabel.POSITIVE).as("positive_share"),
                share("sentiment_label", SentimentLabel.NEGATIVE).as("negative_share"),
                share("sentiment_label", SentimentLabel.NEUTRAL).as("neutral_share"),
                avg("title_sentiment").as("title_sentiment_mean"));
        Column half = T_CRITICAL.apply(col("articles")).multiply(col("sentiment_sd")).divide(sqrt(col("articles")));
        return sums
                .withColumn("sentiment_ci_low", when(col("articles").geq(2), greatest(lit(-1.0), col("sentiment_mean").minus(half))))
                .withColumn("sentiment_ci_high", when(col("articles").geq(2), least(lit(1.0), col("sentiment_mean").plus(half))))
                .select("outlet", "articles", "sentiment_mean", "sentiment_sd", "sentiment_ci_low", "sentiment_ci_high",
                        "positive_share", "negative_share", "neutral_share", "title_sentiment_mean", "date");
    }

    private static Column share(String column, String value) {
        return avg(when(col(column).equalTo(value), 1.0).otherwise(0.0));
    }
}
