package org.slant.report;

import static org.slant.report.CoverageSection.caption;
import static org.slant.report.HtmlText.escape;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Stance toward each target per outlet, in two voices: the outlet's own (mean author stance of the
 * articles whose author took a position, 95% t-interval) and the positions of others it carries (the
 * balance of FAVOR and AGAINST statements, Wilson 95% interval); per bucket and over the whole window.
 */
final class StanceSection {
    /** One outlet's stance toward one target in one bucket (or overall). */
    static final class Cell {
        final PooledMean author = new PooledMean();
        Balance quoted = Balance.NONE;
        long articles;

        void add(TableRow r) {
            articles += r.lng("articles");
            author.add(r.lng("author_articles"), r.dbl("author_stance_mean"), r.dbl("author_stance_sd"));
            quoted = quoted.plus(r.lng("quoted_favor"), r.lng("quoted_against"));
        }

        ArrayNode json() {
            return Json.array().add(Json.num(author.mean())).add(Json.num(author.ciLow())).add(Json.num(author.ciHigh()))
                    .add(author.count()).add(Json.num(quoted.balance())).add(Json.num(quoted.ciLow()))
                    .add(Json.num(quoted.ciHigh())).add(quoted.favor()).add(quoted.against()).add(articles);
        }
    }

    private StanceSection() {
    }

    static Section build(ReportInputs in, Buckets buckets, List<String> shown) {
        Map<String, Cell[]> series = new HashMap<>();
        Map<String, Cell> overall = new HashMap<>();
        for (TableRow r : in.targets()) {
            String key = r.str("target") + "\u0000" + r.str("outlet");
            overall.computeIfAbsent(key, k -> new Cell()).add(r);
            int i = buckets.of(r.date());
            if (i >= 0) {
                Cell[] row = series.computeIfAbsent(key, k -> new Cell[buckets.size()]);
                if (row[i] == null) {
                    row[i] = new Cell();
                }
                row[i].add(r);
            }
        }
        ObjectNode data = Json.object();
        ArrayNode targets = data.putArray("targets");
        in.targetIds().forEach(targets::add);
        ObjectNode seriesJson = data.putObject("series");
        ObjectNode overallJson = data.putObject("overall");
        long authorArticles = 0;
        long statements = 0;
        long articles = 0;
        StringBuilder table = new StringBuilder();
        for (String target : in.targetIds()) {
            ObjectNode perOutlet = seriesJson.putObject(target);
            ObjectNode totals = overallJson.putObject(target);
            for (String outlet : in.outlets()) {
                Cell all = overall.get(target + "\u0000" + outlet);
                if (all == null) {
                    continue;
                }
                authorArticles += all.author.count();
                statements += all.quoted.statements();
                articles += all.articles;
                table.append(row(outlet, target, all));
                if (!shown.contains(outlet)) {
                    continue;
                }
                totals.set(outlet, all.json());
                ArrayNode a = perOutlet.putArray(outlet);
                for (Cell c : series.get(target + "\u0000" + outlet)) {
                    if (c == null) {
                        a.addNull();
                    } else {
                        a.add(c.json());
                    }
                }
            }
        }
        String unit = BucketChoice.name(buckets.granularity());
        StringBuilder h = new StringBuilder();
        h.append("<p class=\"control\"><label>Target <select id=\"stance-target\"></select></label></p>\n");
        h.append("<div class=\"multiples\" id=\"chart-stance\"></div>\n");
        h.append(caption(String.format(Locale.ROOT, "One panel per outlet, for the chosen target, per %s. Own voice (blue): mean "
                + "author stance (-1 against, +1 in favour) of the articles whose author took a position, with its 95%% Student-t "
                + "interval (none for a single article). Quoted voices (orange): balance (favor - against) / (favor + against) of "
                + "the statements of others the outlet carries, with the Wilson 95%% score interval. Over all targets and outlets "
                + "these rest on %,d articles mentioning a target, %,d of them with an author position, and %,d quoted "
                + "statements. Tooltips give each point's counts.", unit, articles, authorArticles, statements)));
        h.append("<h3>Overall</h3>\n");
        h.append("<div class=\"chart\" id=\"chart-stance-overall\"></div>\n");
        h.append(caption("Each outlet's stance toward the chosen target over the whole window: own voice (circle) pooled from "
                + "the per-date means and standard deviations, weighted by author articles, which equals the mean over all "
                + "articles whose author took a position, with its 95% t-interval; quoted voices (diamond) from the pooled "
                + "favor and against counts, with the Wilson 95% interval of the pooled balance. Tooltips give each outlet's "
                + "articles, author articles and statements; the table gives every outlet and target."));
        h.append("<details><summary>Table: every outlet and target</summary>\n<table class=\"stance\"><thead><tr><th>outlet</th>"
                + "<th>target</th><th>articles</th><th>own voice: mean [95% CI] (articles)</th>"
                + "<th>quoted: balance [95% Wilson] (favor/against)</th></tr></thead><tbody>\n");
        h.append(table).append("</tbody></table></details>\n");
        return new Section("stance", "Stance toward each target", h.toString(), "stance", data);
    }

    private static String row(String outlet, String target, Cell c) {
        return "<tr><td class=\"outlet\">" + escape(outlet) + "</td><td class=\"target\">" + escape(target) + "</td><td>"
                + c.articles + "</td><td>" + interval(c.author.mean(), c.author.ciLow(), c.author.ciHigh()) + " ("
                + c.author.count() + ")</td><td>" + interval(c.quoted.balance(), c.quoted.ciLow(), c.quoted.ciHigh()) + " ("
                + c.quoted.favor() + "/" + c.quoted.against() + ")</td></tr>\n";
    }

    static String interval(Double value, Double low, Double high) {
        if (value == null) {
            return "–";
        }
        String v = String.format(Locale.ROOT, "%+.2f", value);
        return low == null ? v + " [no interval]" : v + String.format(Locale.ROOT, " [%+.2f, %+.2f]", low, high);
    }
}
