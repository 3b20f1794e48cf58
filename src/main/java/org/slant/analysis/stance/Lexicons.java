package org.slant.analysis.stance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the tab-separated word lists shipped beside this package's classes ({@code #} starts a comment). */
final class Lexicons {
    private Lexicons() {
    }

    /** Rows of a TSV resource, fields split on tabs, comments and blank lines skipped. */
    static List<String[]> rows(Class<?> owner, String resource) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("resource not on classpath: " + resource));
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                for (int i = 0; i < f.length; i++) {
                    f[i] = f[i].strip();
                }
                if (f.length < 2) {
                    throw new IllegalArgumentException(resource + ":" + no + ": expected tab-separated fields");
                }
                out.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
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
