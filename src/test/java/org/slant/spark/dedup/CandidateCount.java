package org.slant.spark.dedup;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * How many pairs near-duplicate detection considers on a JSON Lines corpus ({@code id}, {@code text}), e.g.
 * one from {@code CorpusGenerator}: candidate pairs from the band buckets, and those whose signatures
 * agree enough to be compared exactly. A measuring tool for tuning, kept out of the production jar.
 *
 * <p>Usage: {@code CandidateCount CORPUS_DIR}, from {@code target/test-classes} with the jar's classpath.
 */
public final class CandidateCount {
    private CandidateCount() {
    }

    public static void main(String[] args) {
        SparkSession spark = SparkSession.builder().master("local[2]").appName("candidate-count")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "16").getOrCreate();
        StructType schema = DataTypes.createStructType(List.of(
                DataTypes.createStructField("o", DataTypes.StringType, false),
                DataTypes.createStructField("id", DataTypes.StringType, false),
                DataTypes.createStructField("sig", DataTypes.createArrayType(DataTypes.IntegerType, false), false)));
        Dataset<Row> texts = spark.read().json(args[0]).select(col("id"), col("text"));
        Dataset<Row> representatives = texts.mapPartitions((MapPartitionsFunction<Row, Row>) rows -> {
            List<Row> out = new ArrayList<>();
            rows.forEachRemaining(r -> out.add(RowFactory.create(r.getString(0), r.getString(0),
                    Duplicates.sketch(r.getString(1)).getAs("minhash"))));
            return out.iterator();
        }, Encoders.row(schema)).cache();
        long texts1 = representatives.count();
        long candidates = Duplicates.candidates(representatives, new ArrayList<>()).count();
        long alike = Duplicates.alike(representatives, new ArrayList<>()).count();
        System.out.printf("%d texts: %d candidate pairs, %d with >= %d of %d signature values equal%n", texts1, candidates,
                alike, Duplicates.MIN_AGREEING, org.slant.text.MinHash.HASHES);
        spark.stop();
    }
}
