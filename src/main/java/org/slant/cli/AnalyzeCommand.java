package org.slant.cli;

import org.slant.failure.UsageException;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.apache.hadoop.conf.Configuration;
import com.google.common.base.Suppliers;
import org.slant.config.AnalyzeConfig;
import org.slant.config.UserFiles;
import org.slant.ingest.InputFiles;
import org.slant.config.Granularity;
import org.slant.config.InputFormat;
import org.slant.ingest.FieldMapping;
import org.slant.model.BuiltInModels;
import org.slant.model.ModelCard;
import org.slant.model.ModelTask;
import org.slant.train.LoadedModels;
import org.slant.output.OutputClaim;
import org.slant.spark.AnalyzeJob;
import org.slant.spark.DriverHadoopConf;
import org.slant.spark.JobProgress;
import org.slant.spark.RunSummary;
import org.slant.spark.SparkSessions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

/** {@code slant analyze}: turns flags into one {@link AnalyzeConfig} and runs the batch job. */
@Command(name = "analyze", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Read, clean and analyse article corpora; write per-article and per-outlet-date tables.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:success (also when no article was read: empty tables, counts 0)",
                "1:any other failure",
                "2:usage or configuration error (checked before Spark starts; nothing written)",
                "3:input missing or unreadable",
                "4:more records rejected than --max-reject-ratio allows (previous output unchanged)",
                "5:output locked: another run is writing the same --output (wait for it, or use another folder)"})
