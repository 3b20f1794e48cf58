package org.slant.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Consecutive "nights" of {@code jobs/nightly.sh} (one without articles), and its lock. */
class NightlyIT {
    @TempDir
    Path tmp;

    @Test
    void twoNightsAddTheirDaysAndLeaveEarlierOnesUntouched() throws Exception {
        Path out = tmp.resolve("out");
        String sample = Scripts.ROOT.resolve("datasets/sample").toString();
        Scripts.Result night1 = Scripts.run(Map.of(), "jobs/nightly.sh", "--input", sample, "--output", out.toString(),
                "--date", "2024-10-09", "--", "--outlets", Scripts.ROOT.resolve("datasets/sample-outlets.csv").toString());
        assertEquals(0, night1.exitCode(), night1.output());
        assertEquals(Set("date=2024-10-09"), partitions(out.resolve("articles")));
        Map<String, String> before = checksums(out.resolve("articles/date=2024-10-09"));

        Scripts.Result night2 = Scripts.run(Map.of(), "jobs/nightly.sh", "--input", sample, "--output", out.toString(),
                "--date", "2024-10-10", "--", "--outlets", Scripts.ROOT.resolve("datasets/sample-outlets.csv").toString());
        assertEquals(0, night2.exitCode(), night2.output());
        assertEquals(Set("date=2024-10-09", "date=2024-10-10"), partitions(out.resolve("articles")));
        assertEquals(before, checksums(out.resolve("articles/date=2024-10-09")), "night 2 did not touch night 1's day");
        assertEquals(Set("date=2024-10-09", "date=2024-10-10"), partitions(out.resolve("by_outlet_date")));
        try (Stream<Path> runs = Files.list(out.resolve("runs"))) {
            assertEquals(2, runs.count(), "each night's manifest is kept");
        }
        String log = Files.readString(out.resolve("logs/nightly-2024-10-10.log"));
        assertTrue(log.contains("window 2024-10-10..2024-10-10") && log.contains("exit 0"), log);
        // The CSV covers every committed day, not only the last night's: one row per outlet and day with
        // a counted article (Harbor Times' only 10-09 article is a wire copy, so that day has 7 rows).
        java.util.List<String> lines = Files.readAllLines(out.resolve("csv/by_outlet_date.csv"));
        assertEquals(Set("2024-10-09", "2024-10-10"), lines.stream().skip(1).map(l -> l.split(",")[1])
                .collect(java.util.stream.Collectors.toSet()));
        assertEquals(org.slant.spark.SharedSpark.get().read().parquet(out.resolve("by_outlet_date").toString()).count(),
                lines.size() - 1);

        // A quiet night: re-running 10-10 over a feed without articles succeeds and empties that day.
        Path quiet = Files.createDirectories(tmp.resolve("quiet"));
        Files.writeString(quiet.resolve("feed.csv"), "id,outlet,published,title,text\n");
        Scripts.Result night3 = Scripts.run(Map.of(), "jobs/nightly.sh", "--input", quiet.toString(), "--output", out.toString(),
                "--date", "2024-10-10");
        assertEquals(0, night3.exitCode(), night3.output());
        for (String table : java.util.List.of("articles", "article_targets", "by_outlet_date", "by_outlet_date_target")) {
            assertEquals(Set("date=2024-10-09"), partitions(out.resolve(table)), table);
            assertEquals(0, org.slant.spark.SharedSpark.get().read().parquet(out.resolve(table).toString())
                    .filter("date = DATE'2024-10-10'").count(), table);
        }
        assertEquals(before, checksums(out.resolve("articles/date=2024-10-09")), "the quiet night did not touch 10-09");
        assertEquals(Set("2024-10-09"), Files.readAllLines(out.resolve("csv/by_outlet_date.csv")).stream().skip(1)
                .map(l -> l.split(",")[1]).collect(java.util.stream.Collectors.toSet()));
        assertTrue(Files.readString(out.resolve("manifest.json")).contains("\"read\" : 0"));
    }

    @Test
    void aSecondRunWaitsForNoOneAndExitsFiveWhileTheLockIsHeld() throws Exception {
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        Process holder = new ProcessBuilder("flock", out.resolve(".nightly.lock").toString(), "sleep", "60").start();
        try {
            Thread.sleep(500);
            Scripts.Result r = Scripts.run(Map.of(), "jobs/nightly.sh", "--input", "datasets/sample", "--output",
                    out.toString(), "--date", "2024-10-09");
            assertEquals(5, r.exitCode(), r.output());
            assertTrue(r.output().contains("another run holds"), r.output());
        } finally {
            holder.destroy();
            holder.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void analyzeExitCodesPassThrough() throws Exception {
        Scripts.Result r = Scripts.run(Map.of(), "jobs/nightly.sh", "--input", tmp.resolve("missing").toString(),
                "--output", tmp.resolve("out").toString(), "--date", "2024-10-09");
        assertEquals(3, r.exitCode(), r.output());
    }

    private static java.util.Set<String> partitions(Path table) throws IOException {
        try (Stream<Path> s = Files.list(table)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("date=")).collect(java.util.stream.Collectors.toSet());
        }
    }

    private static Map<String, String> checksums(Path dir) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString(),
                        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        }
        return out;
    }

    private static java.util.Set<String> Set(String... s) {
        return java.util.Set.of(s);
    }
}
