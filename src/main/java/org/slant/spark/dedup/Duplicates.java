package org.slant.spark.dedup;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_intersect;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.slant.spark.Schemas;
import org.slant.text.MinHash;
import org.slant.text.Shingles;
import org.slant.text.TextFingerprint;

/**
 * Marks duplicate copies of a story. The earliest copy (by publication time, then date, article id,
 * source and location) is the original; every other copy gets its id in {@code duplicate_of} and the
 * Jaccard similarity in {@code duplicate_similarity}.
 * <ul>
 *   <li>Exact copies: the same letters and digits after case folding (a 128-bit {@link TextFingerprint}).
 *       Only the earliest of each group takes part in near matching.</li>
 *   <li>Near copies (syndicated stories with a credit line added, a few words changed, a paragraph
 *       cut): Jaccard similarity of their word 5-gram shingle sets ≥ {@value #SIMILARITY}. Each text's
 *       {@link MinHash} signature ({@value MinHash#HASHES} values, computed with the analysis) is cut into
 *       {@value #BANDS} bands of {@value #ROWS}; texts whose band agrees in all its values share a bucket
 *       (about 93% of pairs at similarity 0.5, 99.9% at 0.7, 2% at 0.1). In each bucket every member is
 *       paired with the bucket's earliest member only, so a story in hundreds of papers costs linear, not
 *       quadratic, work and its copies still meet their original. A pair whose signatures agree on fewer
 *       than {@value #MIN_AGREEING} of {@value MinHash#HASHES} positions is dropped (at similarity 0.5
 *       that happens to one pair in a thousand); the rest are compared exactly on their shingles, so no
 *       pair below the threshold is marked.</li>
 * </ul>
 * A text's nearest copy is the earliest one found at or above the threshold; a copy of a copy names its
 * copy's original (one step up the chain). The copies found form a small table that is broadcast to the
 * articles, and the sketch columns are dropped from the rows returned.
 */
public final class Duplicates {
    public static final double SIMILARITY = 0.5;
    static final int ROWS = 3;
    static final int BANDS = MinHash.HASHES / ROWS;
    static final int MIN_AGREEING = 15;
    private static final String SKETCH = "dedup_sketch";

    private Duplicates() {
    }

    /** The {@link Schemas#DEDUP_SKETCH} of an article's text, made with the rest of its analysis. */
    public static Row sketch(String text) {
        TextFingerprint key = TextFingerprint.of(text);
        int[] shingles = Shingles.of(text);
        return Schemas.DEDUP_SKETCH.row()
                .set("text_key_high", key.high())
                .set("text_key_low", key.low())
                .set("shingles", shingles)
                .set("minhash", MinHash.signature(shingles))
                .build();
    }

    /** The order in which copies are considered: the smallest key is the original. */
    public static Column orderKey() {
        return concat_ws("\u0001", coalesce(date_format(col("published_at"), "yyyyMMddHHmmssSSSSSS"), lit("~")),
                col("date").cast("string"), col("article_id"), col("source"), col("location"));
    }

    /** The copies table of {@link #find}: a copy's order key, the article it repeats, and their similarity. */
    public static final StructType COPIES = new StructType()
            .add("_copy", DataTypes.StringType, false)
            .add("duplicate_of", DataTypes.StringType, true)
            .add("duplicate_similarity", DataTypes.DoubleType, true);

    /**
     * Article rows that have {@code article_id, published_at, date, source, location} and
     * {@value #SKETCH}, without the sketch and with {@code duplicate_of} and {@code duplicate_similarity}.
     */
    public static Dataset<Row> mark(Dataset<Row> articles) {
        return apply(articles, find(articles).copies());
    }

    /**
     * The copies among {@code articles} ({@link #COPIES}), with the intermediate result they are computed from,
     * kept on the executors' disks until {@link Found#close} (call it once the copies are written; if it is never
     * called, Spark's cleaner drops it with them).
     */
    public static Found find(Dataset<Row> articles) {
        List<JavaRDD<?>> kept = new ArrayList<>();
        return new Found(resolve(copies(articles, kept)), kept);
    }

    /** {@code articles} without the sketch, with each copy's {@code duplicate_of} and {@code duplicate_similarity}. */
    public static Dataset<Row> apply(Dataset<Row> articles, Dataset<Row> copies) {
        return articles.drop(SKETCH).withColumn("_order", orderKey())
                .join(broadcast(copies), col("_order").equalTo(col("_copy")), "left")
                .drop("_order", "_copy");
    }

