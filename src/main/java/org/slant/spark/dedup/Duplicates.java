package org.slant.spark.dedup;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.hash;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.ml.attribute.AttributeGroup;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.slant.text.Shingles;


/**
 * Marks duplicate copies of a story. The earliest copy (by publication time, then date, article id,
 * source and location) is the original; every other copy gets its id in {@code duplicate_of} and the
 * Jaccard similarity in {@code duplicate_similarity}.
 * <ul>
 *   <li>Exact copies: the same letters and digits after case folding ({@code text_key}).</li>
 *   <li>Near copies (syndicated stories with a credit line added, a few words changed, a paragraph
 *       cut): Jaccard similarity of their word 5-gram shingle sets ≥ {@value #SIMILARITY}. Candidates
 *       come from MLlib's {@link MinHashLSH} ({@value #HASHES} hash functions) grouped into
 *       {@value #BANDS} bands of {@value #ROWS} (two texts become candidates when all hashes of one
 *       band agree: about 93% of pairs at similarity 0.5, 99.9% at 0.7, 2% at 0.1), then every candidate pair's
 *       similarity is computed exactly from the shingles, so no pair below the threshold is marked.</li>
 * </ul>
 * Within a band bucket of more than {@value #SMALL_BUCKET} texts, each text is compared with the
 * bucket's earliest text only, so a story syndicated to hundreds of outlets costs linear, not quadratic,
 * work; its copies still meet their original.
 */
public final class Duplicates {
    public static final double SIMILARITY = 0.5;
    static final int ROWS = 3;
    static final int BANDS = 20;
    static final int HASHES = ROWS * BANDS;
    static final int SMALL_BUCKET = 20;
    static final long SEED = 20241009L;

    private static final UserDefinedFunction TO_VECTOR = udf((UDF1<scala.collection.Seq<Integer>, Vector>) Duplicates::toVector,
            SQLDataTypes.VectorType());
    private static final UserDefinedFunction FIRST_HASH = udf(
            (UDF1<scala.collection.Seq<Vector>, double[]>) Duplicates::firstOfEach, DataTypes.createArrayType(DataTypes.DoubleType));
    private static final UserDefinedFunction JACCARD = udf(
            (UDF2<scala.collection.Seq<Integer>, scala.collection.Seq<Integer>, Double>) (a, b) -> Shingles.jaccard(ints(a), ints(b)),
            DataTypes.DoubleType);

    private static final Metadata FEATURES = new AttributeGroup("features", Shingles.DIMENSION).toMetadata();

    private Duplicates() {
    }

    /** The order in which copies are considered: the smallest key is the original. */
    public static Column orderKey() {
        return concat_ws("\u0001", coalesce(date_format(col("published_at"), "yyyyMMddHHmmssSSSSSS"), lit("~")),
                col("date").cast("string"), col("article_id"), col("source"), col("location"));
    }

    /**
     * Adds {@code duplicate_of} and {@code duplicate_similarity} to article rows that have
     * {@code article_id, published_at, date, source, location, text_key} and {@code shingles}.
     */
    public static Dataset<Row> mark(Dataset<Row> articles) {
        Dataset<Row> ordered = articles.withColumn("_order", orderKey());
        // Exact copies: the first of each text_key group is the only one that takes part in near matching.
        Dataset<Row> ranked = ordered
                .withColumn("_rank", row_number().over(Window.partitionBy("text_key").orderBy("_order")))
                .withColumn("_exact", first(struct(col("_order").as("o"), col("article_id").as("id")))
                        .over(Window.partitionBy("text_key").orderBy("_order")));

        Dataset<Row> near = nearestEarlierCopy(ranked.filter(col("_rank").equalTo(1)).filter(size(col("shingles")).gt(0)));

        Dataset<Row> withCandidates = ranked
                .join(near, ranked.col("_order").equalTo(near.col("_later")), "left")
                .withColumn("_orig", when(col("_rank").gt(1), col("_exact"))
                        .otherwise(when(col("_near").isNotNull(), col("_near"))))
                .withColumn("_sim", when(col("_rank").gt(1), lit(1.0)).otherwise(col("_near_sim")));
        // One hop up the chain, so a copy of a copy names the original.
        Dataset<Row> parents = withCandidates.select(col("_order").as("_p_order"), col("_orig").as("_p_orig"));
        Dataset<Row> resolved = withCandidates
                .join(parents, withCandidates.col("_orig.o").equalTo(parents.col("_p_order")), "left")
                .withColumn("duplicate_of", coalesce(col("_p_orig.id"), col("_orig.id")))
                .withColumn("duplicate_similarity", when(col("duplicate_of").isNotNull(), col("_sim")));
        List<String> drop = List.of("_order", "_rank", "_exact", "_later", "_near", "_near_sim", "_orig", "_sim",
                "_p_order", "_p_orig");
        return resolved.drop(drop.toArray(String[]::new));
    }

