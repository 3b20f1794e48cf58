package org.slant.report;

import static org.slant.report.CoverageSection.caption;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.slant.analysis.frames.Frame;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Each outlet's frame composition over the window, overall ({@code by_outlet_date_frame}) and in the
 * sentences that mention each target ({@code by_outlet_date_target_frame}). A date's {@code share} is a
 * mean over that date's articles, so the window's share is the mean of the dates' shares weighted by their
 * articles: exactly the mean over all the window's articles.
 */
final class FramesSection {
    private FramesSection() {
    }

    static Section build(ReportInputs in, List<String> shown) {
        Map<String, Long> articlesPerDay = new HashMap<>();
        in.days().forEach(r -> articlesPerDay.put(r.str("outlet") + "\u0000" + r.date(), r.lng("articles")));
        Map<String, Long> articlesPerTargetDay = new HashMap<>();
        Map<String, Long> articlesPerTarget = new HashMap<>();
        for (TableRow r : in.targets()) {
            articlesPerTargetDay.put(r.str("outlet") + "\u0000" + r.date() + "\u0000" + r.str("target"), r.lng("articles"));
            articlesPerTarget.merge(r.str("outlet") + "\u0000" + r.str("target"), r.lng("articles"), Long::sum);
        }
        Set<String> frameIds = new LinkedHashSet<>(Frame.IDS);
        in.frames().forEach(r -> frameIds.add(r.str("frame")));
        in.targetFrames().forEach(r -> frameIds.add(r.str("frame")));
        List<String> frames = new ArrayList<>(frameIds);

        Map<String, double[]> overall = new HashMap<>();
        for (TableRow r : in.frames()) {
            Long n = articlesPerDay.get(r.str("outlet") + "\u0000" + r.date());
            if (n != null && r.dbl("share") != null) {
                overall.computeIfAbsent(r.str("outlet"), o -> new double[frames.size()])[frames.indexOf(r.str("frame"))]
                        += r.dbl("share") * n;
            }
        }
        Map<String, double[]> perTarget = new HashMap<>();
        for (TableRow r : in.targetFrames()) {
            Long n = articlesPerTargetDay.get(r.str("outlet") + "\u0000" + r.date() + "\u0000" + r.str("target"));
            if (n != null && r.dbl("share") != null) {
                perTarget.computeIfAbsent(r.str("target") + "\u0000" + r.str("outlet"), o -> new double[frames.size()])
                        [frames.indexOf(r.str("frame"))] += r.dbl("share") * n;
            }
        }
        ObjectNode data = Json.object();
        ArrayNode frameJson = data.putArray("frames");
        frames.forEach(frameJson::add);
        ObjectNode overallJson = data.putObject("overall");
        long articles = 0;
        for (String outlet : shown) {
            long n = in.outletArticles().getOrDefault(outlet, 0L);
            articles += n;
            overallJson.set(outlet, shares(overall.get(outlet), n));
        }
        ObjectNode byTarget = data.putObject("byTarget");
        ArrayNode targets = data.putArray("targets");
        long targetArticles = 0;
        for (String target : in.targetIds()) {
            ObjectNode t = Json.object();
            for (String outlet : shown) {
                Long n = articlesPerTarget.get(outlet + "\u0000" + target);
                if (n != null && perTarget.containsKey(target + "\u0000" + outlet)) {
                    t.set(outlet, shares(perTarget.get(target + "\u0000" + outlet), n).add(n));
                    targetArticles += n;
                }
            }
            if (!t.isEmpty()) {
                targets.add(target);
                byTarget.set(target, t);
            }
        }
        StringBuilder h = new StringBuilder();
        h.append("<div class=\"chart\" id=\"chart-frames\"></div>\n");
        h.append(caption(String.format(Locale.ROOT, "Each bar: one outlet's articles over the window, split by the share of "
                + "their frame cue weight each frame of the Policy Frames Codebook takes (the mean over its articles, so a bar "
                + "sums to 1; other: articles with too few cues). Rests on %,d articles. No interval: a composition, not an "
                + "estimate of one quantity.", articles)));
        h.append("<p class=\"control\"><label>Target <select id=\"frames-target\"></select></label></p>\n");
        h.append("<div class=\"chart\" id=\"chart-frames-target\"></div>\n");
        h.append(caption(String.format(Locale.ROOT, "The same for the sentences that mention the chosen target: how each outlet "
                + "frames it, not just what it writes about; the mean over the articles that mention it (their number is in "
                + "the tooltip; %,d article-target pairs over all targets).", targetArticles)));
        return new Section("frames", "Frames", h.toString(), "frames", data);
    }

    private static ArrayNode shares(double[] weighted, long n) {
        ArrayNode a = Json.array();
        if (weighted == null) {
            return a;
        }
        for (double w : weighted) {
            a.add(Json.num(n == 0 ? null : w / n));
        }
        return a;
    }
}
