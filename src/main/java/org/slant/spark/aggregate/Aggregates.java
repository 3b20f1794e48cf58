package org.slant.spark.aggregate;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.inline;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.rint;
import static org.apache.spark.sql.functions.shiftright;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.slant.analysis.SentimentLabel;
import org.slant.stats.TInterval;
import org.slant.stats.WilsonInterval;

/**
 * Per-outlet, per-date aggregates computed in one pass of Spark's built-in aggregations; the 95%
 * t-interval is then derived from n, the sum and the sum of squares.
 *
 * <p>Sums are taken in fixed point: each score times 10^12, rounded to a long, summed as longs and
 * divided back once at the end. Long addition is exact and so independent of the order Spark happens
 * to combine partitions in: the same articles give bit-identical aggregates on a laptop and on a
 * cluster, whatever the partitioning. Sums of squares are exact too (see {@link #exactSquares}), so a
 * standard deviation of identical scores is 0. Scores lie in [-1, 1], so a group may hold 8 million rows
 * before a sum could overflow (which Spark's ANSI mode reports rather than wraps); the rounding moves a mean
 * by at most 5e-13. Decimal sums were exact too, but converting every double to DECIMAL(38,18) cost a
 * quarter of the aggregation time.
 *
 * <p>Inputs are flat: article rows, or one row per article and nested element with the element's fields
 * as columns. Results keep their working columns ({@code _sum}…); each table's definition in
 * {@code Schemas} picks and orders what is written.
 */
public final class Aggregates {
    /** Fixed-point scale of the exact sums: 12 decimals. */
    static final double SCALE = 1e12;
    /** |q| ≤ 10^12 < 2^40: its square is summed as two 20-bit halves, each product below 2^40. */
    private static final int HALF_BITS = 20;
    // The interval arithmetic lives in TInterval and WilsonInterval alone; these apply it to the aggregated (small) rows.
    private static final UserDefinedFunction CI_LOW = udf(
            (UDF3<Long, Double, Double, Double>) (n, mean, sd) -> TInterval.low(n, mean, sd), DataTypes.DoubleType);
    private static final UserDefinedFunction CI_HIGH = udf(
            (UDF3<Long, Double, Double, Double>) (n, mean, sd) -> TInterval.high(n, mean, sd), DataTypes.DoubleType);
    private static final UserDefinedFunction VARIANCE = udf(
            (UDF2<Long, Row, Double>) Aggregates::variance, DataTypes.DoubleType);
    private static final UserDefinedFunction BALANCE_LOW = udf(
            (UDF2<Long, Long, Double>) WilsonInterval::balanceLow, DataTypes.DoubleType);
    private static final UserDefinedFunction BALANCE_HIGH = udf(
            (UDF2<Long, Long, Double>) WilsonInterval::balanceHigh, DataTypes.DoubleType);

    private Aggregates() {
    }

