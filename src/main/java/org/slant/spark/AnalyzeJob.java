package org.slant.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;
import org.slant.config.AnalyzeConfig;
import org.slant.config.UserFiles;
import org.slant.config.Version;
import org.slant.failure.RejectRatioException;
import org.slant.ingest.InputFiles;
import org.slant.output.Manifest;
import org.slant.train.LoadedModels;
import org.slant.output.OutputClaim;
import org.slant.output.OutputLayout;
import org.slant.spark.dedup.Duplicates;
import org.slant.spark.output.CsvExport;
import org.slant.spark.output.SmallCsv;
import org.slant.spark.schema.TableSchema;

/**
 * The {@code analyze} batch job: list inputs, read and analyse every record in one pass (staged as
 * Parquet), derive the tables from that, check the reject ratio, then commit everything at once.
 * The stages and their order are decided here and nowhere else.
 */
public final class AnalyzeJob {
    private final SparkSession spark;
    private final AnalyzeConfig config;
    private final UserFiles files;
    private final InputFiles.Listing listing;
    private final List<String> arguments;
    private final JobProgress progress;
    private final LoadedModels models;

    /**
     * A job over what the command line checked before Spark started: the config, the user's files parsed
     * and the inputs listed (each file with its format decided), telling {@code progress} where it is.
     */
    public AnalyzeJob(SparkSession spark, AnalyzeConfig config, UserFiles files, InputFiles.Listing listing,
                      List<String> arguments, JobProgress progress) {
        this(spark, config, files, listing, arguments, progress, LoadedModels.NONE);
    }

    /** As the rules-only job, with trained models replacing their tasks' rules ({@code --model}). */
    public AnalyzeJob(SparkSession spark, AnalyzeConfig config, UserFiles files, InputFiles.Listing listing,
                      List<String> arguments, JobProgress progress, LoadedModels models) {
        this.spark = spark;
        this.config = config;
        this.files = files;
        this.listing = listing;
        this.arguments = List.copyOf(arguments);
        this.progress = progress;
        this.models = models;
    }

    /**
     * A job whose user files and inputs are read here, with the session's Hadoop settings: for tests and
     * embedding; the command line does this before Spark starts.
     */
    public static AnalyzeJob prepare(SparkSession spark, AnalyzeConfig config, List<String> arguments) {
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        return new AnalyzeJob(spark, config, UserFiles.load(config, hadoop),
                InputFiles.list(config.inputs(), config.format(), hadoop), arguments, JobProgress.none());
    }

