package org.slant.evaluate;

import java.util.List;

import org.slant.analysis.sentiment.VaderAnalyzer;
import org.slant.analysis.stance.ArticleTargetAnalyzer;
import org.slant.analysis.stance.MentionStances;
import org.slant.analysis.stance.Prediction;
import org.slant.analysis.stance.Stance;
import org.slant.analysis.stance.StanceScorer;
import org.slant.analysis.stance.TargetSentiment;
import org.slant.analysis.targets.Mention;
import org.slant.analysis.targets.MentionFinder;
import org.slant.analysis.targets.Target;
import org.slant.analysis.targets.TargetCatalog;
import org.slant.analysis.targets.TargetKind;
import org.slant.text.SentenceSplitter;

/**
 * Stance of labelled sentences toward a given target, for {@code slant evaluate --task stance}.
 *
 * <p>Expects: a short text (one or two sentences) and a target id of the catalog. Produces the label
 * FAVOR/AGAINST/NONE and the score of the mention with the strongest stance. Because the topic is
 * given, the target's ambiguous aliases ("the bill", "the package") count without context. When the
 * target is not mentioned the answer is NONE, with one documented exception, the implicit reference
 * for aid: for {@code ukraine_aid}, a mention of {@code ukraine} governed by a support or opposition
 * action ("stop arming Kyiv", "sending air defenses to Kyiv") is scored as if it named the aid.
 * Thread-safe; build once.
 */
public final class StanceEvaluation {
    private static final String AID = "ukraine_aid";
    private static final String UKRAINE = "ukraine";

    private static final Stance NO_STANCE = new Stance(0, org.slant.analysis.stance.StanceLabel.NONE, -1, -1);

    private final TargetCatalog catalog;
    private final MentionFinder finder;
    private final StanceScorer scorer;
    private final SentenceSplitter splitter = new SentenceSplitter();

    public StanceEvaluation(TargetCatalog catalog, VaderAnalyzer vader) {
        this(catalog, new StanceScorer(new TargetSentiment(vader)));
    }

    /** With a scorer of the caller's making (tuning harnesses try other thresholds). */
    public StanceEvaluation(TargetCatalog catalog, StanceScorer scorer) {
        this.catalog = catalog;
        this.finder = new MentionFinder(catalog);
        this.scorer = scorer;
    }

    /** The built-in catalog and VADER from the classpath. */
    public static StanceEvaluation standard() {
        return new StanceEvaluation(TargetCatalog.builtIn(), VaderAnalyzer.fromClasspath());
    }

    /**
     * @throws IllegalArgumentException if {@code targetId} is not in the catalog
     */
    public Prediction predict(String text, String targetId) {
        Stance best = strongest(text, targetId);
        return new Prediction(scorer.label(best.score()).name(), best.score());
    }

    /**
     * The stance {@link #predict} labels: that of the mention with the strongest score (ties keep the
     * first), with its predicate, speech verb and cue; a score-0 TONE stance when nothing took a side.
     * Trained models read these as features.
     *
     * @throws IllegalArgumentException if {@code targetId} is not in the catalog
     */
    public Stance strongest(String text, String targetId) {
        return strongest(text, targetId, MentionStances.NONE);
    }

    /** As {@link #strongest(String, String)}, reading the stance of a mention {@code scored} already holds. */
    public Stance strongest(String text, String targetId, MentionStances scored) {
        Target target = catalog.get(targetId).orElseThrow(() ->
                new IllegalArgumentException("unknown target '" + targetId + "'; known: "
                        + catalog.targets().stream().map(Target::id).toList()));
        List<String> sentences = splitter.split(text);
        MentionFinder.Found found = finder.findAll(sentences, targetId);
        Stance best = NO_STANCE;
        boolean any = false;
        for (Mention m : found.mentions()) {
            if (!m.target().equals(targetId)) {
                continue;
            }
            any = true;
            if (ArticleTargetAnalyzer.nestedInOther(m, found.mentions())) {
                continue;
            }
            Stance s = scorer.answered(score(scored, sentences.get(m.sentence()), m, target.kind()), sentences, m.sentence());
            if (Math.abs(s.score()) > Math.abs(best.score())) {
                best = s;
            }
        }
        if (!any && AID.equals(targetId)) {
            for (Mention m : found.mentions()) {
                if (!m.target().equals(UKRAINE)) {
                    continue;
                }
                Stance s = scorer.answered(score(scored, sentences.get(m.sentence()), m, TargetKind.ISSUE), sentences,
                        m.sentence());
                if (s.predicateToken() >= 0 && Math.abs(s.score()) > Math.abs(best.score())) {
                    best = s;
                }
            }
        }
        return best;
    }

    private Stance score(MentionStances scored, String sentence, Mention m, TargetKind kind) {
        Stance s = scored.get(sentence, m.start(), m.end(), kind);
        return s != null ? s : scorer.score(sentence, m.start(), m.end(), kind);
    }
}
