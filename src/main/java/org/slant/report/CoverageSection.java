package org.slant.report;

import static org.slant.report.HtmlText.escape;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Articles per outlet over time, and the records that were not counted (rejects and duplicates) by reason. */
final class CoverageSection {
    private CoverageSection() {
    }

    static Section build(ReportInputs in, Buckets buckets, List<String> shown) {
        Map<String, long[]> series = new HashMap<>();
        Map<String, Integer> bucketsPerOutlet = new HashMap<>();
        for (TableRow r : in.days()) {
            int i = buckets.of(r.date());
            if (i >= 0) {
                series.computeIfAbsent(r.str("outlet"), o -> new long[buckets.size()])[i] += r.lng("articles");
            }
        }
        series.forEach((o, counts) -> bucketsPerOutlet.put(o, (int) java.util.Arrays.stream(counts).filter(c -> c > 0).count()));
        ObjectNode data = Json.object();
        ObjectNode lines = data.putObject("series");
        for (String outlet : shown) {
            ArrayNode a = lines.putArray(outlet);
            for (long c : series.getOrDefault(outlet, new long[buckets.size()])) {
                a.add(c == 0 ? Json.NODES.nullNode() : Json.num(c));
            }
        }
        ArrayNode notCounted = data.putArray("notCounted");
        in.rejects().forEach((kind, r) -> notCounted.addArray().add(kind).add(r.count()));
        in.duplicates().forEach((kind, n) -> notCounted.addArray().add(kind).add(n));

        long articles = in.outletArticles().values().stream().mapToLong(Long::longValue).sum();
        long duplicates = in.duplicates().values().stream().mapToLong(Long::longValue).sum();
        String unit = BucketChoice.name(buckets.granularity());
        StringBuilder h = new StringBuilder();
        h.append("<div class=\"chart\" id=\"chart-coverage\"></div>\n");
        h.append(caption(String.format(Locale.ROOT, "Articles per outlet and %s, each story counted once: %,d articles of %d "
                + "outlets in %d %ss. %s No interval: these are counts, not estimates.", unit, articles, in.outlets().size(),
                buckets.size(), unit, shown.size() < in.outlets().size()
                        ? "Lines show the " + shown.size() + " outlets with the most articles; the table lists all " + in.outlets().size() + "."
                        : "")));
        h.append("<details").append(in.outlets().size() <= 30 ? " open" : "").append("><summary>All ")
                .append(in.outlets().size()).append(" outlets</summary>\n<table class=\"outlets\"><thead><tr><th>outlet</th>"
                        + "<th>articles</th><th>").append(unit).append("s with articles</th></tr></thead><tbody>\n");
        in.outletArticles().forEach((o, n) -> h.append("<tr><td class=\"outlet\">").append(escape(o)).append("</td><td>")
                .append(n).append("</td><td>").append(bucketsPerOutlet.getOrDefault(o, 0)).append("</td></tr>\n"));
        h.append("</tbody></table></details>\n");

        h.append("<h3>Records not counted</h3>\n<div class=\"chart short\" id=\"chart-not-counted\"></div>\n");
        long rejected = in.rejects().values().stream().mapToLong(ReportInputs.RejectKind::count).sum();
        h.append(caption(String.format(Locale.ROOT, "Rejected records by reason (%,d, from the rejects of the last run, which "
                + "are not dated) and duplicate copies by kind (%,d in the window; an exact copy has the same letters and digits, "
                + "a near copy shares at least half of its word 5-grams). Duplicates are kept in the articles table with "
                + "duplicate_of and counted once in every chart.", rejected, duplicates)));
        h.append("<table class=\"reasons\"><thead><tr><th>reason</th><th>records</th><th>example</th></tr></thead><tbody>\n");
        in.rejects().forEach((kind, r) -> h.append("<tr><td>").append(escape(kind)).append("</td><td>").append(r.count())
                .append("</td><td class=\"example\">").append(escape(cut(r.example()))).append("</td></tr>\n"));
        in.duplicates().forEach((kind, n) -> h.append("<tr><td>").append(escape(kind)).append("</td><td>").append(n)
                .append("</td><td></td></tr>\n"));
        h.append("</tbody></table>\n");
        return new Section("coverage", "Coverage", h.toString(), "coverage", data);
    }

    private static String cut(String reason) {
        return reason == null ? "" : reason.length() > 160 ? reason.substring(0, 160) + "…" : reason;
    }

    static String caption(String text) {
        return "<p class=\"caption\">" + escape(text) + "</p>\n";
    }
}
