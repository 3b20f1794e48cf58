package org.slant.analysis.stance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.slant.text.Resources;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;

/**
 * Universal Dependencies part-of-speech tags (VERB, AUX, NOUN, PROPN, ADJ, ADP, DET, PRON…) for a
 * window of a sentence's words, from Apache OpenNLP's English model ({@code opennlp-models-pos-en},
 * trained on UD English-EWT, Apache-2.0).
 *
 * <p>Expects the words as written (no punctuation tokens: slant's {@link
 * org.slant.analysis.targets.SentenceTokens} drop it). Decodes greedily (beam 1), which gives the
 * same tags as OpenNLP's beam of 3 on news sentences in our checks at a third of the cost; only a
 * window around a mention is tagged, with two words of context on each side (the model's features
 * look two words away). The model (1.2 MB) is read once per JVM. Thread-safe: the context generator,
 * which keeps per-call state, is per thread.
 */
final class PosTagger {
    static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final int MARGIN = 2;

    private static final class Holder {
        static final POSModel MODEL_INSTANCE = load();
    }

    private final MaxentModel maxent;
    private final ThreadLocal<POSContextGenerator> context;

    private PosTagger(POSModel model) {
        this.maxent = (MaxentModel) model.getArtifact("pos.model");
        this.context = ThreadLocal.withInitial(() -> model.getFactory().getPOSContextGenerator(0));
    }

    /** The tagger over the bundled model. */
    static PosTagger standard() {
        return new PosTagger(Holder.MODEL_INSTANCE);
    }

    private static POSModel load() {
        try (InputStream in = Resources.open(PosTagger.class, MODEL)) {
            return new POSModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the part-of-speech model " + MODEL, e);
        }
    }

    /**
     * Tags {@code words[from..to]} (inclusive) into {@code tags}, reading up to two words of context
     * on each side; tags already present are kept (a window tagged before is not tagged again).
     */
    void tag(String[] words, String[] tags, int from, int to) {
        int a = Math.max(0, from - MARGIN);
        int b = Math.min(words.length - 1, to + MARGIN);
        boolean done = true;
        for (int i = from; i <= to && done; i++) {
            done = tags[i] != null;
        }
        if (done || a > b) {
            return;
        }
        String[] w = new String[b - a + 1];
        System.arraycopy(words, a, w, 0, w.length);
        String[] t = new String[w.length];
        POSContextGenerator cg = context.get();
        for (int i = 0; i < w.length; i++) {
            t[i] = maxent.getBestOutcome(maxent.eval(cg.getContext(i, w, t, null)));
        }
        for (int i = 0; i < w.length; i++) {
            // The window's edge words lack their outer context; keep an earlier, better-informed tag.
            if (tags[a + i] == null || (a + i >= from && a + i <= to)) {
                tags[a + i] = t[i];
            }
        }
    }

    /** Tags of all of {@code words}. */
    String[] tagAll(String[] words) {
        String[] tags = new String[words.length];
        if (words.length > 0) {
            tag(words, tags, 0, words.length - 1);
        }
        return tags;
    }
}
