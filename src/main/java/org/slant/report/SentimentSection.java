package org.slant.report;

import static org.slant.report.CoverageSection.caption;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Sentiment per outlet over time, one small panel per outlet with its 95% band. Buckets coarser than
 * the run's pool the per-date means and standard deviations exactly ({@link PooledMean}).
 */
final class SentimentSection {
    private SentimentSection() {
    }

    static Section build(ReportInputs in, Buckets buckets, List<String> shown) {
        Map<String, PooledMean[]> pools = new HashMap<>();
        for (TableRow r : in.days()) {
            int i = buckets.of(r.date());
            if (i >= 0) {
                PooledMean[] row = pools.computeIfAbsent(r.str("outlet"), o -> new PooledMean[buckets.size()]);
                if (row[i] == null) {
                    row[i] = new PooledMean();
                }
                row[i].add(r.lng("articles"), r.dbl("sentiment_mean"), r.dbl("sentiment_sd"));
            }
        }
        ObjectNode data = Json.object();
        long articles = 0;
        int cells = 0;
        int withoutInterval = 0;
        for (String outlet : shown) {
            ArrayNode a = data.putArray(outlet);
            for (PooledMean p : pools.getOrDefault(outlet, new PooledMean[buckets.size()])) {
                if (p == null || p.count() == 0) {
                    a.addNull();
                    continue;
                }
                a.addArray().add(Json.num(p.mean())).add(Json.num(p.ciLow())).add(Json.num(p.ciHigh())).add(p.count());
                articles += p.count();
                cells++;
                withoutInterval += p.count() < 2 ? 1 : 0;
            }
        }
        String unit = BucketChoice.name(buckets.granularity());
        String html = "<div class=\"multiples\" id=\"chart-sentiment\"></div>\n" + caption(String.format(Locale.ROOT,
                "One panel per outlet: the mean sentiment (VADER compound, -1 to 1) of its articles per %s, with the 95%% "
                        + "Student-t confidence interval of that mean as a band. A %s with one article has no interval (hollow "
                        + "marker). The panels rest on %,d articles in %d outlet-%ss; %d of them have no interval.%s",
                unit, unit, articles, cells, unit, withoutInterval,
                shown.size() < in.outlets().size() ? " Panels for the " + shown.size() + " outlets with the most articles." : ""));
        return new Section("sentiment", "Sentiment over time", html, "sentiment", data);
    }
}
