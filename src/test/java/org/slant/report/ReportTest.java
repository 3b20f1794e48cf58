package org.slant.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.config.Granularity;
import org.slant.failure.UsageException;
import org.slant.stats.TInterval;
import org.slant.stats.WilsonInterval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The report on small hand-made outputs: what it pools, what it embeds, and that news text stays text. */
class ReportTest {
    private static final LocalDate MON = LocalDate.of(2024, 10, 7);
    private static final LocalDate TUE = MON.plusDays(1);
    private static final LocalDate NEXT_MON = MON.plusDays(7);
    static final String HOSTILE = "</script><script>alert('x')</script><!-- <b>bold</b> \u2028 </SCRIPT >";

    @TempDir
    Path tmp;

    private SyntheticOutput twoDays() {
        return new SyntheticOutput()
                // Monday: two articles scoring 0.1 and 0.3; Tuesday: one scoring 0.5.
                .row("by_outlet_date", MON, "outlet", "harbortimes", "articles", 2L, "sentiment_mean", 0.2, "sentiment_sd", Math.sqrt(0.02))
                .row("by_outlet_date", TUE, "outlet", "harbortimes", "articles", 1L, "sentiment_mean", 0.5)
                .row("by_outlet_date", NEXT_MON, "outlet", "capitolwire", "articles", 1L, "sentiment_mean", -0.4)
                .row("by_outlet_date_target", MON, "outlet", "harbortimes", "target", "ukraine_aid", "articles", 2L,
                        "author_articles", 2L, "author_stance_mean", 0.5, "author_stance_sd", Math.sqrt(0.5), "quoted_favor", 1L, "quoted_against", 0L)
                .row("by_outlet_date_target", TUE, "outlet", "harbortimes", "target", "ukraine_aid", "articles", 1L,
                        "author_articles", 1L, "author_stance_mean", -0.4, "quoted_favor", 0L, "quoted_against", 3L)
                .row("by_outlet_date_frame", MON, "outlet", "harbortimes", "frame", "economic", "articles", 2L, "share", 0.5)
                .row("by_outlet_date_frame", TUE, "outlet", "harbortimes", "frame", "economic", "articles", 1L, "share", 0.8)
                .row("by_outlet_date_target_frame", MON, "outlet", "harbortimes", "target", "ukraine_aid", "frame", "economic",
                        "articles", 1L, "share", 0.25)
                .row("by_outlet_date_actor", MON, "outlet", "harbortimes", "actor", "trump", "target", "ukraine_aid",
                        "favor", 0L, "against", 2L, "none", 1L, "articles", 1L)
                .row("actor_stances", MON, "article_id", "a1", "outlet", "harbortimes", "actor", "trump", "speaker", "Donald <Trump>",
                        "target", "ukraine_aid", "stance_label", "AGAINST", "evidence", HOSTILE)
                .row("actor_stances", MON, "article_id", "a1", "outlet", "harbortimes", "actor", "trump", "speaker", "Trump",
                        "target", "ukraine_aid", "stance_label", "NONE", "evidence", "He spoke about the aid.")
                .row("articles", MON, "article_id", "a2", "outlet", "harbortimes", "duplicate_of", "a1", "duplicate_similarity", 1.0)
                .row("articles", TUE, "article_id", "a3", "outlet", "harbortimes", "duplicate_of", "a1", "duplicate_similarity", 0.7)
                .row("rejects", null, "source", "x.csv", "location", "line 2", "reason", "unparseable date: '<b>soon</b>'");
    }

    private Report.Written report(Path out, Optional<Granularity> g, List<String> targets) {
        return Report.run(new ReportOptions(out.toString(), Optional.empty(), Optional.empty(), g, targets), new Configuration());
    }

    static String page(Path out) throws IOException {
        return Files.readString(out.resolve("report/index.html"), StandardCharsets.UTF_8);
    }

    static JsonNode data(String page) throws IOException {
        Matcher m = Pattern.compile("<script type=\"application/json\" id=\"slant-data\">(.*?)</script>", Pattern.DOTALL).matcher(page);
        assertTrue(m.find(), "the page embeds its data");
        return new ObjectMapper().readTree(m.group(1));
    }

    @Test
    void thinDaysArePooledIntoWeeksExactly() throws IOException {
        Path out = twoDays().write(tmp.resolve("out"));
        Report.Written w = report(out, Optional.empty(), List.of());
        assertEquals(Granularity.WEEK, w.granularity());
        assertTrue(w.note().contains("pools the days into weeks"), w.note());
        String page = page(out);
        assertTrue(page.contains("pools the days into weeks"), "the page says why it re-bucketed");
        JsonNode data = data(page);
        assertEquals(List.of("2024-10-07", "2024-10-14"), new ObjectMapper().convertValue(data.get("dates"), List.class));
        // The week of 0.1, 0.3 and 0.5: mean 0.3, sample sd 0.2, as if the three articles were aggregated.
        JsonNode week = data.at("/sentiment/harbortimes/0");
        assertEquals(0.3, week.get(0).asDouble(), 1e-4);
        assertEquals(TInterval.low(3, 0.3, 0.2), week.get(1).asDouble(), 1e-4);
        assertEquals(TInterval.high(3, 0.3, 0.2), week.get(2).asDouble(), 1e-4);
        assertEquals(3, week.get(3).asInt());
        assertTrue(data.at("/sentiment/harbortimes/1").isNull(), "no article that week");
        assertEquals(-0.4, data.at("/sentiment/capitolwire/1/0").asDouble(), 1e-9);
        assertTrue(data.at("/sentiment/capitolwire/1/1").isNull(), "one article: no interval");
    }

