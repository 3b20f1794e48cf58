package org.slant.analysis.stance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.slant.analysis.sentiment.VaderAnalyzer;
import org.slant.analysis.targets.Mention;
import org.slant.analysis.targets.MentionFinder;
import org.slant.analysis.targets.Target;
import org.slant.analysis.targets.TargetCatalog;

/**
 * Targets, target sentiment, stance and actor positions of one article: the entry point of the
 * target stage.
 *
 * <p>Expects: the article's sentences in order, as {@link org.slant.text.SentenceSplitter} produces
 * them from cleaned text. Produces {@link ArticleTargets}: per mentioned target (catalog order) the
 * number of mentions, the mean {@link TargetSentiment} over them, the mean of the non-zero
 * {@link StanceScorer} scores (0 if all are zero) with its label, and the indexes of the sentences
 * that mention it; plus one {@link ActorStance} per (sentence, holder, target) whose stance score is
 * is FAVOR or AGAINST, the holder found by {@link ActorAttribution} (the strongest score wins when a sentence
 * mentions the target twice). An article without mentions gives {@link ArticleTargets#EMPTY}.
 *
 * <p>Pipeline: {@link MentionFinder} (one trie scan per sentence) → per sentence with a mention,
 * one parse for the stance lexicon and one VADER token pass → per mention, stance and sentiment.
 * Sentences without mentions cost only the trie scan. Immutable and thread-safe; build once per
 * partition (loading the lexicons is the costly part), never per row.
 */
public final class ArticleTargetAnalyzer {
    private final TargetCatalog catalog;
    private final MentionFinder finder;
    private final TargetSentiment sentiment;
    private final StanceScorer scorer;
    private final ActorAttribution attribution = new ActorAttribution();

    public ArticleTargetAnalyzer(TargetCatalog catalog, VaderAnalyzer vader) {
        this.catalog = catalog;
        this.finder = new MentionFinder(catalog);
        this.sentiment = new TargetSentiment(vader);
        this.scorer = new StanceScorer(sentiment);
    }

    /** The built-in catalog and VADER from the classpath. */
    public static ArticleTargetAnalyzer standard() {
        return new ArticleTargetAnalyzer(TargetCatalog.builtIn(), VaderAnalyzer.fromClasspath());
    }

    public TargetCatalog catalog() {
        return catalog;
    }

    private static final Stance NO_STANCE = new Stance(0, StanceLabel.NONE, -1, -1);

    static boolean nestedInOther(Mention m, List<Mention> all) {
        for (Mention o : all) {
            if (o.sentence() == m.sentence() && !o.target().equals(m.target()) && o.start() <= m.start()
                    && o.end() >= m.end() && o.end() - o.start() > m.end() - m.start()) {
                return true;
            }
        }
        return false;
    }

    private static final class Acc {
        int mentions;
        double sentiment;
        double stanceSum;
        int stanceCount;
        final TreeSet<Integer> sentences = new TreeSet<>();
    }

    public ArticleTargets analyze(List<String> sentences) {
        MentionFinder.Found found = finder.findAll(sentences);
        if (found.mentions().isEmpty()) {
            return ArticleTargets.EMPTY;
        }
        Map<Integer, List<Mention>> actorsBySentence = new HashMap<>();
        for (Mention a : found.actorReferences()) {
            actorsBySentence.computeIfAbsent(a.sentence(), k -> new ArrayList<>()).add(a);
        }
        Map<String, Acc> acc = new HashMap<>();
        Map<String, ActorStance> actorStances = new LinkedHashMap<>();
        int parsedSentence = -1;
        StanceScorer.Parsed parsed = null;
        for (Mention m : found.mentions()) {
            Target target = catalog.get(m.target()).orElseThrow();
            String text = sentences.get(m.sentence());
            if (m.sentence() != parsedSentence) {
                parsed = scorer.parse(text);
                parsedSentence = m.sentence();
            }
            // A target named inside another's mention ("Ukraine" in "aid to Ukraine") takes no stance
            // from the predicates of the outer one: blocking the aid is not a position on the country.
            Stance stance = nestedInOther(m, found.mentions()) ? NO_STANCE
                    : scorer.score(parsed, m.start(), m.end(), target.kind());
            double ts = sentiment.score(text, m.start(), m.end());
            Acc a = acc.computeIfAbsent(m.target(), k -> new Acc());
            a.mentions++;
            a.sentiment += ts;
            if (stance.score() != 0) {
                a.stanceSum += stance.score();
                a.stanceCount++;
            }
            if (stance.label() != StanceLabel.NONE) {
                String holder = attribution.actor(parsed, stance, m,
                        actorsBySentence.getOrDefault(m.sentence(), List.of()));
                if (!holder.equals(m.target())) {
                    String key = m.sentence() + "\u0000" + holder + "\u0000" + m.target();
                    ActorStance previous = actorStances.get(key);
                    if (previous == null || Math.abs(stance.score()) > Math.abs(previous.score())) {
                        actorStances.put(key, new ActorStance(holder, m.target(), stance.label(), stance.score(),
                                text, m.sentence()));
                    }
                }
            }
            a.sentences.add(m.sentence());
        }
        List<TargetResult> targets = new ArrayList<>();
        for (Target t : catalog.targets()) {
            Acc a = acc.get(t.id());
            if (a == null) {
                continue;
            }
            double stance = a.stanceCount == 0 ? 0 : a.stanceSum / a.stanceCount;
            targets.add(new TargetResult(t.id(), a.mentions, a.sentiment / a.mentions, stance, scorer.label(stance),
                    new ArrayList<>(a.sentences)));
        }
        return new ArticleTargets(targets, new ArrayList<>(actorStances.values()));
    }
}
