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
    public static final String ARTICLE_TARGETS = "article_targets";
    public static final String ACTOR_STANCES = "actor_stances";
    public static final String ARTICLE_FRAMES = "article_frames";
    public static final String REJECTS = "rejects";
    public static final String BY_OUTLET_DATE = "by_outlet_date";
    public static final String BY_OUTLET_DATE_TARGET = "by_outlet_date_target";
    public static final String BY_OUTLET_DATE_FRAME = "by_outlet_date_frame";
    public static final String BY_OUTLET_DATE_TARGET_FRAME = "by_outlet_date_target_frame";
    public static final String BY_OUTLET_DATE_ACTOR = "by_outlet_date_actor";

    /** Per-article tables, partitioned by date, in commit order. */
    public static final List<String> ARTICLE_TABLES = List.of(ARTICLES, ARTICLE_TARGETS, ACTOR_STANCES, ARTICLE_FRAMES);

    /** Aggregates, partitioned by date and exported to csv/, with their CSV column order (contract's first). */
    public static final java.util.Map<String, List<String>> AGGREGATES = java.util.Map.of(
            BY_OUTLET_DATE, List.of("outlet", "date", "articles", "sentiment_mean", "sentiment_ci_low", "sentiment_ci_high",
                    "positive_share", "negative_share", "neutral_share", "sentiment_sd", "title_sentiment_mean"),
            BY_OUTLET_DATE_TARGET, List.of("outlet", "date", "target", "articles", "mentions", "stance_mean",
                    "stance_ci_low", "stance_ci_high", "favor", "against", "none", "target_sentiment_mean", "stance_sd"),
            BY_OUTLET_DATE_FRAME, List.of("outlet", "date", "frame", "articles", "share", "primary_articles",
                    "primary_share"),
            BY_OUTLET_DATE_TARGET_FRAME, List.of("outlet", "date", "target", "frame", "articles", "share"),
            BY_OUTLET_DATE_ACTOR, List.of("outlet", "date", "actor", "target", "favor", "against", "none", "articles"));

    private static final StructType FRAME_SCORE = struct(field("frame", StringType, false), field("score", DoubleType, false));

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
            field("shingles", DataTypes.createArrayType(IntegerType, false), true),
            field("primary_frame", StringType, true),
            field("frames", DataTypes.createArrayType(FRAME_SCORE, false), true),
            field("targets", DataTypes.createArrayType(struct(
                    field("target", StringType, false),
                    field("mentions", IntegerType, false),
                    field("target_sentiment", DoubleType, false),
                    field("stance", DoubleType, false),
                    field("stance_label", StringType, false),
                    field("frames", DataTypes.createArrayType(FRAME_SCORE, false), false)), false), true),
            field("actor_stances", DataTypes.createArrayType(struct(
                    field("actor", StringType, false),
                    field("target", StringType, false),
                    field("stance_label", StringType, false),
                    field("stance", DoubleType, false),
                    field("evidence", StringType, false),
                    field("sentence", IntegerType, false)), false), true));

    /** Columns of the {@code articles} table, in order ({@code date} last: it is the partition column). */
    public static final List<String> ARTICLE_COLUMNS = List.of(
            "article_id", "outlet", "outlet_raw", "published_at", "title", "url", "author", "section", "language",
            "n_sentences", "n_tokens", "sentiment", "sentiment_pos", "sentiment_neg", "sentiment_neu",
            "sentiment_label", "title_sentiment", "primary_frame", "duplicate_of", "duplicate_similarity", "truncated",
            "source", "location",
            "date");

    public static final List<String> REJECT_COLUMNS = List.of("source", "location", "reason", "excerpt", "run_id");


    private static StructField field(String name, DataType type, boolean nullable) {
        return DataTypes.createStructField(name, type, nullable);
    }

    private static StructType struct(StructField... fields) {
        return DataTypes.createStructType(fields);
    }
}