    /** For each text with an earlier near copy: {@code _later} (its order key), {@code _near} (o, id), {@code _near_sim}. */
    private static Dataset<Row> nearestEarlierCopy(Dataset<Row> candidates) {
        // The vector size is declared in the column's metadata, so fitting reads no row: no Spark job, and
        // no failure when there is no article at all (LSH.fit otherwise takes the size from the first row).
        Dataset<Row> features = candidates.select(col("_order"), col("article_id"), col("shingles"),
                TO_VECTOR.apply(col("shingles")).as("features", FEATURES));
        MinHashLSHModel model = new MinHashLSH().setNumHashTables(HASHES).setSeed(SEED)
                .setInputCol("features").setOutputCol("hashes").fit(features);
        Dataset<Row> hashed = model.transform(features).withColumn("h", FIRST_HASH.apply(col("hashes")));
        List<Column> bands = new ArrayList<>();
        for (int b = 0; b < BANDS; b++) {
            Column[] parts = new Column[ROWS + 1];
            parts[0] = lit(b);
            for (int r = 0; r < ROWS; r++) {
                parts[r + 1] = col("h").getItem(b * ROWS + r);
            }
            bands.add(struct(lit(b).as("band"), hash(parts).as("sig")));
        }
        Dataset<Row> keyed = hashed.select(col("_order"), explode(array(bands.toArray(Column[]::new))).as("k"))
                .select(col("_order"), col("k.band").as("band"), col("k.sig").as("sig"));
        // Candidate pairs per bucket: all pairs in small buckets; in large ones (text shared by many articles,
        // e.g. one wire story run by hundreds of papers) each member against the bucket's earliest member
        // only, which keeps the number of pairs linear in the number of articles.
        Dataset<Row> sized = keyed
                .withColumn("_bucket", count(lit(1)).over(Window.partitionBy("band", "sig")))
                .withColumn("_first", min(col("_order")).over(Window.partitionBy("band", "sig")));
        Dataset<Row> a = sized.select(col("_order").as("a_order"), col("band"), col("sig"), col("_bucket").as("a_bucket"));
        Dataset<Row> b = sized.select(col("_order").as("b_order"), col("band").as("b_band"), col("sig").as("b_sig"),
                col("_first").as("b_first"));
        // Candidate pairs are found on keys alone and made distinct before the shingles are joined in,
        // so a pair met in several bands is compared once and no shingle array is shuffled per band.
        Dataset<Row> pairKeys = a.join(b, a.col("band").equalTo(b.col("b_band")).and(a.col("sig").equalTo(b.col("b_sig")))
                        .and(a.col("a_order").lt(b.col("b_order")))
                        .and(a.col("a_bucket").leq(SMALL_BUCKET).or(a.col("a_order").equalTo(b.col("b_first")))))
                .select("a_order", "b_order").distinct();
        Dataset<Row> texts = hashed.select(col("_order"), col("article_id"), col("shingles"));
        Dataset<Row> pairs = pairKeys
                .join(texts.toDF("a_order", "a_id", "a_sh"), "a_order")
                .join(texts.toDF("b_order", "b_id", "b_sh"), "b_order")
                .withColumn("sim", JACCARD.apply(col("a_sh"), col("b_sh")))
                .filter(col("sim").geq(SIMILARITY));
        return pairs.groupBy(col("b_order").as("_later"))
                .agg(min(struct(col("a_order").as("o"), col("a_id").as("id"), col("sim").as("s"))).as("_m"))
                .select(col("_later"), struct(col("_m.o").as("o"), col("_m.id").as("id")).as("_near"),
                        col("_m.s").as("_near_sim"));
    }

    private static Vector toVector(scala.collection.Seq<Integer> shingles) {
        int[] idx = ints(shingles);
        double[] ones = new double[idx.length];
        java.util.Arrays.fill(ones, 1.0);
        return Vectors.sparse(Shingles.DIMENSION, idx, ones);
    }

    private static double[] firstOfEach(scala.collection.Seq<Vector> hashes) {
        double[] out = new double[hashes.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = hashes.apply(i).apply(0);
        }
        return out;
    }

    private static int[] ints(scala.collection.Seq<Integer> seq) {
        int[] out = new int[seq.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = seq.apply(i);
        }
        return out;
    }
}
