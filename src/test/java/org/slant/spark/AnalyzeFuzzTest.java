package org.slant.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.cli.ExitCodes;
import org.slant.config.AnalyzeConfig;
import org.slant.config.Granularity;
import org.slant.config.InputFormat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Random damage to the sample's files (random bytes, truncations, byte and line mutations, a corrupt
 * Parquet file), with a fixed seed: every run must end with exit 0, 3 or 4 in bounded time, with no
 * failed Spark task, and every record must be counted once, as an article or a reject. Intact files
 * that ride along with damaged ones must come out exactly as they do alone.
 */
@Tag("spark")
class AnalyzeFuzzTest {
    private static final long SEED = 20261130L;
    private static final int ROUNDS = Integer.getInteger("slant.fuzz.rounds", 20);
    private static final long RUN_TIMEOUT_SECONDS = 120;
    private static final Path SAMPLE = Path.of("datasets/sample");

    private final SparkSession spark = SharedSpark.get();
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void damagedInputsNeverAbortHangOrLoseRecords() throws Exception {
        List<Path> originals = sampleFiles();
        Path parquet = sampleParquet();
        originals.add(parquet);
        Map<String, Long> alone = baselineCounts(originals);

        AtomicInteger failedTasks = new AtomicInteger();
        SparkListener listener = new SparkListener() {
            @Override
            public void onTaskEnd(SparkListenerTaskEnd end) {
                if (!end.taskInfo().successful()) {
                    failedTasks.incrementAndGet();
                }
            }
        };
        spark.sparkContext().addSparkListener(listener);
        ExecutorService runner = Executors.newSingleThreadExecutor();
        Random random = new Random(SEED);
        try {
            Path sharedOutput = tmp.resolve("shared-out");
            for (int round = 0; round < ROUNDS; round++) {
                Path in = Files.createDirectories(tmp.resolve("in-" + round));
                Path intact = originals.get(random.nextInt(originals.size()));
                Path intactCopy = in.resolve("intact-" + intact.getFileName());
                Files.copy(intact, intactCopy);
                List<String> damage = new ArrayList<>();
                int damaged = 1 + random.nextInt(3);
                for (int i = 0; i < damaged; i++) {
                    damage.add(damage(random, originals, in, i));
                }
                // Half the rounds reuse one output folder, so damaged runs also replace earlier output.
                Path out = random.nextBoolean() ? sharedOutput : tmp.resolve("out-" + round);
                Optional<LocalDate> from = Optional.empty();
                Optional<LocalDate> to = Optional.empty();
                if (random.nextInt(4) == 0) {
                    LocalDate day = LocalDate.of(2024, 10, 1 + random.nextInt(25));
                    from = Optional.of(day);
                    to = Optional.of(day.plusDays(random.nextInt(3)));
                }
                AnalyzeConfig config = config(List.of(in.toString()), out, from, to, 0.5);
                String what = "round " + round + " (seed " + SEED + "): intact " + intact.getFileName() + ", " + damage
                        + (from.isPresent() ? ", window " + from.get() + ".." + to.get() : "");

                int before = failedTasks.get();
                long started = System.nanoTime();
                int code = runBounded(runner, config, what);
                long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
                System.out.printf("fuzz %s -> exit %d in %d s%n", what, code, seconds);
                assertTrue(code == ExitCodes.OK || code == ExitCodes.INPUT || code == ExitCodes.REJECT_RATIO,
                        what + ": exit " + code);
                assertEquals(before, failedTasks.get(), what + ": a Spark task failed");
                if (code == ExitCodes.OK) {
                    checkCountedOnce(out, what);
                    Map<String, Long> perSource = perSourceCounts(out);
                    if (from.isEmpty()) {
                        assertEquals(alone.get(intact.getFileName().toString()),
                                perSource.getOrDefault(intactCopy.toUri().getPath(), 0L),
                                what + ": the intact file's records changed in company of damaged files");
                    }
                }
            }
        } finally {
            runner.shutdownNow();
            spark.sparkContext().removeSparkListener(listener);
        }
    }

    private int runBounded(ExecutorService runner, AnalyzeConfig config, String what) throws InterruptedException {
        Future<Integer> run = runner.submit(() -> {
            try {
                AnalyzeJob.prepare(spark, config, List.of("fuzz")).run();
                return ExitCodes.OK;
            } catch (RuntimeException | Error e) {
                int code = ExitCodes.of(e);
                if (code == ExitCodes.FAILURE) {
                    ByteArrayOutputStream trace = new ByteArrayOutputStream();
                    e.printStackTrace(new java.io.PrintStream(trace, true, StandardCharsets.UTF_8));
                    fail(what + ": aborted with " + trace.toString(StandardCharsets.UTF_8));
                }
                return code;
            }
        });
        try {
            return run.get(RUN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            spark.sparkContext().cancelAllJobs();
            run.cancel(true);
            fail(what + ": still running after " + RUN_TIMEOUT_SECONDS + " s");
            return -1;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AssertionError a) {
                throw a;
            }
            throw new AssertionError(what, e.getCause());
        }
    }

