package org.slant.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A report over 10,000 outlet-days (120 outlets over 84 days, with targets, frames, actors and evidence)
 * is written in well under a minute and stays a page a browser opens: the small multiples draw the
 * leading outlets, the tables name all, and the embedded data is bounded.
 */
class LargeReportTest {
    private static final int OUTLETS = 120;
    private static final int DAYS = 84;
    private static final List<String> TARGETS = List.of("ukraine_aid", "nato", "russia", "sanctions_on_russia");
    private static final List<String> FRAMES = List.of("economic", "political", "security_defense", "legality", "other");
    private static final List<String> ACTORS = List.of("author", "trump", "zelensky", "other");

    @TempDir
    Path tmp;

    @Test
    void tenThousandOutletDaysInUnderAMinute() throws Exception {
        SyntheticOutput output = new SyntheticOutput();
        Random random = new Random(3);
        int outletDays = 0;
        for (int d = 0; d < DAYS; d++) {
            LocalDate date = LocalDate.of(2024, 1, 1).plusDays(d);
            for (int o = 0; o < OUTLETS; o++) {
                if (outletDays == 10_000) {
                    break;
                }
                outletDays++;
                String outlet = "outlet" + o;
                long articles = 1 + random.nextInt(o < 10 ? 12 : 3);
                output.row("by_outlet_date", date, "outlet", outlet, "articles", articles, "sentiment_mean", random.nextGaussian() * 0.2,
                        "sentiment_sd", articles > 1 ? 0.3 : null);
                for (String target : TARGETS) {
                    output.row("by_outlet_date_target", date, "outlet", outlet, "target", target, "articles", articles,
                            "author_articles", 1L, "author_stance_mean", random.nextDouble() - 0.5,
                            "quoted_favor", (long) random.nextInt(4), "quoted_against", (long) random.nextInt(4));
                    for (String frame : FRAMES.subList(0, 1)) {
                        output.row("by_outlet_date_target_frame", date, "outlet", outlet, "target", target, "frame", frame,
                                "articles", 1L, "share", 0.2);
                    }
                }
                for (String frame : FRAMES) {
                    output.row("by_outlet_date_frame", date, "outlet", outlet, "frame", frame, "articles", articles, "share", 0.2);
                }
                for (String actor : ACTORS) {
                    output.row("by_outlet_date_actor", date, "outlet", outlet, "actor", actor, "target", TARGETS.get(actor.length() % 4),
                            "favor", 2L, "against", 1L, "none", 0L, "articles", 1L);
                    for (String label : o < Report.MAX_OUTLETS ? List.of("FAVOR", "AGAINST") : List.<String>of()) {
                        output.row("actor_stances", date, "article_id", outlet + d, "outlet", outlet, "actor", actor,
                                "target", TARGETS.get(actor.length() % 4), "stance_label", label,
                                "evidence", "A sentence of some length that stands for the evidence of a statement " + label + " the target.");
                    }
                }
            }
        }
        assertEquals(10_000, outletDays);
        Path out = output.write(tmp.resolve("out"));

        long started = System.nanoTime();
        Report.Written written = Report.run(new ReportOptions(out.toString(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of()), new Configuration());
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(took.toSeconds() < 60, "took " + took);

        long bytes = Files.size(out.resolve("report/index.html"));
        assertTrue(bytes < 5_000_000, bytes + " bytes");
        String page = ReportTest.page(out);
        for (int o = 0; o < OUTLETS; o++) {
            assertTrue(page.contains(">outlet" + o + "<"), "outlet" + o + " is named");
        }
        TARGETS.forEach(t -> assertTrue(page.contains(">" + t + "<"), t));
        JsonNode data = ReportTest.data(page);
        assertEquals(Report.MAX_OUTLETS, data.get("sentiment").size(), "small multiples of the leading outlets");
        assertTrue(page.contains("the " + Report.MAX_OUTLETS + " with the most articles"));
        assertEquals("week", data.get("granularity").asText(), "thin days pooled into weeks");
        assertEquals(12, data.get("dates").size());
        assertTrue(data.at("/carried/outlet0/evidence").size() > 0);
        System.err.printf("report of %d outlet-days: %d ms, %,d bytes%n", outletDays, took.toMillis(), bytes);
    }
}
