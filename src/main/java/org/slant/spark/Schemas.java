package org.slant.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;

import java.util.List;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Every table's name and column order, defined once. */
public final class Schemas {
    private Schemas() {
    }

    public static final String ARTICLES = "articles";
    public static final String REJECTS = "rejects";
    public static final String BY_OUTLET_DATE = "by_outlet_date";

    /** Kinds of row in the staged, analysed intermediate table. */
    public static final String KIND_ARTICLE = "article";
    public static final String KIND_REJECT = "reject";
    public static final String KIND_OUT_OF_WINDOW = "out_of_window";

    /**
     * One row per input record after ingest and analysis: an article (article columns set), a reject
     * (reason and excerpt set) or a record outside the date window (only source and location set).
     */
    public static final StructType ANALYZED = struct(
            field("kind", StringType, false),
            field("source", StringType, false),
            field("location", StringType, false),
            field("reason", StringType, true),
            field("excerpt", StringType, true),
            field("article_id", StringType, true),
            field("outlet", StringType, true),
            field("outlet_raw", StringType, true),
            field("date", DateType, true),
            field("published_at", TimestampType, true),
            field("title", StringType, true),
            field("url", StringType, true),
            field("author", StringType, true),
            field("section", StringType, true),
            field("language", StringType, true),
            field("text_key", StringType, true),
            field("n_sentences", IntegerType, true),
            field("n_tokens", IntegerType, true),
            field("sentiment", DoubleType, true),
            field("sentiment_pos", DoubleType, true),
            field("sentiment_neg", DoubleType, true),
            field("sentiment_neu", DoubleType, true),
            field("sentiment_label", StringType, true),
            field("title_sentiment", DoubleType, true),
            field("truncated", BooleanType, true),
            field("shingles", DataTypes.createArrayType(IntegerType, false), true));

    /** Columns of the {@code articles} table, in order ({@code date} last: it is the partition column). */
    public static final List<String> ARTICLE_COLUMNS = List.of(
            "article_id", "outlet", "outlet_raw", "published_at", "title", "url", "author", "section", "language",
            "n_sentences", "n_tokens", "sentiment", "sentiment_pos", "sentiment_neg", "sentiment_neu",
            "sentiment_label", "title_sentiment", "primary_frame", "duplicate_of", "duplicate_similarity", "truncated",
            "source", "location",
            "date");

    public static final List<String> REJECT_COLUMNS = List.of("source", "location", "reason", "excerpt", "run_id");

    /** Columns of {@code by_outlet_date} as CSV, in the contract's order (Parquet keeps {@code date} as partition). */
    public static final List<String> BY_OUTLET_DATE_CSV_COLUMNS = List.of(
            "outlet", "date", "articles", "sentiment_mean", "sentiment_ci_low", "sentiment_ci_high",
            "positive_share", "negative_share", "neutral_share", "sentiment_sd", "title_sentiment_mean");

    private static StructField field(String name, DataType type, boolean nullable) {
        return DataTypes.createStructField(name, type, nullable);
    }

    private static StructType struct(StructField... fields) {
        return DataTypes.createStructType(fields);
    }
}
