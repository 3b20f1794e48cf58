package org.slant.spark;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slant.config.AnalyzeConfig;
import org.slant.config.UserFiles;
import org.slant.ingest.FieldMapping;
import org.slant.ingest.FileSplit;
import org.slant.ingest.InputFiles;
import org.slant.model.ArticleModels;

/**
 * Reads the files named by a partition's paths (line formats and Parquet alike, see {@link FileRecords})
 * and yields one {@link Schemas#ANALYZED} row per record, lazily, so a large file is streamed rather than
 * held in memory. A file that cannot be opened or breaks off part-way becomes a reject naming it; the
 * job goes on.
 */
final class FileIngest implements FlatMapFunction<Iterator<FileSplit>, Row> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<AnalyzeConfig> config;
    private final Broadcast<UserFiles> files;
    private final Broadcast<ArticleModels> models;
    private final HadoopConf hadoop;
    private final ReadCounters counters;

    FileIngest(Broadcast<AnalyzeConfig> config, Broadcast<UserFiles> files, Broadcast<ArticleModels> models,
               HadoopConf hadoop, ReadCounters counters) {
        this.config = config;
        this.files = files;
        this.models = models;
        this.hadoop = hadoop;
        this.counters = counters;
    }

    /**
     * Every listed file read and analysed, as rows of {@link Schemas#ANALYZED}, plus the rejects found
     * while listing. Line and Parquet files alike are split among tasks by name, each read by one task
     * with its own schema, so no file can fail the job and no two files' schemas need to agree; a large
     * line-delimited file is read in parts by several tasks ({@link InputSplits}).
     */
    static Dataset<Row> read(SparkSession spark, InputFiles.Listing listing, AnalyzeConfig config, UserFiles userFiles,
                             Configuration hadoop, ReadCounters counters) {
        return read(spark, listing, config, userFiles, ArticleModels.NONE, hadoop, counters);
    }

    /** As {@link #read(SparkSession, InputFiles.Listing, AnalyzeConfig, UserFiles, Configuration, ReadCounters)}, with trained models. */
    static Dataset<Row> read(SparkSession spark, InputFiles.Listing listing, AnalyzeConfig config, UserFiles userFiles,
                             ArticleModels models, Configuration hadoop, ReadCounters counters) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<FileSplit> files = InputSplits.plan(jsc, listing.files(), hadoop);
        int slices = Math.max(1, Math.min(files.size(), jsc.defaultParallelism() * 4));
        // Parsed once on the driver; each executor deserializes them once, not once per task. Trained
        // models too: they are applied inside this pass, never in a second one over the data.
        JavaRDD<Row> rows = jsc.parallelize(files, slices).mapPartitions(
                new FileIngest(jsc.broadcast(config), jsc.broadcast(userFiles), jsc.broadcast(models), new HadoopConf(hadoop),
                        counters));
        Dataset<Row> read = spark.createDataFrame(rows, Schemas.ANALYZED);
        if (listing.rejects().isEmpty()) {
            return read;
        }
        List<Row> listed = listing.rejects().stream().map(RecordPipeline::rejectRow).toList();
        return read.unionByName(spark.createDataFrame(listed, Schemas.ANALYZED));
    }

    @Override
    public Iterator<Row> call(Iterator<FileSplit> paths) {
        AnalyzeConfig c = config.value();
        RecordPipeline pipeline = new RecordPipeline(c, files.value(), models.value());
        FileRecords records = new FileRecords(paths, new FieldMapping(c.fieldOverrides()), hadoop.get(), counters);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Row row = pipeline.process(records.next());
                counters.record(Schemas.KIND_ARTICLE.equals(row.getString(0)));
                return row;
            }
        };
    }
}
