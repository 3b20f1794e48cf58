package org.slant.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The evidence sentences behind the actor × target matrix: for each outlet, actor and target drawn, the
 * first {@value #PER_CELL} FAVOR or AGAINST statements in date order, at most {@value #TOTAL} in all,
 * each cut to {@value #MAX_CHARS} characters. Reading stops once every cell is full or after
 * {@value #MAX_SCANNED} statements, so the page stays small and the scan bounded on any corpus.
 */
final class Evidence {
    static final int PER_CELL = 20;
    static final int TOTAL = 4_000;
    static final int MAX_CHARS = 500;
    static final long MAX_SCANNED = 300_000;

    /** One statement: its label, bucket date, the speaker as written (may be null) and the sentence. */
    record Statement(String label, String date, String speaker, String text) {
    }

    private final Map<String, List<Statement>> cells = new HashMap<>();
    private long scanned;
    private int kept;
    private boolean stoppedEarly;

    static String key(String outlet, String actor, String target) {
        return outlet + "\u0000" + actor + "\u0000" + target;
    }

    /**
     * @param wanted the cells drawn ({@link #key}) with their FAVOR + AGAINST totals in the window, so the scan
     *               can stop once each holds all it can
     */
    static Evidence read(AnalyzeOutput out, DateWindow window, Map<String, Long> wanted) {
        Evidence e = new Evidence();
        if (wanted.isEmpty()) {
            return e;
        }
        Map<String, Long> room = new HashMap<>();
        wanted.forEach((k, n) -> room.put(k, Math.min(n, PER_CELL)));
        long[] open = {room.values().stream().filter(n -> n > 0).count()};
        out.read("actor_stances", Set.of("outlet", "actor", "target", "stance_label", "speaker", "evidence"), window, r -> {
            e.scanned++;
            String label = r.str("stance_label");
            if ("FAVOR".equals(label) || "AGAINST".equals(label)) {
                String key = key(r.str("outlet"), r.str("actor"), r.str("target"));
                Long left = room.get(key);
                if (left != null && left > 0) {
                    e.cells.computeIfAbsent(key, k -> new ArrayList<>())
                            .add(new Statement(label, r.date() == null ? "" : r.date().toString(), r.str("speaker"), cut(r.str("evidence"))));
                    e.kept++;
                    room.put(key, left - 1);
                    if (left == 1) {
                        open[0]--;
                    }
                }
            }
            if (open[0] == 0) {
                return false;
            }
            if (e.kept >= TOTAL || e.scanned >= MAX_SCANNED) {
                e.stoppedEarly = true;
                return false;
            }
            return true;
        });
        return e;
    }

    private static String cut(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS) + "…";
    }

    List<Statement> of(String outlet, String actor, String target) {
        return cells.getOrDefault(key(outlet, actor, target), List.of());
    }

    int kept() {
        return kept;
    }

    /** Whether the total or scan budget ended reading before every cell had its sentences. */
    boolean stoppedEarly() {
        return stoppedEarly;
    }
}
