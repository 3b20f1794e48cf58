package org.slant.report;

import static org.slant.report.CoverageSection.caption;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Who is carried: per outlet, an actor × target matrix of the FAVOR and AGAINST statements attributed to
 * each actor over the window ({@code by_outlet_date_actor}), with the evidence sentences of each cell.
 */
final class CarriedSection {
    /** Actors drawn per outlet, those with the most statements. */
    static final int MAX_ACTORS = 20;

    private CarriedSection() {
    }

    /** Per outlet and key {@code actor\0target}: favor, against, none. */
    static Map<String, Map<String, long[]>> totals(ReportInputs in, List<String> shown) {
        Map<String, Map<String, long[]>> perOutlet = new LinkedHashMap<>();
        shown.forEach(o -> perOutlet.put(o, new HashMap<>()));
        for (TableRow r : in.actors()) {
            Map<String, long[]> cells = perOutlet.get(r.str("outlet"));
            if (cells != null) {
                long[] c = cells.computeIfAbsent(r.str("actor") + "\u0000" + r.str("target"), k -> new long[3]);
                c[0] += r.lng("favor");
                c[1] += r.lng("against");
                c[2] += r.lng("none");
            }
        }
        return perOutlet;
    }

    /** The actors drawn for one outlet: most statements first. */
    static List<String> actors(Map<String, long[]> cells) {
        Map<String, Long> perActor = new HashMap<>();
        cells.forEach((k, c) -> perActor.merge(k.substring(0, k.indexOf('\u0000')), c[0] + c[1] + c[2], Long::sum));
        List<String> actors = new ArrayList<>(perActor.keySet());
        actors.sort(Comparator.comparing((String a) -> -perActor.get(a)).thenComparing(Comparator.naturalOrder()));
        return actors.subList(0, Math.min(MAX_ACTORS, actors.size()));
    }

    /** The cells whose evidence the page embeds, with their FAVOR + AGAINST totals. */
    static Map<String, Long> wanted(Map<String, Map<String, long[]>> totals) {
        Map<String, Long> wanted = new HashMap<>();
        totals.forEach((outlet, cells) -> {
            List<String> actors = actors(cells);
            cells.forEach((k, c) -> {
                String actor = k.substring(0, k.indexOf('\u0000'));
                if (actors.contains(actor) && c[0] + c[1] > 0) {
                    wanted.put(Evidence.key(outlet, actor, k.substring(k.indexOf('\u0000') + 1)), c[0] + c[1]);
                }
            });
        });
        return wanted;
    }

    static Section build(Map<String, Map<String, long[]>> totals, Evidence evidence, int outletsInAll) {
        ObjectNode data = Json.object();
        long statements = 0;
        boolean actorsCut = false;
        for (Map.Entry<String, Map<String, long[]>> e : totals.entrySet()) {
            String outlet = e.getKey();
            Map<String, long[]> cells = e.getValue();
            List<String> actors = actors(cells);
            actorsCut |= actors.size() < cells.keySet().stream().map(k -> k.substring(0, k.indexOf('\u0000'))).distinct().count();
            TreeSet<String> targets = new TreeSet<>();
            cells.keySet().forEach(k -> targets.add(k.substring(k.indexOf('\u0000') + 1)));
            List<String> targetList = new ArrayList<>(targets);
            ObjectNode o = data.putObject(outlet);
            ArrayNode actorJson = o.putArray("actors");
            actors.forEach(actorJson::add);
            ArrayNode targetJson = o.putArray("targets");
            targetList.forEach(targetJson::add);
            ArrayNode cellJson = o.putArray("cells");
            ObjectNode evidenceJson = o.putObject("evidence");
            for (int a = 0; a < actors.size(); a++) {
                for (int t = 0; t < targetList.size(); t++) {
                    long[] c = cells.get(actors.get(a) + "\u0000" + targetList.get(t));
                    if (c == null) {
                        continue;
                    }
                    statements += c[0] + c[1];
                    cellJson.addArray().add(t).add(a).add(c[0]).add(c[1]).add(c[2]);
                    ArrayNode sentences = Json.array();
                    for (Evidence.Statement s : evidence.of(outlet, actors.get(a), targetList.get(t))) {
                        sentences.addArray().add(s.label()).add(s.date()).add(s.speaker() == null ? "" : s.speaker()).add(s.text());
                    }
                    if (!sentences.isEmpty()) {
                        evidenceJson.set(a + "," + t, sentences);
                    }
                }
            }
        }
        StringBuilder h = new StringBuilder();
        h.append("<p class=\"control\"><label>Outlet <select id=\"carried-outlet\"></select></label></p>\n");
        h.append("<div class=\"chart tall\" id=\"chart-carried\"></div>\n");
        h.append("<div id=\"evidence\" class=\"evidence\"><p class=\"hint\">Click a cell to read its evidence sentences.</p></div>\n");
        h.append(caption(String.format(Locale.ROOT, "Rows: who holds the position (a catalog actor, author for the outlet's own "
                + "voice, other for holders the catalog does not know); columns: targets. Each cell shows FAVOR/AGAINST statements "
                + "attributed to that holder over the window, coloured by the balance (favor - against) / (favor + against); "
                + "NONE statements are in the tooltip. No interval: these are counts of statements, %,d in all for the outlets "
                + "drawn. The page embeds at most %d evidence sentences per cell (%,d in all, the first in date order, each cut "
                + "to %d characters)%s%s; csv/actor_stances.csv has them all.", statements, Evidence.PER_CELL, evidence.kept(),
                Evidence.MAX_CHARS, evidence.stoppedEarly() ? "; the page's evidence budget ran out, so later cells may show "
                        + "fewer sentences than they have" : "",
                actorsCut ? "; per outlet the " + MAX_ACTORS + " holders with the most statements are drawn" : "")));
        if (totals.size() < outletsInAll) {
            h.append(caption("Matrices for the " + totals.size() + " outlets with the most articles."));
        }
        return new Section("carried", "Who is carried", h.toString(), "carried", data);
    }
}