    /** A new run id: the start time (UTC) and a random suffix, so ids sort by start and never collide. */
    public static String newRunId(Instant started) {
        return DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(started)
                + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Checks and locks the output, runs the job and releases the output. */
    public RunSummary run() {
        Instant started = Instant.now();
        try (OutputClaim claim = OutputClaim.take(config.output(), config.inputs(), spark.sparkContext().hadoopConfiguration(),
                newRunId(started), started, System.err)) {
            return run(claim);
        }
    }

    /** Runs the job into an output this run has claimed (checked and locked). */
    public RunSummary run(OutputClaim claim) {
        Instant started = claim.lock().holder().started();
        String runId = claim.lock().holder().runId();
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        OutputLayout layout;
        try {
            layout = OutputLayout.prepare(claim.fs(), claim.root(), runId);
        } catch (IOException e) {
            throw new UncheckedIOException("settling what earlier runs left under " + config.output() + " failed", e);
        }
        try {
            progress.stage(JobProgress.READING);
            Observation ingested = new Observation("ingested");
            Counts.observe(FileIngest.read(spark, listing, config, files, models.models(), hadoop, progress.counters()), ingested)
                    .write().mode("overwrite").parquet(layout.staged("work-analyzed"));
            Counts counts = Counts.of(ingested);
            Dataset<Row> analyzed = spark.read().schema(Schemas.ANALYZED).parquet(layout.staged("work-analyzed"));
            checkRejectRatio(counts, analyzed);

            progress.stage("deduplicating");
            // Only the copies found are staged (a row per copy); they are joined to the articles as each table is
            // derived, so the wide analysed rows are not written out and read back a second time.
            Dataset<Row> articles = analyzed.filter(col("kind").equalTo(Schemas.KIND_ARTICLE));
            try (Duplicates.Found found = Duplicates.find(articles)) {
                found.copies().write().mode("overwrite").parquet(layout.staged("work-copies"));
            }
            Dataset<Row> full = Duplicates.apply(spreadOverCores(articles),
                    spark.read().schema(Duplicates.COPIES).parquet(layout.staged("work-copies")));
            // The articles table holds every article once: its write observes the copies and the outlet ids.
            Observation marked = new Observation("marked");

            Map<String, Long> rows = new LinkedHashMap<>();
            List<String> partitioned = new ArrayList<>();
            Map<String, StructType> schemas = new LinkedHashMap<>();
            Map<String, List<Row>> aggregates = new LinkedHashMap<>();
            List<String> dates = List.of();
            for (Map.Entry<TableSchema, Dataset<Row>> table : Tables.derive(full, config.keepDuplicates()).entrySet()) {
                String name = table.getKey().name();
                progress.stage("writing " + name);
                Dataset<Row> derived = table.getValue();
                long written;
                if (Schemas.AGGREGATES.contains(table.getKey())) {
                    // An aggregate is small (a row per outlet, date bucket and key): computed once, then written
                    // and exported from the driver's copy, so it is neither recomputed nor read back.
                    List<Row> computed = derived.collectAsList();
                    aggregates.put(name, computed);
                    stagedWrite(spark.createDataFrame(computed, derived.schema())).parquet(layout.staged(name));
                    written = computed.size();
                } else {
                    Observation counted = table.getKey() == Schemas.ARTICLES ? marked : new Observation(name);
                    Dataset<Row> observed = table.getKey() == Schemas.ARTICLES
                            ? derived.observe(counted, count(lit(1)).as("rows"), Counts.copies(), collect_set(col("outlet")).as("outlets"))
                            : derived.observe(counted, count(lit(1)).as("rows"));
                    stagedWrite(observed).parquet(layout.staged(name));
                    written = Counts.longOrZero(Counts.metrics(counted), "rows");
                }
                schemas.put(name, derived.schema());
                if (table.getKey() == Schemas.ARTICLES) {
                    dates = layout.stagedDates(name);
                } else {
                    stageEmptyPartitions(layout, name, derived.schema(), dates);
                }
                if (layout.stagedDates(name).isEmpty()) {
                    stageEmptyTable(layout, name, derived.schema());
                }
                rows.put(name, written);
                partitioned.add(name);
            }
            progress.stage("writing " + Schemas.REJECTS.name());
            Schemas.REJECTS.conform(analyzed.filter(col("kind").equalTo(Schemas.KIND_REJECT)).withColumn("run_id", lit(runId)))
                    .coalesce(1).write().mode("overwrite").parquet(layout.staged(Schemas.REJECTS.name()));
            rows.put(Schemas.REJECTS.name(), counts.rejected());
            counts = counts.withDuplicates(marked);

            Window window = coveredWindow();
            List<String> whole = new ArrayList<>(List.of(Schemas.REJECTS.name()));
            for (TableSchema table : Schemas.EXPORTED) {
                progress.stage("writing csv/" + table.name() + ".csv");
                if (aggregates.containsKey(table.name())) {
                    List<Row> all = new ArrayList<>(aggregates.get(table.name()));
                    Optional<Dataset<Row>> earlier = committedKept(layout, table.name(), schemas.get(table.name()), window);
                    if (earlier.isPresent()) {
                        all.addAll(earlier.get().select(table.columns()).collectAsList());
                    }
                    SmallCsv.write(all, table, layout);
                } else {
                    Dataset<Row> all = table.partitioned() ? afterCommit(layout, table.name(), schemas.get(table.name()), window)
                            : spark.read().parquet(layout.staged(table.name()));
                    CsvExport.write(all.select(table.columns()).orderBy(table.sortColumns()), table.name(), layout);
                }
                whole.add("csv/" + table.name() + ".csv");
            }
            progress.stage("writing manifest.json");
            String manifest = manifest(runId, started, counts, rows, dates, confusableOutlets(marked)).toJson();
            layout.stageText("manifest.json", manifest);
            layout.stageText("runs/" + runId + "/manifest.json", manifest);
            whole.add("runs/" + runId + "/manifest.json");
            whole.add("manifest.json");

            // A run whose lock was taken over (it seemed dead for 10 minutes) must not commit over its successor.
            progress.stage("committing");
            claim.lock().verifyHeld();
            // From here on only renames, journalled, so the previous output stays whole until each swap and
            // a run that dies mid-commit is completed by the next.
            layout.commit(partitioned, window.from(), window.to(), whole);
            layout.cleanUp();
            return new RunSummary(runId, counts.read(), counts.accepted(), counts.rejected(), counts.duplicates(),
                    counts.outOfWindow(), layout.root());
        } catch (IOException e) {
            throw new UncheckedIOException("writing output under " + config.output() + " failed", e);
        } finally {
            try {
                // After a commit this only removes replaced partitions; after a failure, the unused staging.
                layout.cleanUp();
            } catch (IOException ignored) {
                // Leftover staging is removed by a later run once stale; it is never read as output.
            }
        }
    }

    /**
     * The staged articles spread by date over every core when they are fewer partitions than cores: Spark
     * packs a small staged file (a corpus of a few hundred MB) into one partition, and each table derived
     * from it would then be computed and written, one file per date, by one task while the other cores
     * wait. By date, so that a date's rows stay in one task and one file per table. A larger staging
     * keeps its partitions: no shuffle is added where every core already has work.
     */
    private Dataset<Row> spreadOverCores(Dataset<Row> articles) {
        int cores = spark.sparkContext().defaultParallelism();
        return articles.rdd().getNumPartitions() < cores ? articles.repartition(cores, col("date")) : articles;
    }

    /**
     * A derived table's write into its own fresh staging folder, one subfolder per date. Static overwrite:
     * the folder is new, so dynamic overwrite's extra staging and per-date renames at job commit (a second
     * per date and table on a corpus of a year) would buy nothing.
     */
    private static org.apache.spark.sql.DataFrameWriter<Row> stagedWrite(Dataset<Row> table) {
        return table.write().mode("overwrite").option("partitionOverwriteMode", "static").partitionBy("date");
    }

    /** A staged table read with its known schema; empty when the run produced no rows for it at all. */
    private Dataset<Row> staged(OutputLayout layout, String table, StructType schema) throws IOException {
        return layout.stagedDates(table).isEmpty() ? spark.createDataFrame(List.of(), schema)
                : spark.read().schema(schema).parquet(layout.staged(table));
    }

    /**
     * Writes an empty, schema-only partition for each article date on which a derived table has no rows
     * (no target mentioned that day, say), so the commit replaces that date's old rows too and the table
     * can be read even when it is empty everywhere.
     */
    private void stageEmptyPartitions(OutputLayout layout, String table, StructType schema, List<String> dates)
            throws IOException {
        List<String> present = layout.stagedDates(table);
        List<String> missing = dates.stream().filter(d -> !present.contains(d)).toList();
        if (missing.isEmpty()) {
            return;
        }
        // One schema-only file written by Spark, then copied by the file system into every missing date:
        // the number of Spark jobs does not grow with the number of dates.
        StructType withoutDate = new StructType(java.util.Arrays.stream(schema.fields())
                .filter(f -> !f.name().equals("date")).toArray(org.apache.spark.sql.types.StructField[]::new));
        String template = "empty_partitions/" + table;
        spark.createDataFrame(List.of(), withoutDate).coalesce(1).write().mode("overwrite").parquet(layout.staged(template));
        layout.stageCopies(template, table, missing, ".parquet");
    }

    /**
     * A zero-row file with the table's schema, for a table this run produced no rows for: committed only
     * if the table is left without any partition, so that it can still be read.
     */
    private void stageEmptyTable(OutputLayout layout, String table, StructType schema) throws IOException {
        String folder = "empty_tables/" + table;
        spark.createDataFrame(List.of(), schema).coalesce(1).write().mode("overwrite").parquet(layout.staged(folder));
        layout.stageSingleFile(folder, table + "/" + OutputLayout.EMPTY_TABLE, ".parquet");
    }

    /** The bucket dates this run is responsible for: the --from/--to window when both are given. */
    private record Window(LocalDate from, LocalDate to) {
    }

    private Window coveredWindow() {
        if (config.from().isEmpty() || config.to().isEmpty()) {
            return new Window(null, null);
        }
        return new Window(config.granularity().bucketStart(config.from().get()),
                config.granularity().bucketStart(config.to().get()));
    }

    /**
     * What a date-partitioned table will hold once this run is committed: the committed partitions this
     * run neither replaces nor covers, plus the staged ones. The CSV export is built from it before the
     * commit, so the commit itself is renames only.
     */
    private Dataset<Row> afterCommit(OutputLayout layout, String table, StructType schema, Window window) throws IOException {
        Dataset<Row> staged = staged(layout, table, schema);
        Optional<Dataset<Row>> committed = committedKept(layout, table, schema, window);
        return committed.isEmpty() ? staged : committed.get().unionByName(staged, true);
    }

    /** The committed partitions of a table that this run neither replaces nor covers; empty without any. */
    private Optional<Dataset<Row>> committedKept(OutputLayout layout, String table, StructType schema, Window window)
            throws IOException {
        if (!layout.exists(table)) {
            return Optional.empty();
        }
        Object[] replaced = layout.stagedDates(table).stream().map(LocalDate::parse).toArray();
        Dataset<Row> committed = spark.read().schema(schema).parquet(layout.committed(table));
        // Dates compare as dates: as text, "+10000-01-01" sorts before "2024-10-09".
        Column date = col("date");
        Column keep = functions.not(date.isin(replaced));
        if (window.from() != null) {
            keep = keep.and(functions.not(date.between(lit(window.from()), lit(window.to()))));
        }
        return Optional.of(committed.filter(keep));
    }

    private void checkRejectRatio(Counts counts, Dataset<Row> analyzed) {
        if (counts.read() == 0 || counts.rejectRatio() <= config.maxRejectRatio()) {
            return;
        }
        StringBuilder why = new StringBuilder();
        why.append(String.format("%d of %d records rejected (%.1f%%), more than --max-reject-ratio %s; previous output under %s left unchanged. Most common reasons:",
                counts.rejected(), counts.read(), 100.0 * counts.rejectRatio(), config.maxRejectRatio(), config.output()));
        // One line: the message is printed as a single escaped line, where a line break would show as an escape.
        String sep = " ";
        for (Row r : analyzed.filter(col("kind").equalTo(Schemas.KIND_REJECT)).groupBy("reason").count()
                .orderBy(desc("count")).limit(5).collectAsList()) {
            why.append(sep).append(String.format("%,d × %s", r.getLong(1), r.getString(0)));
            sep = "; ";
        }
        throw new RejectRatioException(why.toString());
    }

    /**
     * Outlet ids of this run that print alike (Unicode confusable skeletons: {@code cnn} and {@code сnn}
     * with a Cyrillic {@code с}): ids stay a pure function of the name, so the look-alikes are named here
     * for the researcher to map with {@code --outlets}. The distinct ids are observed while the
     * articles table is staged.
     */
    private static List<String> confusableOutlets(Observation marked) {
        Object observed = Counts.metrics(marked).get("outlets");
        List<String> ids = observed == null ? List.of()
                : scala.jdk.javaapi.CollectionConverters.asJava((scala.collection.Seq<String>) observed);
        return org.slant.ingest.OutletNames.confusableGroups(ids).stream()
                .map(group -> "outlet ids that look alike (map them with --outlets if they are one outlet): "
                        + String.join(", ", group))
                .toList();
    }

    private Manifest manifest(String runId, Instant started, Counts counts,
                              Map<String, Long> rows, List<String> dates, List<String> warnings) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("format", config.format().name().toLowerCase());
        settings.put("fields", config.fieldOverrides());
        settings.put("outlet_default", config.defaultOutlet().orElse(null));
        settings.put("outlet_aliases", new java.util.TreeMap<>(files.outletAliases()));
        settings.put("targets_file", config.targetsFile().orElse(null));
        settings.put("targets_sha256", files.targetsSha256());
        settings.put("frames_file", config.framesFile().orElse(null));
        settings.put("frames_sha256", files.framesSha256());
        settings.put("from", config.from().map(Object::toString).orElse(null));
        settings.put("to", config.to().map(Object::toString).orElse(null));
        settings.put("timezone", config.zone().getId());
        settings.put("granularity", config.granularity().name().toLowerCase());
        settings.put("keep_duplicates", config.keepDuplicates());
        settings.put("max_chars", config.maxAnalyzedChars());
        settings.put("version", Version.current());
        settings.put("models", models.settings());

        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("paths", config.inputs());
        inputs.put("files", listing.fileCount());
        inputs.put("bytes", listing.bytes());
        List<String> read = listing.paths();
        inputs.put("file_list", read.size() <= 10_000 ? read : read.subList(0, 10_000));
        inputs.put("skipped_not_articles", listing.skipped());
        inputs.put("skipped_not_regular", listing.skippedNotRegular());
        inputs.put("rejected_while_listing", listing.rejects().size());

        Map<String, Object> methods = new LinkedHashMap<>();
        methods.put("sentiment", "VADER (Hutto & Gilbert 2014) compound per sentence; article score = mean over its sentences; label positive >= 0.05, negative <= -0.05");
        methods.put("confidence_interval", "95% Student-t interval of the mean of article scores, clipped to [-1, 1]; none for fewer than 2 articles");
        methods.put("quoted_balance_interval", "Wilson 95% score interval of favor/(favor+against) over the statements of others, mapped to the balance as 2p-1; none without statements");
        methods.put("duplicates", "exact copies (same letters and digits after case folding) and near copies (Jaccard similarity of word 5-gram shingles >= "
                + Duplicates.SIMILARITY + ", MinHash LSH candidates) count once; the earliest is the original");
        methods.put("language", "function-word test for English, else OpenNLP langdetect-183; languages other than English are rejected");

        return new Manifest()
                .put("run_id", runId)
                .put("version", Version.current())
                .put("started_at", started.toString())
                .put("finished_at", Instant.now().toString())
                .put("spark_version", spark.version())
                .put("master", spark.sparkContext().master())
                .put("arguments", arguments)
                .put("config", settings)
                .put("config_hash", Manifest.configHash(settings))
                .put("inputs", inputs)
                .put("counts", counts.asMap())
                .put("rows", rows)
                .put("dates_written", dates)
                .put("warnings", warnings)
                .put("methods", methods)
                .put("models", models.manifestEntries());
    }
}
