package org.slant.spark;

import java.util.Optional;
import java.util.List;
import org.slant.analysis.targets.TargetCatalog;
import org.slant.config.UserFiles;
import org.slant.config.AnalyzeConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.slant.config.Granularity;
import org.slant.config.InputFormat;
import org.slant.ingest.RawRecord;

/** The per-record path, without a Spark session (rows are plain values). */
class RecordPipelineTest {
    /** Loads (the load-time probe does not try 'é'), but backtracks without end on a line of é's. */
    private static final String RUNAWAY_CATALOG = """
            targets:
              - id: cafe
                patterns: ['(.*\\u00e9){12}$']
              - id: russia
                aliases: [Russia]
            """;

    private static RecordPipeline pipeline() {
        AnalyzeConfig config = new AnalyzeConfig(List.of("in.jsonl"), "out", InputFormat.JSONL, Map.of(), Optional.empty(),
                Optional.empty(), Optional.of("targets.yaml"), Optional.empty(), Optional.empty(), Optional.empty(),
                java.time.ZoneOffset.UTC, Granularity.DAY, 0.5, false, 200_000);
        TargetCatalog catalog = TargetCatalog.parse(
                new java.io.ByteArrayInputStream(RUNAWAY_CATALOG.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "targets.yaml");
        UserFiles builtIn = UserFiles.builtIn();
        return new RecordPipeline(config, new UserFiles(Map.of(), catalog, builtIn.frames(), "test", UserFiles.BUILT_IN));
    }

    private static RawRecord record(String id, String text) {
        return new RawRecord("in.jsonl", "line " + id, Map.of("id", id, "outlet", "Daily", "published", "2024-10-09",
                "text", text));
    }

    @Test
    void patternOverrunRejectsThatRecordOnly() {
        RecordPipeline p = pipeline();
        String prose = "The minister said on Tuesday that talks with Russia would continue next week in Geneva. "
                + "Officials in the capital expected a long and difficult negotiation over the coming months. ";
        Row bad = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> p.process(record("1", prose + "The menu read: " + "é ".repeat(30) + "and more. " + prose)));
        assertEquals(Schemas.KIND_REJECT, bad.getString(0), bad.toString());
        assertEquals("line 1", bad.getString(2));
        assertTrue(bad.getString(3).startsWith("target pattern 'cafe' exceeded its matching budget"), bad.getString(3));
        Row good = p.process(record("2", prose + prose));
        assertEquals(Schemas.KIND_ARTICLE, good.getString(0), good.toString());
        assertEquals(Schemas.ANALYZED, good.schema(), "rows are built against the staged table's definition");
        assertEquals("Daily", good.getAs("outlet_raw"));
    }

    @Test
    void genreComesFromTheRecordsSectionAndTheVoicesRideInTheTargetRows() {
        RecordPipeline p = pipeline();
        String text = "Russia must be stopped. Congress should act now, before Russia moves again.";
        Row opinion = p.process(new RawRecord("in.jsonl", "line 1", Map.of("id", "o1", "outlet", "Daily",
                "published", "2024-10-09", "section", "Opinion", "title", "Stand firm", "text", text)));
        Row news = p.process(record("n1", text));
        assertEquals("opinion", opinion.getAs("genre"));
        assertEquals("news", news.getAs("genre"));
        Row russia = ((Row[]) opinion.getAs("targets"))[0];
        assertEquals("russia", russia.getAs("target"));
        assertTrue((int) russia.getAs("author_statements") >= 0);
        assertTrue(List.of("FAVOR", "AGAINST", "NONE").contains(russia.<String>getAs("author_stance_label")));
    }
}