    /** The copies found, and the persisted data they are computed from. */
    public record Found(Dataset<Row> copies, List<JavaRDD<?>> kept) implements AutoCloseable {
        @Override
        public void close() {
            kept.forEach(r -> r.unpersist(false));
        }
    }

    /** Every copy found: {@code child} (its order key) → {@code parent_o}, {@code parent_id}, {@code sim}. */
    static Dataset<Row> copies(Dataset<Row> articles, List<JavaRDD<?>> kept) {
        Dataset<Row> keyed = articles.select(orderKey().as("o"), col("article_id").as("id"),
                col(SKETCH + ".text_key_high").as("kh"), col(SKETCH + ".text_key_low").as("kl"),
                col(SKETCH + ".minhash").as("sig"));
        // One group per fingerprint, members in order: the first represents the group, the others are exact copies.
        Dataset<Row> groups = keyed.groupBy("kh", "kl")
                .agg(sort_array(collect_list(struct(col("o"), col("id"), col("sig")))).as("m"));
        Dataset<Row> exact = groups.filter(size(col("m")).gt(1))
                .select(element_at(col("m"), 1).as("first"), posexplode(col("m")))
                .filter(col("pos").gt(0))
                .select(col("col.o").as("child"), col("first.o").as("parent_o"), col("first.id").as("parent_id"),
                        lit(1.0).as("sim"));
        Dataset<Row> representatives = groups.select(element_at(col("m"), 1).as("r"))
                .select(col("r.o").as("o"), col("r.id").as("id"), col("r.sig").as("sig"))
                .filter(size(col("sig")).gt(0));
        return exact.unionByName(nearCopies(articles, representatives, kept));
    }

    /** Pairs of texts that share a band bucket, the earlier first: {@code a}, {@code b} (order keys), distinct. */
    static Dataset<Row> candidates(Dataset<Row> representatives, List<JavaRDD<?>> kept) {
        Column[] bands = new Column[BANDS];
        for (int b = 0; b < BANDS; b++) {
            Column[] rows = new Column[ROWS];
            for (int r = 0; r < ROWS; r++) {
                rows[r] = col("sig").getItem(b * ROWS + r);
            }
            // Signature values carry their position, so equal keys in different bands are hash collisions only.
            bands[b] = xxhash64(rows);
        }
        // Each text stands for its rank in the order of copies (a long, not its order key, a string of some
        // 80 characters), so the band rows, one per text and band, are narrow. Sorted by bucket and rank, a
        // bucket's earliest member comes first and its other members follow: one spillable sort finds the
        // pairs. (A hash aggregation of the smallest rank per bucket, joined back to the buckets, held a map
        // entry for every bucket, nearly one per band row since most texts have no copy, in each map task.)
        Dataset<Row> ranked = ranked(representatives, kept);
        Dataset<Row> pairs = ranked.select(col("rank"), explode(array(bands)).as("band"))
                .repartition(col("band"))
                .sortWithinPartitions("band", "rank")
                .mapPartitions(new BucketPairs(), Encoders.row(BucketPairs.SCHEMA))
                .distinct();
        Dataset<Row> keys = ranked.select(col("rank"), col("o"));
        // Partitioned by the earlier text once: the join that follows uses it.
        return pairs.join(keys.toDF("ra", "a"), "ra")
                .join(keys.toDF("rb", "b"), "rb")
                .select("a", "b")
                .repartition(col("a"));
    }

    /**
     * Band rows ({@code rank, band}) sorted by band, then rank, to {@code (ra, rb)}: each bucket's first (earliest)
     * member paired with every later member of the bucket that is another text.
     */
    static final class BucketPairs implements MapPartitionsFunction<Row, Row> {
        private static final long serialVersionUID = 1L;
        static final StructType SCHEMA = new StructType()
                .add("ra", DataTypes.LongType, false)
                .add("rb", DataTypes.LongType, false);