final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--input", arity = "1..*", required = true, paramLabel = "PATH",
            description = "Files, folders (read recursively) or globs; local paths or Hadoop URIs (hdfs://, s3a://).")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Output folder (created if missing).")
    String output;

    @Option(names = "--format", defaultValue = "auto", paramLabel = "FMT",
            description = "auto|csv|tsv|jsonl|text|parquet (auto: by extension, .gz allowed). Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--field", paramLabel = "CANONICAL=COLUMN",
            description = "Map a source column to a canonical field (repeatable): id, outlet, published, title, text, url, author, section, language.")
    Map<String, String> fields = new LinkedHashMap<>();

    @Option(names = "--outlet", paramLabel = "NAME", description = "Outlet for records that name none (after url domain and .txt folder).")
    String outlet;

    @Option(names = "--outlets", paramLabel = "FILE", description = "Outlet alias map, CSV 'variant,outlet', merged over the built-in one.")
    String outletsFile;

    @Option(names = "--targets", paramLabel = "FILE",
            description = "Target and actor definitions (YAML) replacing the built-in catalog.")
    String targetsFile;

    @Option(names = "--frames", paramLabel = "FILE",
            description = "Frame cue lexicon (frame<TAB>cue<TAB>weight) replacing the built-in one.")
    String framesFile;

    @Option(names = "--from", paramLabel = "DATE", description = "First publication date to include (ISO yyyy-MM-dd, inclusive).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last publication date to include (ISO yyyy-MM-dd, inclusive).")
    String to;

    @Option(names = "--timezone", defaultValue = "UTC", paramLabel = "ZONE",
            description = "Zone whose calendar date buckets an article. Default: ${DEFAULT-VALUE}.")
    String timezone;

    @Option(names = "--granularity", defaultValue = "day", paramLabel = "G", description = "day|week|month. Default: ${DEFAULT-VALUE}.")
    String granularity;

    @Option(names = "--max-reject-ratio", defaultValue = "0.5", paramLabel = "R",
            description = "Fail with exit 4 when more than this share of records is rejected. Default: ${DEFAULT-VALUE}.")
    double maxRejectRatio;

    @Option(names = "--keep-duplicates", description = "Count duplicate copies of a story in the aggregates too.")
    boolean keepDuplicates;

    @Option(names = "--max-chars", paramLabel = "N",
            description = "Analyse at most N characters of an article (longer ones are flagged 'truncated'). Default: ${DEFAULT-VALUE}.")
    int maxChars = AnalyzeConfig.DEFAULT_MAX_ANALYZED_CHARS;

    @Option(names = "--model", paramLabel = "DIR",
            description = "A model saved by 'slant train' replacing its task's rules (repeatable, one per task); "
                    + "the rules' values stay in the *_rule columns. Stance uses the built-in model "
                    + "(built-in:stance) unless one is given here or --rules is set, and the author's stance toward "
                    + "ukraine_aid the built-in article model (built-in:stance-article) unless an article model is given.")
    List<java.nio.file.Path> models = new ArrayList<>();

    @Option(names = "--rules",
            description = "Every task by slant's rules alone: not even the built-in stance model (for figures from the "
                    + "rules as published, or to compare).")
    boolean rulesOnly;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master (default: SLANT_MASTER, else the one spark-submit set, else local[*]).")
    String master;

    @Option(names = "--quiet",
            description = "No progress lines on stderr (by default one every 5 s: stage, files, records, articles/s, time left). "
                    + "The one-line summary goes to stdout either way.")
    boolean quiet;

    @Override
    public Integer call() {
        AnalyzeConfig config = toConfig();
        Duration interval = ProgressPrinter.interval(System.getProperty(ProgressPrinter.INTERVAL_PROPERTY));
        Instant started = Instant.now();
        // Everything that can be wrong with the command line is found before Spark starts, in seconds:
        // the user's files are parsed, the inputs listed (each file's format decided), and the output
        // checked, created and locked (nothing, not even a previous run's unfinished commit, is touched
        // without the lock).
        InputFiles.checkLocal(config.inputs());
        // Hadoop's second of start-up is paid only once a file outside the local disk needs it.
        com.google.common.base.Supplier<Configuration> lazyHadoop = Suppliers.memoize(DriverHadoopConf::beforeSpark);
        UserFiles files = UserFiles.load(config, lazyHadoop);
        List<ModelCard> cards = modelCards();
        Configuration hadoop = lazyHadoop.get();
        InputFiles.Listing listing = InputFiles.list(config.inputs(), config.format(), hadoop);
        listing.warnings().forEach(w -> System.err.println(StderrText.line(w)));
        RunSummary summary;
        try (OutputClaim claim = OutputClaim.take(config.output(), config.inputs(), hadoop,
                AnalyzeJob.newRunId(started), started, System.err);
             SparkSessions.Handle spark = SparkSessions.open("slant analyze", master);
             JobProgress progress = JobProgress.track(spark.session(), listing, started);
             ProgressPrinter printer = quiet ? ProgressPrinter.off() : ProgressPrinter.start(progress::snapshot, interval, System.err)) {
            LoadedModels loaded = cards.isEmpty() ? LoadedModels.NONE : LoadedModels.load(spark.session(), cards, "--model");
            summary = new AnalyzeJob(spark.session(), config, files, listing, spec.commandLine().getParseResult().originalArgs(),
                    progress, loaded).run(claim);
        }
        // On stdout, for scripts; progress and warnings stay on stderr. Printed after the printer stopped.
        System.out.println(StderrText.line(summary.line()));
        return ExitCodes.OK;
    }

    /**
     * Each {@code --model} folder's card, checked before Spark starts: at most one model per task, and one
     * article-level stance model; the built-in ones fill what is not given unless {@code --rules}.
     */
    private List<ModelCard> modelCards() {
        List<ModelCard> cards = new ArrayList<>();
        Map<String, java.nio.file.Path> seen = new java.util.HashMap<>();
        if (rulesOnly && !models.isEmpty()) {
            throw new UsageException("--rules asks for the rules alone: it takes no --model");
        }
        for (java.nio.file.Path dir : models) {
            ModelCard card = ModelCard.read(dir, "--model", null);
            String kind = kind(card);
            java.nio.file.Path before = seen.put(kind, dir);
            if (before != null) {
                throw new UsageException("--model " + dir + ": a second '" + kind + "' model (the first is "
                        + before + "); give one model per task");
            }
            cards.add(card);
        }
        if (!rulesOnly && !seen.containsKey(ModelTask.STANCE.id())) {
            BuiltInModels.folder(ModelTask.STANCE).ifPresent(dir -> cards.add(ModelCard.read(dir, "built-in model", ModelTask.STANCE)));
        }
        if (!rulesOnly && !seen.containsKey(BuiltInModels.STANCE_ARTICLE)) {
            BuiltInModels.folder(BuiltInModels.STANCE_ARTICLE)
                    .ifPresent(dir -> cards.add(ModelCard.read(dir, "built-in model", ModelTask.STANCE)));
        }
        return cards;
    }

    /** A model's task id, or {@code stance-article} for an article-level stance model. */
    private static String kind(ModelCard card) {
        return card.readsArticles() ? BuiltInModels.STANCE_ARTICLE : card.task().id();
    }

    AnalyzeConfig toConfig() {
        InputFormat fmt = parseEnum(InputFormat.class, format, "--format");
        Granularity gran = parseEnum(Granularity.class, granularity, "--granularity");
        ZoneId zone;
        try {
            zone = ZoneId.of(timezone);
        } catch (DateTimeException e) {
            throw new UsageException("--timezone: unknown zone '" + timezone + "' (use an IANA id such as UTC or America/New_York)");
        }
        Optional<LocalDate> fromDate = parseDate(from, "--from");
        Optional<LocalDate> toDate = parseDate(to, "--to");
        if (fromDate.isPresent() && toDate.isPresent() && fromDate.get().isAfter(toDate.get())) {
            throw new UsageException("--from " + from + " is after --to " + to);
        }
        if (!(maxRejectRatio >= 0 && maxRejectRatio <= 1)) {
            throw new UsageException("--max-reject-ratio must be between 0 and 1, got " + maxRejectRatio);
        }
        if (maxChars < 1000) {
            throw new UsageException("--max-chars must be at least 1000, got " + maxChars);
        }
        try {
            new FieldMapping(fields);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--field: " + e.getMessage(), e);
        }
        if (outlet != null && outlet.isBlank()) {
            throw new UsageException("--outlet must not be blank");
        }
        return new AnalyzeConfig(inputs, output, fmt, fields, Optional.ofNullable(outlet), Optional.ofNullable(outletsFile),
                Optional.ofNullable(targetsFile), Optional.ofNullable(framesFile), fromDate, toDate, zone, gran, maxRejectRatio, keepDuplicates, maxChars);
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String flag) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> names = new ArrayList<>();
            for (E c : type.getEnumConstants()) {
                names.add(c.name().toLowerCase(Locale.ROOT));
            }
            throw new UsageException(flag + ": '" + value + "' is not one of " + String.join("|", names));
        }
    }

    private static Optional<LocalDate> parseDate(String value, String flag) {
        if (value == null) {
            return Optional.empty();
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new UsageException(flag + ": '" + value + "' is not an ISO date (yyyy-MM-dd)");
        }
        // Partition names are yyyy-MM-dd: a year of other than four digits could not name one.
        if (date.getYear() < 1 || date.getYear() > 9999) {
            throw new UsageException(flag + ": '" + value + "' is outside the years 0001 to 9999");
        }
        return Optional.of(date);
    }
}
