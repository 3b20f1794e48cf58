package org.slant.spark;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.failure.RejectRatioException;
import org.slant.config.AnalyzeConfig;
import org.slant.config.Granularity;
import org.slant.config.InputFormat;

/** The job on small corpora written here: what it accepts, rejects, aggregates and commits. */
@Tag("spark")
class AnalyzeJobTest {
    private final SparkSession spark = SharedSpark.get();

    @TempDir
    Path tmp;

    static final String CSV = """
            id,source,published_at,headline,body
            a1,The Daily Ledger,2024-10-09T14:05:00Z,Aid vote,"Lawmakers approved the aid package. Supporters praised the great result."
            a2,dailyledger.com,2024-10-09 20:00:00,Delay,"The delay is a terrible failure. Critics were angry."
            a3,Daily Ledger,2024-10-10,Quiet day,"The committee met on Thursday. It adjourned at noon."
            a4,The Daily Ledger,sometime last week,Bad date,"A fine text."
            a5,The Daily Ledger,2024-10-10,No body,
            """;

    static final String JSONL = """
            {"id":"c1","outlet":"Capitol Wire","date_publish":"2024-10-09 09:30:00","title":"Win","maintext":"Zelensky thanked lawmakers for the wonderful support. It was a happy day."}
            {"id":"c2","outlet":"Capitol Wire","date_publish":"2024-10-09 11:00:00","title":"Copy","maintext":"Lawmakers approved the aid package.  Supporters praised the GREAT result!"}
            {"id":"c3","outlet":"Capitol Wire",
            [1,2,3]
            """;