        @Override
        public Iterator<Row> call(Iterator<Row> rows) {
            return new Iterator<>() {
                private boolean started;
                private long band;
                private long first;
                private Row next = advance();

                private Row advance() {
                    while (rows.hasNext()) {
                        Row r = rows.next();
                        long rank = r.getLong(0);
                        long b = r.getLong(1);
                        if (!started || b != band) {
                            started = true;
                            band = b;
                            first = rank;
                        } else if (rank != first) {
                            return RowFactory.create(first, rank);
                        }
                    }
                    return null;
                }

                @Override
                public boolean hasNext() {
                    return next != null;
                }

                @Override
                public Row next() {
                    if (next == null) {
                        throw new NoSuchElementException();
                    }
                    Row r = next;
                    next = advance();
                    return r;
                }
            };
        }
    }

    /** {@code representatives} with {@code rank}: 0, 1, … in the order of their order keys {@code o} (distinct). */
    private static Dataset<Row> ranked(Dataset<Row> representatives, List<JavaRDD<?>> kept) {
        Dataset<Row> sorted = representatives.select("o", "sig").orderBy("o");
        StructType schema = sorted.schema().add("rank", DataTypes.LongType, false);
        // The ranks are read twice (band rows and the rank-to-key table), and zipWithIndex first counts each
        // partition: without a kept copy the sort, and the grouping of exact copies under it, ran three times.
        // On disk, so that the copy costs no executor memory.
        JavaRDD<Row> sortedRows = sorted.javaRDD().persist(StorageLevel.DISK_ONLY());
        kept.add(sortedRows);
        JavaRDD<Row> rows = sortedRows.zipWithIndex()
                .map(t -> RowFactory.create(t._1().get(0), t._1().get(1), t._2()));
        return sorted.sparkSession().createDataFrame(rows, schema);
    }

    /** Candidate pairs whose signatures agree on at least {@value #MIN_AGREEING} positions: {@code a, a_id, b}. */
    static Dataset<Row> alike(Dataset<Row> representatives, List<JavaRDD<?>> kept) {
        return candidates(representatives, kept)
                .join(representatives.toDF("a", "a_id", "a_sig"), "a")
                .join(representatives.select(col("o").as("b"), col("sig").as("b_sig")), "b")
                .filter(size(array_intersect(col("a_sig"), col("b_sig"))).geq(MIN_AGREEING))
                .select("a", "a_id", "b");
    }

    /** For each text with an earlier near copy: {@code child} → its earliest, {@code parent_o, parent_id, sim}. */
    private static Dataset<Row> nearCopies(Dataset<Row> articles, Dataset<Row> representatives, List<JavaRDD<?>> kept) {
        Dataset<Row> pairs = alike(representatives, kept);
        // The survivors are few (pairs that look alike), so they are broadcast to a scan of the shingles
        // rather than the shingles of every article shuffled to them.
        Dataset<Row> ends = pairs.withColumn("o", explode(array(col("a"), col("b"))));
        Dataset<Row> shingles = articles.select(orderKey().as("o"), col(SKETCH + ".shingles").as("sh"));
        Dataset<Row> compared = shingles.join(broadcast(ends), "o")
                .groupBy("a", "a_id", "b")
                .agg(max(when(col("o").equalTo(col("a")), col("sh"))).as("a_sh"),
                        max(when(col("o").equalTo(col("b")), col("sh"))).as("b_sh"))
                .withColumn("common", size(array_intersect(col("a_sh"), col("b_sh"))))
                .withColumn("sim", col("common").cast("double")
                        .divide(size(col("a_sh")).plus(size(col("b_sh"))).minus(col("common"))))
                .filter(col("sim").geq(SIMILARITY));
        return compared.groupBy(col("b").as("child"))
                .agg(min(struct(col("a").as("o"), col("a_id").as("id"), col("sim").as("s"))).as("n"))
                .select(col("child"), col("n.o").as("parent_o"), col("n.id").as("parent_id"), col("n.s").as("sim"));
    }

    /** One step up the chain, so a copy of a copy names the original: {@code _copy, duplicate_of, duplicate_similarity}. */
    private static Dataset<Row> resolve(Dataset<Row> copies) {
        Dataset<Row> parents = copies.select(col("child").as("p_child"), col("parent_id").as("p_parent_id"));
        return copies.join(broadcast(parents), col("parent_o").equalTo(col("p_child")), "left")
                .select(col("child").as("_copy"), coalesce(col("p_parent_id"), col("parent_id")).as("duplicate_of"),
                        col("sim").as("duplicate_similarity"));
    }
}
