package org.slant.model;

import java.util.List;

import org.slant.analysis.stance.StanceLabel;
import org.slant.analysis.stance.TargetResult;

/**
 * An opinion piece's own stance toward an issue, read by the stance model: the weighted mean class
 * distribution over the sentences that name the target in the author's voice
 * ({@link TargetResult#authorSentences()}) and the headline when it names it (weight
 * {@link #TITLE_WEIGHT}, as in the rules: it states the piece's thesis). Quoted and attributed
 * sentences are left out: the model reads a sentence's stance in any voice, the rules tell whose
 * voice it is. The rules give the units only for issues in opinion pieces
 * ({@code ArticleTargetAnalyzer.modelReadsAuthor}); elsewhere there are none and their author stance stands.
 *
 * @param stance     P(FAVOR) − P(AGAINST) of the mean distribution, 0 when no unit takes a side
 * @param label      FAVOR or AGAINST past {@link #THETA}, else NONE
 * @param statements units (the headline once) whose most probable class is FAVOR or AGAINST
 */
public record AuthorStance(double stance, String label, int statements) {
    public static final double TITLE_WEIGHT = 2;
    /**
     * Threshold on {@code stance}: weaker or mixed is NONE. Chosen on the 154 development articles
     * (0 to 0.30; best mean F1 of FAVOR and AGAINST): an op-ed's many sentences that only describe the
     * aid pull the mean toward 0; at the rules' 0.10, 34 of the 96 articles that take a side came out
     * NONE, at 0.05 26.
     */
    public static final double THETA = 0.05;

    /** A sentence's class distribution toward a target, indexed like the model's classes. */
    public interface Probabilities {
        double[] of(String text, String target);
    }

    /**
     * The author's stance toward {@code t}, or null when it has no unit to read (news, a target that is not
     * an issue, or nothing in the author's voice): the rules' value stands (they may still read the headline
     * on the recipient).
     */
    public static AuthorStance of(TargetResult t, List<String> sentences, Probabilities model, List<String> classes) {
        double[] mean = new double[classes.size()];
        int none = classes.indexOf(StanceLabel.NONE.name());
        double weight = 0;
        int statements = 0;
        if (t.authorTitle() != null) {
            double[] p = model.of(t.authorTitle(), t.target());
            add(mean, p, TITLE_WEIGHT);
            weight += TITLE_WEIGHT;
            statements += LinearModel.argmax(p) == none ? 0 : 1;
        }
        for (int i : t.authorSentences()) {
            double[] p = model.of(sentences.get(i), t.target());
            add(mean, p, 1);
            weight += 1;
            statements += LinearModel.argmax(p) == none ? 0 : 1;
        }
        if (weight == 0) {
            return null;
        }
        if (statements == 0) {
            return new AuthorStance(0, StanceLabel.NONE.name(), 0);
        }
        for (int c = 0; c < mean.length; c++) {
            mean[c] /= weight;
        }
        double score = ModelTask.STANCE.score(mean, classes);
        return new AuthorStance(score, StanceLabel.of(score, THETA).name(), statements);
    }

    /**
     * The author's stance toward {@code target} read by an article-level model from the article's
     * {@link ArticleText}: the most probable class, P(FAVOR) − P(AGAINST), and one statement when the class takes a
     * side (the article is the one unit). {@code analyze} and {@code evaluate --unit article} both read it here.
     */
    public static AuthorStance ofArticle(LinearModel model, Featurizer featurizer, String articleText, String target) {
        double[] p = model.probabilities(featurizer.features(new Example(articleText, target, -1, -1)));
        String label = model.classes().get(LinearModel.argmax(p));
        return new AuthorStance(ModelTask.STANCE.score(p, model.classes()), label, StanceLabel.NONE.name().equals(label) ? 0 : 1);
    }

    private static void add(double[] sum, double[] p, double w) {
        for (int c = 0; c < sum.length; c++) {
            sum[c] += w * p[c];
        }
    }
}