    private Path corpus() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in.resolve("harbor-times"));
        Files.writeString(in.resolve("ledger.csv"), CSV);
        Files.writeString(in.resolve("wire.jsonl"), JSONL);
        Files.writeString(in.resolve("README.md"), "# not an article\n");
        Files.writeString(in.resolve("harbor-times/story.txt"), """
                Harbor Council Backs New Ferry
                By Ann Lee
                Oct.10 - 2024 7:39 AM CET
                Local

                The council voted to fund a new ferry. Residents were pleased with the decision.

                What Comes Next

                Construction starts in spring.
                """);
        return in;
    }

    private AnalyzeConfig config(Path in, Path out) throws IOException {
        Path aliases = tmp.resolve("outlets.csv");
        Files.writeString(aliases, "variant,outlet\ndailyledger,The Daily Ledger\n");
        return new AnalyzeConfig(List.of(in.toString()), out.toString(), InputFormat.AUTO, Map.of(), Optional.empty(),
                Optional.of(aliases.toString()), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), ZoneId.of("UTC"), Granularity.DAY, 0.5, false,
                AnalyzeConfig.DEFAULT_MAX_ANALYZED_CHARS);
    }

    private Dataset<Row> table(Path out, String name) {
        return spark.read().parquet(out.resolve(name).toString());
    }

    @Test
    void readsAnalysesRejectsAndAggregates() throws IOException {
        Path out = tmp.resolve("out");
        AnalyzeJob.prepare(spark, config(corpus(), out), List.of()).run();

        Dataset<Row> articles = table(out, "articles");
        assertEquals(Set("a1", "a2", "a3", "c1", "c2", "harbor"), articles.select("article_id").collectAsList().stream()
                .map(r -> r.getString(0).startsWith("harbortimes-") ? "harbor" : r.getString(0)).collect(Collectors.toSet()));
        // Three spellings of one outlet collapse to one id (with the --outlets map); the name as written is kept.
        assertEquals(List.of("thedailyledger"), articles.filter(col("article_id").isin("a1", "a2", "a3"))
                .select("outlet").distinct().collectAsList().stream().map(r -> r.getString(0)).toList());
        assertEquals("dailyledger.com", articles.filter(col("article_id").equalTo("a2")).first().getAs("outlet_raw"));

        Row a1 = articles.filter(col("article_id").equalTo("a1")).first();
        assertEquals(2, (int) a1.getAs("n_sentences"));
        assertTrue((double) a1.getAs("sentiment") > 0.05);
        assertEquals("positive", a1.getAs("sentiment_label"));
        assertEquals(LocalDate.of(2024, 10, 9), a1.getAs("date"));

        // c2 and a1 are one story (modulo spacing, case and punctuation); c2 was published first, so a1 names it.
        Row c2 = articles.filter(col("article_id").equalTo("c2")).first();
        assertEquals("c2", a1.getAs("duplicate_of"));
        assertNull(c2.getAs("duplicate_of"));

        Row harbor = articles.filter(col("outlet").equalTo("harbortimes")).first();
        assertEquals(LocalDate.of(2024, 10, 10), harbor.getAs("date"));
        assertEquals("Ann Lee", harbor.getAs("author"));

        List<Row> rejects = table(out, "rejects").collectAsList();
        String reasons = rejects.stream().map(r -> r.getAs("source") + " " + r.getAs("location") + " " + r.getAs("reason"))
                .collect(Collectors.joining("\n"));
        assertEquals(4, rejects.size(), reasons);
        assertTrue(reasons.contains("unparseable date"), reasons);
        assertTrue(reasons.contains("text"), reasons);

        Map<String, Row> agg = table(out, "by_outlet_date").collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getAs("outlet") + "/" + r.getAs("date"), r -> r));
        assertEquals(1L, (long) agg.get("thedailyledger/2024-10-09").getAs("articles"), "the duplicate a1 is not counted");
        assertEquals(2L, (long) agg.get("capitolwire/2024-10-09").getAs("articles"));
        assertTrue(Files.readString(out.resolve("csv/by_outlet_date.csv")).startsWith("outlet,date,articles,"));

        // Genre and the two voices reach the tables under the contract's names.
        assertEquals("news", a1.getAs("genre"));
        assertTrue(List.of(table(out, "article_targets").columns()).containsAll(List.of("author_stance", "quoted_stance",
                "author_stance_label", "author_statements", "quoted_favor", "quoted_against")));
        assertTrue(List.of(table(out, "actor_stances").columns()).containsAll(List.of("actor", "speaker", "stance_label",
                "evidence", "sentence_index")));
        assertTrue(List.of(table(out, "by_outlet_date_target").columns()).containsAll(List.of("author_articles",
                "author_stance_mean", "author_stance_ci_low", "author_stance_ci_high", "quoted_favor", "quoted_against",
                "quoted_balance", "quoted_balance_ci_low", "quoted_balance_ci_high")));
        // Articles, statements and rejects are exported too, with their tables' columns, all rows.
        List<String> articlesCsv = Files.readAllLines(out.resolve("csv/articles.csv"));
        assertEquals(String.join(",", Schemas.ARTICLES.names()), articlesCsv.get(0));
        assertEquals(articles.count(), articlesCsv.size() - 1);
        assertEquals(String.join(",", Schemas.ACTOR_STANCES.names()),
                Files.readAllLines(out.resolve("csv/actor_stances.csv")).get(0));
        assertEquals("source,location,reason,excerpt,run_id", Files.readAllLines(out.resolve("csv/rejects.csv")).get(0));

        String manifest = Files.readString(out.resolve("manifest.json"));
        assertTrue(manifest.contains("\"rejected\" : 4"), manifest);
        assertTrue(manifest.contains("\"accepted\" : 6"), manifest);
        assertTrue(manifest.contains("\"duplicates\" : 1"), manifest);
        assertFalse(Files.exists(out.resolve("_staging")), "staging is removed after commit");
        try (Stream<Path> runs = Files.list(out.resolve("runs"))) {
            assertEquals(1, runs.count());
        }
    }

    @Test
    void rerunGivesIdenticalTablesAndAWindowReplacesOnlyItsDates() throws IOException {
        Path in = corpus();
        Path out = tmp.resolve("out");
        AnalyzeJob.prepare(spark, config(in, out), List.of()).run();
        List<Row> first = table(out, "by_outlet_date").orderBy("outlet", "date").collectAsList();
        AnalyzeJob.prepare(spark, config(in, out), List.of()).run();
        assertEquals(first, table(out, "by_outlet_date").orderBy("outlet", "date").collectAsList());

        // A window run over 2024-10-10 with an extra late article changes that day only.
        Files.writeString(in.resolve("late.jsonl"),
                "{\"id\":\"late\",\"outlet\":\"Daily Ledger\",\"date\":\"2024-10-10T12:00:00Z\",\"text\":\"A late and sad story.\"}\n");
        AnalyzeConfig c = config(in, out);
        AnalyzeConfig window = c.withWindow(Optional.of(LocalDate.of(2024, 10, 10)), Optional.of(LocalDate.of(2024, 10, 10)));
        AnalyzeJob.prepare(spark, window, List.of()).run();
        List<Row> after = table(out, "by_outlet_date").orderBy("outlet", "date").collectAsList();
        assertEquals(first.stream().filter(r -> r.getAs("date").toString().equals("2024-10-09")).toList(),
                after.stream().filter(r -> r.getAs("date").toString().equals("2024-10-09")).toList());
        Row ledger10 = after.stream().filter(r -> r.getAs("date").toString().equals("2024-10-10")
                && r.getAs("outlet").equals("thedailyledger")).findFirst().orElseThrow();
        assertEquals(2L, (long) ledger10.getAs("articles"));
        assertEquals(first.stream().mapToLong(r -> r.getAs("articles")).sum() + 1,
                after.stream().mapToLong(r -> r.getAs("articles")).sum());
    }

    @Test
    void tooManyRejectsFailsAndLeavesPreviousOutputWhole() throws IOException {
        Path in = corpus();
        Path out = tmp.resolve("out");
        AnalyzeJob.prepare(spark, config(in, out), List.of()).run();
        String manifestBefore = Files.readString(out.resolve("manifest.json"));
        long articlesBefore = table(out, "articles").count();

        Path bad = tmp.resolve("bad");
        Files.createDirectories(bad);
        Files.writeString(bad.resolve("junk.jsonl"), "not json\nnor this\n{\"text\":\"no date\"}\n");
        AnalyzeConfig c = config(bad, out);
        RejectRatioException e = assertThrows(RejectRatioException.class,
                () -> AnalyzeJob.prepare(spark, c, List.of()).run());
        assertTrue(e.getMessage().contains("3 of 3 records rejected"), e.getMessage());
        assertEquals(manifestBefore, Files.readString(out.resolve("manifest.json")));
        assertEquals(articlesBefore, table(out, "articles").count());
        assertFalse(Files.exists(out.resolve("_staging")));
    }

    @Test
    void readsParquetAndGzipAndBucketsInTheGivenZone() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(in.resolve("w.jsonl.gz")))) {
            gz.write(("{\"id\":\"g1\",\"outlet\":\"Wire\",\"published\":\"2024-10-09T23:30:00-04:00\",\"text\":\"Good news today.\"}\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        spark.createDataFrame(List.of(new ParquetArticle("p1", "https://www.example-news.com/a", "2024-10-09T02:00:00Z",
                "Bad news today. Terrible.")), ParquetArticle.class)
                .write().parquet(in.resolve("pq").toString());
        Path out = tmp.resolve("out");
        AnalyzeConfig c = config(in, out);
        AnalyzeConfig ny = c.withZone(ZoneId.of("America/New_York"));
        AnalyzeJob.prepare(spark, ny, List.of()).run();
        Map<String, Row> byId = table(out, "articles").collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getAs("article_id"), r -> r));
        assertEquals(LocalDate.of(2024, 10, 9), byId.get("g1").getAs("date"));
        assertEquals("examplenews", byId.get("p1").getAs("outlet"));
        assertEquals(LocalDate.of(2024, 10, 8), byId.get("p1").getAs("date"), "02:00 UTC is the evening before in New York");
        assertNotNull(byId.get("p1").getAs("published_at"));
    }

    @Test
    void outletNamesNeverLeaveTheOutputFolder() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("x.jsonl"),
                "{\"id\":\"t1\",\"outlet\":\"../../etc\",\"published\":\"2024-10-09\",\"text\":\"Fine.\"}\n"
                        + "{\"id\":\"t2\",\"outlet\":\"/../\",\"published\":\"2024-10-09\",\"text\":\"Fine.\"}\n");
        Path out = tmp.resolve("sub/out");
        AnalyzeJob.prepare(spark, config(in, out), List.of()).run();
        assertEquals("etc", table(out, "articles").first().getAs("outlet"));
        assertTrue(table(out, "rejects").first().<String>getAs("reason").contains("outlet"));
        try (Stream<Path> all = Files.walk(tmp)) {
            assertTrue(all.allMatch(p -> p.startsWith(in) || p.startsWith(out) || out.startsWith(p)
                    || p.equals(tmp.resolve("outlets.csv"))));
        }
    }

    @Test
    void articlesInOtherLanguagesAreRejectedAsUnsupported() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("multi.jsonl"), String.join("\n",
                "{\"id\":\"en1\",\"outlet\":\"Wire\",\"published\":\"2024-10-09\",\"text\":\"The Senate approved the aid package on Tuesday after a long debate, and the House is expected to vote next week.\"}",
                "{\"id\":\"de1\",\"outlet\":\"Wire\",\"published\":\"2024-10-09\",\"text\":\"Der Bundestag hat am Dienstag nach langer Debatte das Hilfspaket für die Ukraine gebilligt. Die Opposition kritisierte die Entscheidung.\"}",
                "{\"id\":\"en2\",\"outlet\":\"Wire\",\"published\":\"2024-10-09\",\"text\":\"Critics of the plan said that the vote would be held after the election.\"}",
                "{\"id\":\"en3\",\"outlet\":\"Wire\",\"published\":\"2024-10-09\",\"text\":\"The mayor said that the library would open later than planned this year.\"}",
                "{\"id\":\"es1\",\"outlet\":\"Wire\",\"published\":\"2024-10-09\",\"language\":\"es\",\"text\":\"El Senado aprobó el martes el paquete de ayuda para Ucrania tras un largo debate.\"}",
                ""));
        Path out = tmp.resolve("out");
        AnalyzeJob.prepare(spark, config(in, out), List.of()).run();
        assertEquals(List.of("en"), table(out, "articles").select("language").distinct().collectAsList().stream()
                .map(r -> r.getString(0)).toList());
        assertEquals(3, table(out, "articles").count());
        List<String> reasons = table(out, "rejects").collectAsList().stream().map(r -> r.<String>getAs("reason")).sorted().toList();
        assertEquals(List.of("unsupported language: de", "unsupported language: es"), reasons);
    }

    private Path quietFeed() throws IOException {
        Path quiet = Files.createDirectories(tmp.resolve("quiet"));
        Files.writeString(quiet.resolve("feed.csv"), "id,outlet,published,title,text\n");
        return quiet;
    }

    private static final List<String> PARTITIONED = List.of("articles", "article_targets", "actor_stances", "article_frames",
            "by_outlet_date", "by_outlet_date_target", "by_outlet_date_frame", "by_outlet_date_target_frame",
            "by_outlet_date_actor");

    @Test
    void noArticlesGiveEmptyReadableTablesAndCountsZero() throws Exception {
        Path out = tmp.resolve("out");
        AnalyzeJob.prepare(spark, config(quietFeed(), out), List.of()).run();
        for (String name : PARTITIONED) {
            Dataset<Row> t = table(out, name);
            assertEquals(0, t.count(), name);
            assertTrue(List.of(t.columns()).contains("outlet") && List.of(t.columns()).contains("date"), name);
        }
        assertEquals(List.of("article_id", "outlet"), List.of(table(out, "articles").columns()).subList(0, 2));
        assertEquals(0, table(out, "rejects").count());
        assertEquals(List.of("outlet,date,articles,sentiment_mean,sentiment_ci_low,sentiment_ci_high,positive_share,"
                + "negative_share,neutral_share,sentiment_sd,title_sentiment_mean"), Files.readAllLines(out.resolve("csv/by_outlet_date.csv")));
        assertEquals(List.of(String.join(",", Schemas.ACTOR_STANCES.names())), Files.readAllLines(out.resolve("csv/actor_stances.csv")));
        assertEquals(1, Files.readAllLines(out.resolve("csv/rejects.csv")).size(), "a header, no rows");
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertTrue(manifest.contains("\"read\" : 0") && manifest.contains("\"accepted\" : 0"), manifest);
        // Readable by an independent reader (DuckDB) too, when the shared checker is beside the clone.
        Path checker = Path.of("../shared/tools/check-output").toAbsolutePath().normalize();
        if (Files.isExecutable(checker)) {
            Process p = new ProcessBuilder(checker.toString(), out.toString()).redirectErrorStream(true).start();
            String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), report);
        }
    }

    @Test
    void windowsWithoutArticlesEmptyTheirDatesAndTablesStayReadable() throws IOException {
        Path out = tmp.resolve("out");
        Path quiet = quietFeed();
        AnalyzeJob.prepare(spark, config(corpus(), out), List.of()).run();
        assertEquals(Set("2024-10-09", "2024-10-10"), dates(out, "by_outlet_date"));

        // A window reaching past year 9999 still covers 2024: dates compare as dates, in the commit and in the CSV.
        AnalyzeConfig late = config(quiet, out).withWindow(Optional.of(LocalDate.of(2024, 10, 10)), Optional.of(LocalDate.of(10000, 1, 1)));
        AnalyzeJob.prepare(spark, late, List.of()).run();
        for (String name : PARTITIONED) {
            assertEquals(Set("date=2024-10-09"), partitionFolders(out, name), name);
        }
        assertEquals(Set("2024-10-09"), csvDates(out));

        AnalyzeConfig october = config(quiet, out).withWindow(Optional.of(LocalDate.of(2024, 10, 1)), Optional.of(LocalDate.of(2024, 10, 31)));
        AnalyzeJob.prepare(spark, october, List.of()).run();
        for (String name : PARTITIONED) {
            assertEquals(0, table(out, name).count(), name);
        }
        assertEquals(Set(), csvDates(out));

        AnalyzeJob.prepare(spark, config(corpus(), out), List.of()).run();
        assertEquals(Set("2024-10-09", "2024-10-10"), dates(out, "articles"));
        assertFalse(Files.exists(out.resolve("articles/" + org.slant.output.OutputLayout.EMPTY_TABLE)),
                "a table with partitions has no empty-table file beside them");
    }

    @Test
    void aRunIntoAnOutputLockedByAnotherRunFailsAndWritesNothing() throws Exception {
        Path in = corpus();
        Path out = Files.createDirectories(tmp.resolve("out"));
        try (org.slant.output.OutputLock other = org.slant.output.OutputLock.acquire(
                org.apache.hadoop.fs.FileSystem.getLocal(spark.sparkContext().hadoopConfiguration()),
                new org.apache.hadoop.fs.Path(out.toUri()), "other-run", java.time.Instant.now(), System.err)) {
            AnalyzeConfig c = config(in, out);
            org.slant.failure.OutputLockedException e = assertThrows(org.slant.failure.OutputLockedException.class,
                    () -> AnalyzeJob.prepare(spark, c, List.of()).run());
            assertTrue(e.getMessage().contains("other-run"), e.getMessage());
            try (Stream<Path> all = Files.walk(out)) {
                assertEquals(List.of(out, out.resolve("_staging"), out.resolve("_staging/_LOCK")), all.sorted().toList());
            }
        }
        AnalyzeJob.prepare(spark, config(in, out), List.of()).run();
        assertFalse(Files.exists(out.resolve("_staging")), "the lock is released and staging removed");
    }

    private java.util.Set<String> dates(Path out, String name) {
        return table(out, name).select("date").distinct().collectAsList().stream().map(r -> r.get(0).toString())
                .collect(Collectors.toSet());
    }

    private static java.util.Set<String> partitionFolders(Path out, String name) throws IOException {
        try (Stream<Path> s = Files.list(out.resolve(name))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("date=")).collect(Collectors.toSet());
        }
    }

    private static java.util.Set<String> csvDates(Path out) throws IOException {
        return Files.readAllLines(out.resolve("csv/by_outlet_date.csv")).stream().skip(1).map(l -> l.split(",")[1])
                .collect(Collectors.toSet());
    }

    private static java.util.Set<String> Set(String... values) {
        return java.util.Set.of(values);
    }

    /** A Parquet input row with columns named as a crawler would. */
    public static final class ParquetArticle implements java.io.Serializable {
        private String id;
        private String url;
        private String published_at;
        private String content;

        public ParquetArticle() {
        }

        ParquetArticle(String id, String url, String publishedAt, String content) {
            this.id = id;
            this.url = url;
            this.published_at = publishedAt;
            this.content = content;
        }

        public String getId() { return id; }
        public void setId(String v) { id = v; }
        public String getUrl() { return url; }
        public void setUrl(String v) { url = v; }
        public String getPublished_at() { return published_at; }
        public void setPublished_at(String v) { published_at = v; }
        public String getContent() { return content; }
        public void setContent(String v) { content = v; }
    }
}
