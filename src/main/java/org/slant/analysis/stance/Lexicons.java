package org.slant.analysis.stance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slant.text.Resources;

/** Reads the tab-separated word lists shipped beside this package's classes ({@code #} starts a comment). */
final class Lexicons {
    private Lexicons() {
    }

    /** Rows of a TSV resource, fields split on tabs, comments and blank lines skipped. */
    static List<String[]> rows(Class<?> owner, String resource) {
        List<String[]> out = new ArrayList<>();
        for (Resources.Line line : Resources.lines(owner, resource)) {
            String t = line.text().strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] f = line.text().split("\t", -1);
            for (int i = 0; i < f.length; i++) {
                f[i] = f[i].strip();
            }
            if (f.length < 2) {
                throw new IllegalArgumentException(resource + ":" + line.number() + ": expected tab-separated fields");
            }
            out.add(f);
        }
        return out;
    }

    /** A {@code word<TAB>number} resource as a map. */
    static Map<String, Double> readWeights(Class<?> owner, String resource) {
        Map<String, Double> m = new HashMap<>();
        for (String[] f : rows(owner, resource)) {
            m.put(f[0], Double.parseDouble(f[1]));
        }
        return Map.copyOf(m);
    }
}