    @Test
    void overallStancePoolsAuthorsByArticlesAndQuotesByCounts() throws IOException {
        Path out = twoDays().write(tmp.resolve("out"));
        report(out, Optional.of(Granularity.DAY), List.of());
        JsonNode all = data(page(out)).at("/stance/overall/ukraine_aid/harbortimes");
        // Author stances 0.0 and 1.0 on Monday (mean 0.5, sd sqrt(0.5)) and -0.4 on Tuesday.
        double mean = (0.0 + 1.0 - 0.4) / 3;
        double sd = Math.sqrt((Math.pow(0 - mean, 2) + Math.pow(1 - mean, 2) + Math.pow(-0.4 - mean, 2)) / 2);
        assertEquals(mean, all.get(0).asDouble(), 1e-4);
        assertEquals(TInterval.low(3, mean, sd), all.get(1).asDouble(), 1e-4);
        assertEquals(3, all.get(3).asInt());
        // Quoted: 1 favor and 3 against pooled, balance -0.5, not the mean of the days' +1 and -1.
        assertEquals(-0.5, all.get(4).asDouble(), 1e-9);
        assertEquals(WilsonInterval.balanceLow(1, 3), all.get(5).asDouble(), 1e-4);
        assertEquals(WilsonInterval.balanceHigh(1, 3), all.get(6).asDouble(), 1e-4);
        assertEquals(1, all.get(7).asInt());
        assertEquals(3, all.get(8).asInt());
    }

    @Test
    void framesWeighTheirDatesByArticles() throws IOException {
        Path out = twoDays().write(tmp.resolve("out"));
        report(out, Optional.empty(), List.of());
        // (0.5 * 2 + 0.8 * 1) / 3 articles
        assertEquals(0.6, data(page(out)).at("/frames/overall/harbortimes/0").asDouble(), 1e-4);
    }

    @Test
    void newsTextNeverBreaksOutOfThePage() throws IOException {
        Path out = twoDays().write(tmp.resolve("out"));
        report(out, Optional.empty(), List.of());
        String page = page(out);
        int opened = count(page, "<script");
        assertEquals(opened, count(page.toLowerCase(java.util.Locale.ROOT), "</script"), "each script ends where it should");
        assertFalse(page.contains("<script>alert"));
        assertFalse(page.contains("<b>"));
        assertFalse(page.contains("\u2028"));
        assertTrue(page.contains("&lt;b&gt;soon&lt;/b&gt;"), "a reject reason is shown as text");
        JsonNode evidence = data(page).at("/carried/harbortimes/evidence/0,0");
        assertEquals(1, evidence.size(), "only FAVOR and AGAINST statements are evidence of the matrix");
        assertEquals(HOSTILE, evidence.at("/0/3").asText(), "the sentence itself arrives intact");
        assertEquals("Donald <Trump>", evidence.at("/0/2").asText());
    }

    @Test
    void countsDuplicatesAndRejectsByReason() throws IOException {
        Path out = twoDays().write(tmp.resolve("out"));
        report(out, Optional.empty(), List.of());
        String notCounted = data(page(out)).at("/coverage/notCounted").toString();
        assertTrue(notCounted.contains("[\"unparseable date\",1]"), notCounted);
        assertTrue(notCounted.contains("[\"duplicate: exact copy\",1]"), notCounted);
        assertTrue(notCounted.contains("[\"duplicate: near copy\",1]"), notCounted);
    }

    @Test
    void windowAndTargetsRestrictWhatIsRead() throws IOException {
        Path out = twoDays().write(tmp.resolve("out"));
        Report.run(new ReportOptions(out.toString(), Optional.of(NEXT_MON), Optional.empty(), Optional.empty(), List.of()),
                new Configuration());
        JsonNode data = data(page(out));
        assertEquals(1, data.get("dates").size());
        assertFalse(data.get("sentiment").has("harbortimes"));
        UsageException e = assertThrows(UsageException.class, () -> report(out, Optional.empty(), List.of("ukraine_aid", "mars")));
        assertTrue(e.getMessage().contains("mars") && e.getMessage().contains("ukraine_aid"), e.getMessage());
    }

    @Test
    void aRunInWeeksCannotBeDrawnInDays() throws IOException {
        Path out = twoDays().granularity("week").write(tmp.resolve("out"));
        UsageException e = assertThrows(UsageException.class, () -> report(out, Optional.of(Granularity.DAY), List.of()));
        assertTrue(e.getMessage().contains("--granularity day"), e.getMessage());
        assertNotNull(report(out, Optional.of(Granularity.MONTH), List.of()));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
