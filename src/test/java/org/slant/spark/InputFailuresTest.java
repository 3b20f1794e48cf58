package org.slant.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.config.AnalyzeConfig;
import org.slant.config.UserFiles;
import org.slant.ingest.InputFiles;
import org.slant.config.Granularity;
import org.slant.config.InputFormat;
import org.slant.ingest.ParquetFixtures;

/** The job over inputs that used to stop it or vanish: each bad file is a reject or a skip, the rest is read. */
@Tag("spark")
class InputFailuresTest {
    private final SparkSession spark = SharedSpark.get();

    @TempDir
    Path tmp;

    private static final String GOOD = """
            {"id":"g1","outlet":"Wire","published":"2024-10-09","text":"The senate approved the aid package."}
            {"id":"g2","outlet":"Wire","published":"2024-10-09","text":"Critics called the delay a failure."}
            """;

    private AnalyzeConfig config(Path in, Path out) {
        return new AnalyzeConfig(List.of(in.toString()), out.toString(), InputFormat.AUTO, Map.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), ZoneId.of("UTC"),
                Granularity.DAY, 0.5, false, AnalyzeConfig.DEFAULT_MAX_ANALYZED_CHARS);
    }

    private static boolean mkfifo(Path p) throws InterruptedException {
        try {
            return new ProcessBuilder("mkfifo", p.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void badParquetEmptyFilesLinksAndPipesLeaveTheGoodFilesRead() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("good.jsonl"), GOOD);
        Files.write(in.resolve("empty.csv"), new byte[0]);
        Files.writeString(in.resolve("header.csv"), "id,text,published\n");
        Files.writeString(in.resolve("blank.jsonl"), "\n\n");
        Files.write(in.resolve("zero.jsonl.gz"), new byte[0]);
        Path pq = Files.createDirectories(in.resolve("pq"));
        // id is INT32 in one file and a string in the other; one column name holds backticks.
        ParquetFixtures.intIds(pq.resolve("ints.parquet"));
        ParquetFixtures.stringIdsAndOddNames(pq.resolve("strings.parquet"));
        Path corrupt = Files.writeString(pq.resolve("corrupt.parquet"), "PAR1 this was cut off by a failing copy");
        Files.createSymbolicLink(in.resolve("loop"), Path.of("."));
        Path dead = Files.createSymbolicLink(in.resolve("dead.jsonl"), tmp.resolve("nowhere.jsonl"));
        boolean fifo = mkfifo(in.resolve("pipe.jsonl"));

        Path out = tmp.resolve("out");
        AnalyzeJob.prepare(spark, config(in, out), List.of()).run();

        List<String> ids = spark.read().parquet(out.resolve("articles").toString()).select("article_id")
                .collectAsList().stream().map(r -> r.getString(0)).sorted().toList();
        assertEquals(List.of("100", "101", "102", "g1", "g2", "s0", "s1"), ids, "each article once, the loop read once");

        List<Row> rejects = spark.read().parquet(out.resolve("rejects").toString()).collectAsList();
        Map<String, String> bySource = rejects.stream().collect(Collectors.toMap(r -> r.getAs("source"),
                r -> r.getAs("location") + " " + r.getAs("reason")));
        assertEquals(2, rejects.size(), bySource.toString());
        assertTrue(bySource.get("file:" + corrupt).startsWith("file unreadable: "), bySource.toString());
        assertEquals("file dangling symbolic link (target missing): " + tmp.resolve("nowhere.jsonl"),
                bySource.get("file:" + dead));

        JsonNode inputs = new ObjectMapper().readTree(out.resolve("manifest.json").toFile()).get("inputs");
        List<String> listed = new ArrayList<>();
        inputs.get("file_list").forEach(n -> listed.add(n.asText()));
        for (String empty : List.of("empty.csv", "header.csv", "blank.jsonl", "zero.jsonl.gz")) {
            assertTrue(listed.contains("file:" + in.resolve(empty)), empty + " in " + listed);
        }
        assertEquals(8, inputs.get("files").asInt(), listed.toString());
        if (fifo) {
            assertEquals("file:" + in.resolve("pipe.jsonl") + " (FIFO)", inputs.get("skipped_not_regular").get(0).asText());
        }
    }

    @Test
    void emptyFilesAloneReadAsNoRecordsAndNoRejects() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.write(in.resolve("empty.csv"), new byte[0]);
        Files.write(in.resolve("empty.jsonl.gz"), new byte[0]);
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        InputFiles.Listing listing = InputFiles.list(List.of(in.toString()), InputFormat.AUTO, hadoop);
        assertEquals(3, listing.fileCount());
        AnalyzeConfig config = new AnalyzeConfig(List.of(in.toString()), tmp.resolve("out").toString(), InputFormat.AUTO,
                Map.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), java.time.ZoneOffset.UTC, Granularity.DAY, 0.5, false,
                AnalyzeConfig.DEFAULT_MAX_ANALYZED_CHARS);
        assertEquals(0, FileIngest.read(spark, listing, config, UserFiles.builtIn(), hadoop, ReadCounters.NONE).count());
    }
}
