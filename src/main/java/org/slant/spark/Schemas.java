package org.slant.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static org.slant.spark.schema.Field.arrayOf;
import static org.slant.spark.schema.Field.optional;
import static org.slant.spark.schema.Field.required;

import java.util.List;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.slant.spark.schema.TableSchema;

/**
 * Every table's columns, types and order, defined once: the analysed record the job stages, the
 * per-article tables taken from it, the aggregates and the rejects. Their Spark schemas, the rows
 * {@link RecordPipeline} builds, the tables' select lists and the CSV column orders all derive from
 * these definitions.
 */
public final class Schemas {
    private Schemas() {
    }

    /** Kinds of row in the staged, analysed intermediate table. */
    public static final String KIND_ARTICLE = "article";
    public static final String KIND_REJECT = "reject";
    public static final String KIND_OUT_OF_WINDOW = "out_of_window";

    /** A frame's share of an article's (or a target's sentences') cue weight. */
    public static final TableSchema FRAME_SCORE = TableSchema.named("frame_score").add(
            required("frame", StringType),
            required("score", DoubleType)).build();

    /** One target mentioned in one article, nested in {@link #RECORD}. */
    public static final TableSchema TARGET = TableSchema.named("target").add(
            required("target", StringType),
            required("mentions", IntegerType),
            required("target_sentiment", DoubleType),
            required("stance", DoubleType),
            required("stance_label", StringType),
            required("author_stance", DoubleType),
            required("author_stance_label", StringType),
            required("author_statements", IntegerType),
            required("quoted_stance", DoubleType),
            required("quoted_favor", IntegerType),
            required("quoted_against", IntegerType),
            required("frames", arrayOf(FRAME_SCORE)),
            optional("stance_rule", DoubleType),
            optional("stance_label_rule", StringType),
            optional("target_sentiment_rule", DoubleType),
            optional("author_stance_rule", DoubleType),
            optional("author_stance_label_rule", StringType)).build();

    /**
     * One statement a sentence attributes to a holder, nested in {@link #RECORD}: a position, or NONE
     * when an identified holder speaks about or acts on the target without taking one. {@code speaker}
     * is the holder as written, null for the author and for an unnamed holder.
     */
    public static final TableSchema ACTOR_STANCE = TableSchema.named("actor_stance").add(
            required("actor", StringType),
            optional("speaker", StringType),
            required("target", StringType),
            required("stance_label", StringType),
            required("stance", DoubleType),
            required("evidence", StringType),
            required("sentence_index", IntegerType),
            optional("stance_rule", DoubleType),
            optional("stance_label_rule", StringType)).build();

    /**
     * What near-duplicate detection needs of an article's text, computed while the article is analysed and
     * read only by {@code Duplicates}: the exact-copy fingerprint as two longs, the word 5-gram shingle ids
     * (for the exact similarity of the few candidate pairs that survive) and their MinHash signature.
     * Nested in {@link #RECORD}; never part of an output table.
     */
    public static final TableSchema DEDUP_SKETCH = TableSchema.named("dedup_sketch").add(
            required("text_key_high", LongType),
            required("text_key_low", LongType),
            required("shingles", DataTypes.createArrayType(IntegerType, false)),
            required("minhash", DataTypes.createArrayType(IntegerType, false))).build();

    /**
     * One row per input record after ingest and analysis: an article (article columns set), a reject
     * (reason and excerpt set) or a record outside the date window (only source and location set).
     */
    public static final TableSchema RECORD = TableSchema.named("analyzed").add(
            required("kind", StringType),
            required("source", StringType),
            required("location", StringType),
            optional("reason", StringType),
            optional("excerpt", StringType),
            optional("article_id", StringType),
            optional("outlet", StringType),
            optional("outlet_raw", StringType),
            optional("date", DateType),
            optional("published_at", TimestampType),
            optional("title", StringType),
            optional("url", StringType),
            optional("author", StringType),
            optional("section", StringType),
            optional("language", StringType),
            optional("genre", StringType),
            optional("n_sentences", IntegerType),
            optional("n_tokens", IntegerType),
            optional("sentiment", DoubleType),
            optional("sentiment_pos", DoubleType),
            optional("sentiment_neg", DoubleType),
            optional("sentiment_neu", DoubleType),
            optional("sentiment_label", StringType),
            optional("title_sentiment", DoubleType),
            optional("truncated", BooleanType),
            optional("dedup_sketch", DEDUP_SKETCH.struct()),
            optional("primary_frame", StringType),
            optional("frames", arrayOf(FRAME_SCORE)),
            optional("targets", arrayOf(TARGET)),
            optional("actor_stances", arrayOf(ACTOR_STANCE)),
            optional("sentiment_rule", DoubleType),
            optional("sentiment_label_rule", StringType),
            optional("primary_frame_rule", StringType)).build();

    /** The Spark schema of the staged table of {@link #RECORD}s. */
    public static final StructType ANALYZED = RECORD.struct();

    public static final TableSchema ARTICLES = TableSchema.named("articles")
            .from(RECORD, "article_id", "outlet", "outlet_raw", "date", "published_at", "title", "url", "author",
                    "section", "language", "genre", "n_sentences", "n_tokens", "sentiment", "sentiment_pos", "sentiment_neg",
                    "sentiment_neu", "sentiment_label", "title_sentiment", "primary_frame")
            .add(optional("duplicate_of", StringType), optional("duplicate_similarity", DoubleType))
            .from(RECORD, "truncated", "source", "location", "sentiment_rule", "sentiment_label_rule", "primary_frame_rule")
            .sortedBy("outlet", "date", "article_id", "source", "location").build();

