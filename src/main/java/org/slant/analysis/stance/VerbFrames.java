package org.slant.analysis.stance;

import java.util.HashMap;
import java.util.Map;

/**
 * Agent/patient polarity of news predicates ({@code news-verbs.tsv}): how "X accused Y" portrays X
 * (agent) and Y (patient). Each lemma's regular inflections are generated; irregular forms are listed
 * in the resource. Immutable and thread-safe.
 */
final class VerbFrames {
    static final String RESOURCE = "news-verbs.tsv";

    /** Polarity for the agent and for the patient, and whether the form may be a past participle. */
    record Frame(double agent, double patient, boolean participle) {
    }

    private final Map<String, Frame> forms;

    private VerbFrames(Map<String, Frame> forms) {
        this.forms = forms;
    }

    static VerbFrames fromClasspath() {
        Map<String, Frame> m = new HashMap<>();
        for (String[] f : Lexicons.rows(VerbFrames.class, RESOURCE)) {
            if (f.length < 3) {
                throw new IllegalArgumentException(RESOURCE + ": expected lemma, agent, patient: " + String.join(" ", f));
            }
            String lemma = f[0];
            double agent = Double.parseDouble(f[1]);
            double patient = Double.parseDouble(f[2]);
            for (String form : regularForms(lemma)) {
                m.putIfAbsent(form, new Frame(agent, patient, form.endsWith("ed")));
            }
            if (f.length > 3 && !f[3].isEmpty()) {
                for (String form : f[3].split(",")) {
                    String w = form.strip();
                    // Irregular forms listed here are past tenses/participles or -ing forms.
                    m.put(w, new Frame(agent, patient, !w.endsWith("ing")));
                }
            }
        }
        return new VerbFrames(Map.copyOf(m));
    }

    /** The frame of a lower-cased token, or null. */
    Frame get(String lower) {
        return forms.get(lower);
    }

    int size() {
        return forms.size();
    }

    /** lemma, 3rd person -s, past -ed, -ing, by the usual spelling rules (no consonant doubling). */
    static String[] regularForms(String lemma) {
        int n = lemma.length();
        char last = lemma.charAt(n - 1);
        boolean consonantY = last == 'y' && n > 1 && "aeiou".indexOf(lemma.charAt(n - 2)) < 0;
        if (consonantY) {
            String stem = lemma.substring(0, n - 1);
            return new String[] {lemma, stem + "ies", stem + "ied", lemma + "ing"};
        }
        if (last == 'e') {
            String stem = lemma.substring(0, n - 1);
            return new String[] {lemma, lemma + "s", lemma + "d", stem + "ing"};
        }
        boolean sibilant = lemma.endsWith("s") || lemma.endsWith("sh") || lemma.endsWith("ch") || lemma.endsWith("x")
                || lemma.endsWith("z");
        return new String[] {lemma, lemma + (sibilant ? "es" : "s"), lemma + "ed", lemma + "ing"};
    }
}
