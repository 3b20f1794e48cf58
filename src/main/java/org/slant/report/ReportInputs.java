package org.slant.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.slant.failure.UsageException;

/**
 * The aggregate rows a report draws, read once: every aggregate table within the window (targets
 * restricted to {@code --targets}), the rejects, and the duplicate marks of the articles (two narrow
 * columns). Outlets are ranked by their articles in the window.
 */
record ReportInputs(List<TableRow> days, List<TableRow> targets, List<TableRow> frames, List<TableRow> targetFrames,
        List<TableRow> actors, Map<String, RejectKind> rejects, Map<String, Long> duplicates, List<String> outlets,
        Map<String, Long> outletArticles, List<String> targetIds) {

    /** Rejects of one kind: how many, and the first one's full reason as an example. */
    record RejectKind(long count, String example) {
    }

    /** Kinds of duplicate copy, by {@code duplicate_similarity}: 1 for the same letters and digits. */
    static final String EXACT_COPY = "duplicate: exact copy";
    static final String NEAR_COPY = "duplicate: near copy";

    static ReportInputs load(AnalyzeOutput out, DateWindow window, List<String> wantedTargets) {
        List<TableRow> days = rows(out, "by_outlet_date", window, "outlet", "articles", "sentiment_mean", "sentiment_sd");
        List<TableRow> targets = rows(out, "by_outlet_date_target", window, "outlet", "target", "articles", "stance_mean",
                "stance_sd", "author_articles", "author_stance_mean", "author_stance_sd", "quoted_favor", "quoted_against");
        List<TableRow> frames = rows(out, "by_outlet_date_frame", window, "outlet", "frame", "share");
        List<TableRow> targetFrames = rows(out, "by_outlet_date_target_frame", window, "outlet", "target", "frame", "share");
        List<TableRow> actors = rows(out, "by_outlet_date_actor", window, "outlet", "actor", "target", "favor", "against", "none");
        Map<String, RejectKind> rejects = rejects(out);

        Set<String> present = new TreeSet<>();
        for (List<TableRow> table : List.of(targets, targetFrames, actors)) {
            table.forEach(r -> present.add(r.str("target")));
        }
        Map<String, Long> mentions = new java.util.HashMap<>();
        targets.forEach(r -> mentions.merge(r.str("target"), r.lng("articles"), Long::sum));
        // Most discussed first: the target a chart opens with is the one the corpus is about.
        List<String> targetIds = new ArrayList<>(present);
        targetIds.sort(Comparator.comparing((String t) -> -mentions.getOrDefault(t, 0L)).thenComparing(Comparator.naturalOrder()));
        if (!wantedTargets.isEmpty()) {
            List<String> unknown = wantedTargets.stream().filter(t -> !present.contains(t)).toList();
            if (!unknown.isEmpty()) {
                throw new UsageException("--targets: " + String.join(", ", unknown) + " not in " + out.name() + " for "
                        + window.describe() + " (targets there: " + (present.isEmpty() ? "none" : String.join(", ", present)) + ")");
            }
            targetIds = List.copyOf(wantedTargets);
            Set<String> keep = Set.copyOf(wantedTargets);
            targets = only(targets, keep);
            targetFrames = only(targetFrames, keep);
            actors = only(actors, keep);
        }

        Map<String, Long> perOutlet = new TreeMap<>();
        days.forEach(r -> perOutlet.merge(r.str("outlet"), r.lng("articles"), Long::sum));
        List<String> outlets = new ArrayList<>(perOutlet.keySet());
        outlets.sort(Comparator.comparing((String o) -> -perOutlet.get(o)).thenComparing(Comparator.naturalOrder()));
        Map<String, Long> ranked = new LinkedHashMap<>();
        outlets.forEach(o -> ranked.put(o, perOutlet.get(o)));
        return new ReportInputs(days, targets, frames, targetFrames, actors, rejects, duplicates(out, window), outlets,
                ranked, targetIds);
    }

    /** Counted while reading: a corpus can have millions of rejects, the page needs their kinds. */
    private static Map<String, RejectKind> rejects(AnalyzeOutput out) {
        Map<String, RejectKind> kinds = new java.util.HashMap<>();
        out.read("rejects", Set.of("reason"), DateWindow.ALL, r -> {
            String reason = r.str("reason");
            kinds.merge(kind(reason), new RejectKind(1, reason), (a, b) -> new RejectKind(a.count() + 1, a.example()));
            return true;
        });
        Map<String, RejectKind> sorted = new LinkedHashMap<>();
        kinds.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, RejectKind> e) -> -e.getValue().count()).thenComparing(Map.Entry::getKey))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** A reject's reason without its particulars: the text before the first colon ({@code unparseable date: 'x'}). */
    static String kind(String reason) {
        if (reason == null || reason.isBlank()) {
            return "(no reason given)";
        }
        int colon = reason.indexOf(':');
        return (colon > 0 ? reason.substring(0, colon) : reason).strip();
    }

    private static List<TableRow> rows(AnalyzeOutput out, String table, DateWindow window, String... columns) {
        List<TableRow> rows = new ArrayList<>();
        out.read(table, Set.of(columns), window, r -> rows.add(r));
        return rows;
    }

    private static List<TableRow> only(List<TableRow> rows, Set<String> targets) {
        return rows.stream().filter(r -> targets.contains(r.str("target"))).toList();
    }

    private static Map<String, Long> duplicates(AnalyzeOutput out, DateWindow window) {
        Map<String, Long> kinds = new LinkedHashMap<>();
        kinds.put(EXACT_COPY, 0L);
        kinds.put(NEAR_COPY, 0L);
        out.read("articles", Set.of("duplicate_of", "duplicate_similarity"), window, r -> {
            if (r.str("duplicate_of") != null) {
                Double similarity = r.dbl("duplicate_similarity");
                kinds.merge(similarity != null && similarity >= 1.0 ? EXACT_COPY : NEAR_COPY, 1L, Long::sum);
            }
            return true;
        });
        return kinds;
    }
}