    /** {@code by_outlet_date} from article rows (already filtered to the articles that count). */
    public static Dataset<Row> byOutletDate(Dataset<Row> articles) {
        Dataset<Row> sums = articles.groupBy("outlet", "date").agg(
                count(lit(1)).as("articles"),
                exactSum(col("sentiment")).as("_sentiment_sum"),
                exactSquares(col("sentiment")).as("_sentiment_sumsq"),
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
                        col("_title_sum").cast("double").divide(col("_titles"))));
    }

    /**
     * {@code by_outlet_date_target} from target rows (one per article and target, the target's fields as
     * columns). Per target: the articles mentioning it, their mentions, the mean article stance of all
     * voices with its t-interval, the number of articles labelled FAVOR / AGAINST / NONE and the mean
     * target sentiment; the outlet's own voice: the articles whose author took a position
     * ({@code author_statements > 0}) and the mean of their author stance with its t-interval; the
     * positions it carries: the FAVOR and AGAINST statements of other holders summed over its articles,
     * their balance {@code (favor - against) / (favor + against)} and the Wilson interval of that
     * balance (none without statements).
     */
    public static Dataset<Row> byOutletDateTarget(Dataset<Row> targets) {
        Column authored = col("author_statements").gt(0);
        Dataset<Row> sums = targets.groupBy("outlet", "date", "target").agg(
                count(lit(1)).as("articles"),
                sum(col("mentions").cast("long")).as("mentions"),
                exactSum(col("stance")).as("_stance_sum"),
                exactSquares(col("stance")).as("_stance_sumsq"),
                count(when(col("stance_label").equalTo("FAVOR"), 1)).as("favor"),
                count(when(col("stance_label").equalTo("AGAINST"), 1)).as("against"),
                count(when(col("stance_label").equalTo("NONE"), 1)).as("none"),
                exactSum(col("target_sentiment")).as("_ts_sum"),
                count(when(authored, 1)).as("author_articles"),
                exactSum(when(authored, col("author_stance"))).as("_author_stance_sum"),
                exactSquares(when(authored, col("author_stance"))).as("_author_stance_sumsq"),
                sum(col("quoted_favor").cast("long")).as("quoted_favor"),
                sum(col("quoted_against").cast("long")).as("quoted_against"));
        Column favor = col("quoted_favor");
        Column against = col("quoted_against");
        Column carried = favor.plus(against).gt(0);
        Dataset<Row> out = withMeanAndInterval(sums, col("articles"), "stance")
                .withColumn("target_sentiment_mean", col("_ts_sum").cast("double").divide(col("articles")));
        return withMeanAndInterval(out, col("author_articles"), "author_stance")
                .withColumn("quoted_balance", when(carried, favor.minus(against).divide(favor.plus(against))))
                .withColumn("quoted_balance_ci_low", when(carried, BALANCE_LOW.apply(favor, against)))
                .withColumn("quoted_balance_ci_high", when(carried, BALANCE_HIGH.apply(favor, against)));
    }

    /**
     * {@code by_outlet_date_frame}: per frame, the articles with any cue of it, its {@code share} (the mean
     * over all the outlet's articles that day of the frame's share of the article's cue weight, so shares
     * sum to 1 over frames) and how many articles have it as primary frame.
     */
    public static Dataset<Row> byOutletDateFrame(Dataset<Row> articles, Dataset<Row> frames) {
        Dataset<Row> totals = articles.groupBy("outlet", "date").agg(count(lit(1)).as("_n"));
        Dataset<Row> perFrame = frames.groupBy("outlet", "date", "frame").agg(
                count(lit(1)).as("articles"), exactSum(col("score")).as("_score"));
        Dataset<Row> primary = articles.groupBy(col("outlet"), col("date"), col("primary_frame").as("frame"))
                .agg(count(lit(1)).as("primary_articles"));
        // A frame can be primary without any cue weight (other) or weighted without being primary: keep both.
        return perFrame.join(primary, scalaSeq("outlet", "date", "frame"), "full_outer")
                .join(totals, scalaSeq("outlet", "date"), "inner")
                .select(col("outlet"), col("frame"),
                        coalesce(col("articles"), lit(0L)).as("articles"),
                        coalesce(col("_score").cast("double").divide(col("_n")), lit(0.0)).as("share"),
                        coalesce(col("primary_articles"), lit(0L)).as("primary_articles"),
                        coalesce(col("primary_articles"), lit(0L)).divide(col("_n")).as("primary_share"),
                        col("date"));
    }

    /**
     * {@code by_outlet_date_target_frame}: for each target, the frames of the sentences that mention it:
     * articles whose target sentences carry the frame, and the frame's mean share over the articles
     * mentioning the target.
     */
    public static Dataset<Row> byOutletDateTargetFrame(Dataset<Row> targets) {
        Dataset<Row> totals = targets.groupBy("outlet", "date", "target").agg(count(lit(1)).as("_n"));
        Dataset<Row> perFrame = targets.select(col("outlet"), col("date"), col("target"), inline(col("frames")))
                .groupBy("outlet", "date", "target", "frame")
                .agg(count(lit(1)).as("articles"), exactSum(col("score")).as("_score"));
        return perFrame.join(totals, scalaSeq("outlet", "date", "target"), "inner")
                .select(col("outlet"), col("target"), col("frame"), col("articles"),
                        col("_score").cast("double").divide(col("_n")).as("share"), col("date"));
    }

    /**
     * {@code by_outlet_date_actor}: whose positions each outlet carries: per actor and target, the number
     * of statements attributed to the actor labelled FAVOR, AGAINST or NONE, and in how many articles.
     */
    public static Dataset<Row> byOutletDateActor(Dataset<Row> actors) {
        return actors.groupBy("outlet", "date", "actor", "target")
                .agg(count(when(col("stance_label").equalTo("FAVOR"), 1)).as("favor"),
                        count(when(col("stance_label").equalTo("AGAINST"), 1)).as("against"),
                        count(when(col("stance_label").equalTo("NONE"), 1)).as("none"),
                        countDistinct(col("article_id")).as("articles"));
    }

    private static scala.collection.immutable.Seq<String> scalaSeq(String... names) {
        return scala.jdk.javaapi.CollectionConverters.asScala(java.util.List.of(names)).toList();
    }

    /** Order-independent sum of scores in [-1, 1]: exact in fixed point, converted to a double once. */
    public static Column exactSum(Column value) {
        return sum(fixed(value)).divide(SCALE);
    }

    /**
     * The exact moments a variance needs, as a struct of long sums: {@code s} the sum of the fixed-point
     * values q, and the sum of their squares split into 20-bit halves of |q| ({@code hh}, {@code hl},
     * {@code ll}: q² = hh·2^40 + 2·hl·2^20 + ll), since q² itself needs 80 bits. The variance is then
     * computed exactly from them ({@link #variance}): identical scores give 0, not rounding noise, and any
     * partitioning gives the same bits.
     */
    public static Column exactSquares(Column value) {
        Column q = abs(fixed(value));
        Column high = shiftright(q, HALF_BITS);
        Column low = q.bitwiseAND(lit((1L << HALF_BITS) - 1));
        return struct(sum(fixed(value)).as("s"), sum(high.multiply(high)).as("hh"), sum(high.multiply(low)).as("hl"),
                sum(low.multiply(low)).as("ll"));
    }

    private static Column fixed(Column value) {
        return rint(value.multiply(SCALE)).cast("long");
    }

    /** Sample variance of n values from their {@link #exactSquares} moments; null below two values. */
    static Double variance(Long n, Row moments) {
        if (n == null || n < 2 || moments == null || moments.isNullAt(0)) {
            return null;
        }
        BigInteger squares = BigInteger.valueOf(moments.getLong(1)).shiftLeft(2 * HALF_BITS)
                .add(BigInteger.valueOf(moments.getLong(2)).shiftLeft(HALF_BITS + 1))
                .add(BigInteger.valueOf(moments.getLong(3)));
        BigInteger sum = BigInteger.valueOf(moments.getLong(0));
        // n·Σq² − (Σq)² is exact and never negative; one rounding, in the final division.
        BigInteger spread = squares.multiply(BigInteger.valueOf(n)).subtract(sum.multiply(sum));
        BigDecimal divisor = BigDecimal.valueOf(n).multiply(BigDecimal.valueOf(n - 1)).multiply(new BigDecimal("1e24"));
        return new BigDecimal(spread).divide(divisor, MathContext.DECIMAL64).doubleValue();
    }

    /**
     * Adds {@code NAME_mean}, {@code NAME_sd}, {@code NAME_ci_low}, {@code NAME_ci_high} from the count
     * column {@code n}, the exact sum {@code _NAME_sum} and the moments {@code _NAME_sumsq}
     * ({@link #exactSquares}); no mean without observations, no interval below two.
     */
    public static Dataset<Row> withMeanAndInterval(Dataset<Row> sums, Column n, String name) {
        Column sum = col("_" + name + "_sum").cast("double");
        Column mean = when(n.gt(0), sum.divide(n));
        Column sd = when(n.geq(2), sqrt(VARIANCE.apply(n, col("_" + name + "_sumsq"))));
        Dataset<Row> out = sums.withColumn(name + "_mean", mean).withColumn(name + "_sd", sd);
        Column[] args = {n, col(name + "_mean"), col(name + "_sd")};
        return out
                .withColumn(name + "_ci_low", when(n.geq(2), CI_LOW.apply(args)))
                .withColumn(name + "_ci_high", when(n.geq(2), CI_HIGH.apply(args)));
    }
}