    public static final TableSchema ARTICLE_TARGETS = TableSchema.named("article_targets")
            .from(RECORD, "article_id", "outlet", "date")
            .from(TARGET, "target", "mentions", "target_sentiment", "stance", "stance_label", "author_stance",
                    "quoted_stance", "author_stance_label", "author_statements", "quoted_favor", "quoted_against",
                    "stance_rule", "stance_label_rule", "target_sentiment_rule", "author_stance_rule",
                    "author_stance_label_rule")
            .sortedBy("outlet", "date", "article_id", "target").build();

    public static final TableSchema ACTOR_STANCES = TableSchema.named("actor_stances")
            .from(RECORD, "article_id", "outlet", "date")
            .from(ACTOR_STANCE, "actor", "speaker", "target", "stance_label", "stance", "evidence", "sentence_index",
                    "stance_rule", "stance_label_rule")
            .sortedBy("outlet", "date", "article_id", "sentence_index", "actor", "target").build();

    public static final TableSchema ARTICLE_FRAMES = TableSchema.named("article_frames")
            .from(RECORD, "article_id", "outlet", "date")
            .from(FRAME_SCORE, "frame", "score")
            .sortedBy("outlet", "date", "article_id", "frame").build();

    /** Refused records, with the run that refused them; not partitioned. */
    public static final TableSchema REJECTS = TableSchema.named("rejects")
            .from(RECORD, "source", "location", "reason", "excerpt")
            .add(required("run_id", StringType))
            .sortedBy("source", "location", "reason").build();

    public static final TableSchema BY_OUTLET_DATE = TableSchema.named("by_outlet_date").add(
            required("outlet", StringType),
            required("date", DateType),
            required("articles", LongType),
            optional("sentiment_mean", DoubleType),
            optional("sentiment_ci_low", DoubleType),
            optional("sentiment_ci_high", DoubleType),
            optional("positive_share", DoubleType),
            optional("negative_share", DoubleType),
            optional("neutral_share", DoubleType),
            optional("sentiment_sd", DoubleType),
            optional("title_sentiment_mean", DoubleType))
            .sortedBy("outlet", "date").build();

    public static final TableSchema BY_OUTLET_DATE_TARGET = TableSchema.named("by_outlet_date_target").add(
            required("outlet", StringType),
            required("date", DateType),
            required("target", StringType),
            required("articles", LongType),
            optional("mentions", LongType),
            optional("stance_mean", DoubleType),
            optional("stance_ci_low", DoubleType),
            optional("stance_ci_high", DoubleType),
            required("favor", LongType),
            required("against", LongType),
            required("none", LongType),
            optional("target_sentiment_mean", DoubleType),
            required("author_articles", LongType),
            optional("author_stance_mean", DoubleType),
            optional("author_stance_ci_low", DoubleType),
            optional("author_stance_ci_high", DoubleType),
            required("quoted_favor", LongType),
            required("quoted_against", LongType),
            optional("quoted_balance", DoubleType),
            optional("quoted_balance_ci_low", DoubleType),
            optional("quoted_balance_ci_high", DoubleType),
            optional("stance_sd", DoubleType),
            optional("author_stance_sd", DoubleType))
            .sortedBy("outlet", "date", "target").build();

    public static final TableSchema BY_OUTLET_DATE_FRAME = TableSchema.named("by_outlet_date_frame").add(
            required("outlet", StringType),
            required("date", DateType),
            required("frame", StringType),
            required("articles", LongType),
            required("share", DoubleType),
            required("primary_articles", LongType),
            required("primary_share", DoubleType))
            .sortedBy("outlet", "date", "frame").build();

    public static final TableSchema BY_OUTLET_DATE_TARGET_FRAME = TableSchema.named("by_outlet_date_target_frame").add(
            required("outlet", StringType),
            required("date", DateType),
            required("target", StringType),
            required("frame", StringType),
            required("articles", LongType),
            optional("share", DoubleType))
            .sortedBy("outlet", "date", "target", "frame").build();

    public static final TableSchema BY_OUTLET_DATE_ACTOR = TableSchema.named("by_outlet_date_actor").add(
            required("outlet", StringType),
            required("date", DateType),
            required("actor", StringType),
            required("target", StringType),
            required("favor", LongType),
            required("against", LongType),
            required("none", LongType),
            required("articles", LongType))
            .sortedBy("outlet", "date", "actor", "target").build();

    /** Per-article tables, partitioned by date, in commit order. */
    public static final List<TableSchema> ARTICLE_TABLES = List.of(ARTICLES, ARTICLE_TARGETS, ACTOR_STANCES,
            ARTICLE_FRAMES);

    /** Aggregates, partitioned by date, in commit order. */
    public static final List<TableSchema> AGGREGATES = List.of(BY_OUTLET_DATE, BY_OUTLET_DATE_TARGET,
            BY_OUTLET_DATE_FRAME, BY_OUTLET_DATE_TARGET_FRAME, BY_OUTLET_DATE_ACTOR);

    /** Tables also written whole (all dates) as {@code csv/NAME.csv}, in their listed column order. */
    public static final List<TableSchema> EXPORTED = List.of(ARTICLES, ACTOR_STANCES, REJECTS, BY_OUTLET_DATE,
            BY_OUTLET_DATE_TARGET, BY_OUTLET_DATE_FRAME, BY_OUTLET_DATE_TARGET_FRAME, BY_OUTLET_DATE_ACTOR);
}