    /** Writes one damaged file into {@code in} and says what was done to it. */
    private String damage(Random random, List<Path> originals, Path in, int i) throws IOException {
        Path source = originals.get(random.nextInt(originals.size()));
        String name = source.getFileName().toString();
        byte[] bytes = Files.readAllBytes(source);
        int kind = random.nextInt(6);
        byte[] result;
        String what;
        switch (kind) {
            case 0 -> {
                result = new byte[random.nextInt(4096)];
                random.nextBytes(result);
                String[] names = {"noise.csv", "noise.tsv", "noise.jsonl", "noise.txt", "noise.jsonl.gz", "noise.parquet"};
                name = names[random.nextInt(names.length)];
                what = "random bytes";
            }
            case 1 -> {
                result = java.util.Arrays.copyOf(bytes, bytes.length == 0 ? 0 : random.nextInt(bytes.length));
                what = "truncated";
            }
            case 2 -> {
                result = bytes.clone();
                for (int k = 0; k < 1 + random.nextInt(20) && result.length > 0; k++) {
                    result[random.nextInt(result.length)] = (byte) random.nextInt(256);
                }
                what = "bytes flipped";
            }
            case 3 -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
                out.write(bytes, 0, at);
                byte[] junk = new byte[1 + random.nextInt(64)];
                random.nextBytes(junk);
                out.write(junk);
                int skip = Math.min(bytes.length - at, random.nextInt(64));
                out.write(bytes, at + skip, bytes.length - at - skip);
                result = out.toByteArray();
                what = "bytes inserted and deleted";
            }
            case 4 -> {
                result = shuffleLines(random, bytes, name);
                what = "lines dropped, doubled or swapped";
            }
            default -> {
                result = new byte[0];
                what = "emptied";
            }
        }
        Path target = in.resolve("damaged-" + i + "-" + name);
        Files.write(target, result);
        return name + " " + what;
    }

    /** Line-level damage works on the decompressed text, so gzipped files stay valid gzip. */
    private static byte[] shuffleLines(Random random, byte[] bytes, String name) throws IOException {
        boolean gz = name.endsWith(".gz");
        String text = new String(gz ? gunzip(bytes) : bytes, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        for (int k = 0; k < 1 + random.nextInt(5) && !lines.isEmpty(); k++) {
            int a = random.nextInt(lines.size());
            switch (random.nextInt(3)) {
                case 0 -> lines.remove(a);
                case 1 -> lines.add(a, lines.get(a));
                default -> java.util.Collections.swap(lines, a, random.nextInt(lines.size()));
            }
        }
        byte[] out = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        if (!gz) {
            return out;
        }
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(zipped)) {
            z.write(out);
        }
        return zipped.toByteArray();
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }

    private List<Path> sampleFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SAMPLE)) {
            return new ArrayList<>(files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().endsWith(".md"))
                    .sorted().toList());
        }
    }

    /** The sample's CSV written once as Parquet, so damaged Parquet is part of the mix. */
    private Path sampleParquet() throws IOException {
        Path dir = tmp.resolve("parquet-src");
        Path csv = SAMPLE.resolve("csv/ledger_2024-10.csv");
        spark.read().option("header", "true").option("multiLine", "true").option("escape", "\"")
                .csv(csv.toString()).coalesce(1).write().parquet(dir.toString());
        try (Stream<Path> parts = Files.list(dir)) {
            Path part = parts.filter(p -> p.getFileName().toString().endsWith(".parquet")).findFirst().orElseThrow();
            Path file = tmp.resolve("ledger.parquet");
            Files.copy(part, file);
            return file;
        }
    }

    /** Articles plus rejects per original file name, from one run over all the intact files. */
    private Map<String, Long> baselineCounts(List<Path> originals) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("alone"));
        Map<String, String> copies = new HashMap<>();
        for (Path original : originals) {
            Path copy = in.resolve("intact-" + original.getFileName());
            Files.copy(original, copy);
            copies.put(original.getFileName().toString(), copy.toUri().getPath());
        }
        Path out = tmp.resolve("alone-out");
        AnalyzeJob.prepare(spark, config(List.of(in.toString()), out, Optional.empty(), Optional.empty(), 1.0),
                List.of("baseline")).run();
        Map<String, Long> perSource = perSourceCounts(out);
        Map<String, Long> counts = new HashMap<>();
        copies.forEach((name, path) -> counts.put(name, perSource.getOrDefault(path, 0L)));
        return counts;
    }

    private Map<String, Long> perSourceCounts(Path out) {
        Map<String, Long> counts = new HashMap<>();
        for (String table : List.of("articles", "rejects")) {
            if (!Files.exists(out.resolve(table))) {
                continue;
            }
            for (Row r : spark.read().parquet(out.resolve(table).toString()).groupBy("source").count().collectAsList()) {
                String source = r.isNullAt(0) ? "" : java.net.URI.create(r.getString(0)).getPath();
                counts.merge(source, r.getLong(1), Long::sum);
            }
        }
        return counts;
    }

    /** The manifest's counts add up, and match the rows of the tables this run wrote. */
    private void checkCountedOnce(Path out, String what) throws IOException {
        JsonNode manifest = json.readTree(out.resolve("manifest.json").toFile());
        JsonNode counts = manifest.get("counts");
        long read = counts.get("read").asLong();
        long accepted = counts.get("accepted").asLong();
        long rejected = counts.get("rejected").asLong();
        long outside = counts.get("out_of_window").asLong();
        assertEquals(read, accepted + rejected + outside, what + ": read = accepted + rejected + out of window");
        assertEquals(rejected, manifest.get("rows").get("rejects").asLong(), what + ": rejects rows");
        assertEquals(rejected, spark.read().parquet(out.resolve("rejects").toString()).count(), what + ": rejects table");
        assertEquals(accepted, manifest.get("rows").get("articles").asLong(), what + ": articles rows");
    }

    private static AnalyzeConfig config(List<String> inputs, Path out, Optional<LocalDate> from, Optional<LocalDate> to,
                                        double maxRejectRatio) {
        return new AnalyzeConfig(inputs, out.toString(), InputFormat.AUTO, Map.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), from, to, ZoneId.of("UTC"), Granularity.DAY, maxRejectRatio, false,
                AnalyzeConfig.DEFAULT_MAX_ANALYZED_CHARS);
    }
}
