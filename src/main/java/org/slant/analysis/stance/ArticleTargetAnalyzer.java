package org.slant.analysis.stance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slant.analysis.Genre;
import org.slant.analysis.sentiment.VaderAnalyzer;
import org.slant.analysis.targets.Mention;
import org.slant.analysis.targets.MentionFinder;
import org.slant.analysis.targets.Target;
import org.slant.analysis.targets.TargetKind;
import org.slant.analysis.targets.TargetCatalog;

/**
 * Targets, target sentiment, stance and the voices that hold it in one article: the entry point of the
 * target stage.
 *
 * <p>Expects: the article's sentences in order, as {@link org.slant.text.SentenceSplitter} produces
 * them from cleaned text, and optionally its title and {@link Genre}. Produces {@link ArticleTargets}:
 * per mentioned target (catalog order) the mentions, the mean {@link TargetSentiment}, the pooled
 * stance of all voices (mean of the non-zero mention stances), the author's own stance and the
 * positions the article carries ({@link TargetResult}); plus the statements ({@link ActorStance}),
 * each with its holder from {@link ActorAttribution}.
 *
 * <p>Voices. A statement's holder is a catalog actor, a named or unnamed {@code other}, or the
 * author. A reported action with no named doer is {@code other} in news; in opinion pieces it stays
 * the author's (argument pieces describe what should or should not happen in their own words; on the
 * article dev set this scored 0.70 against 0.64). In news, tone alone is no position of the
 * outlet's, and one author statement is not enough to label the article (see {@link #authorLabel}).
 * A mention nobody takes a side on yields a NONE statement only for an identified speaker or a
 * catalog actor acting in its clause, never for the author. The title counts twice among an opinion
 * piece's author statements and yields no statement row; an opinion title that acts on an issue's
 * recipient ("Congress must not abandon Kyiv") counts so for the issue ({@link #recipients}).
 *
 * <p>Pipeline: {@link MentionFinder} (one trie scan per sentence) → per sentence with a mention, one
 * parse for the stance lexicon (part-of-speech tags only for the few words that need them) → per
 * mention, stance, sentiment and holder. Immutable and thread-safe; build once per partition.
 */
public final class ArticleTargetAnalyzer {
    private final TargetCatalog catalog;
    private final MentionFinder finder;
    private final StanceScorer scorer;
    /**
     * Whether {@link ArticleTargets#scored} keeps each mention's stance: only when this scorer is the one
     * the stance model's rule features use (tagging on; VADER has one lexicon), so a kept score is theirs.
     */
    private final boolean shareScores;
    private final ActorAttribution attribution = new ActorAttribution();
    /** Actor id → the issue that goes to it ({@link #recipients}). */
    private final Map<String, String> recipientOf;
    private static final Pattern RECIPIENT_ALIAS = Pattern.compile("\\b(?:to|for)\\s+", Pattern.CASE_INSENSITIVE);

    public ArticleTargetAnalyzer(TargetCatalog catalog, VaderAnalyzer vader) {
        this(catalog, vader, true);
    }

    /** {@code syntax} false: no part-of-speech tagging, for cost comparisons ({@code StanceCost}). */
    ArticleTargetAnalyzer(TargetCatalog catalog, VaderAnalyzer vader, boolean syntax) {
        this.catalog = catalog;
        this.finder = new MentionFinder(catalog);
        this.scorer = new StanceScorer(new TargetSentiment(vader), StanceScorer.THETA, StanceScorer.SENTIMENT_WEIGHT, syntax);
        this.shareScores = syntax;
        this.recipientOf = recipients(catalog, finder);
    }

    /**
     * Issue targets by the actor they go to, read from the catalog's aliases: "aid to Ukraine" makes
     * {@code ukraine} the recipient of {@code ukraine_aid}. An actor named after "to"/"for" in the
     * aliases of more than one issue is left out (no single issue to carry its headline over to).
     */
    static Map<String, String> recipients(TargetCatalog catalog, MentionFinder finder) {
        Map<String, String> found = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Target issue : catalog.targets()) {
            if (issue.kind() != TargetKind.ISSUE) {
                continue;
            }
            for (String alias : issue.aliases()) {
                Matcher am = RECIPIENT_ALIAS.matcher(alias);
                if (!am.find()) {
                    continue;
                }
                for (Mention m : finder.findAll(List.of(alias)).mentions()) {
                    Target t = catalog.get(m.target()).orElseThrow();
                    if (m.start() == am.end() && t.kind() != TargetKind.ISSUE) {
                        String before = found.putIfAbsent(t.id(), issue.id());
                        if (before != null && !before.equals(issue.id())) {
                            ambiguous.add(t.id());
                        }
                    }
                }
            }
        }
        ambiguous.forEach(found::remove);
        return Map.copyOf(found);
    }

    /** The built-in catalog and VADER from the classpath. */
    public static ArticleTargetAnalyzer standard() {
        return new ArticleTargetAnalyzer(TargetCatalog.builtIn(), VaderAnalyzer.fromClasspath());
    }

    public TargetCatalog catalog() {
        return catalog;
    }

    private static final Stance NO_STANCE = new Stance(0, StanceLabel.NONE, -1, -1);
    /** Weight of an opinion headline among the author's statements (it states the piece's thesis). */
    static final double TITLE_WEIGHT = 2;
    /**
     * Threshold on the combined author stance of an opinion piece: weaker or mixed is NONE. Low,
     * because an argument piece concedes and quotes the other side in its own sentences before its
     * bottom line, which pulls the mean toward 0 (0.15 missed pieces with a clear thesis).
     */
    static final double ARTICLE_THETA = 0.10;
    /** News: author statements needed before the outlet's own voice is read as taking a side. */
    static final int NEWS_MIN_STATEMENTS = 2;
    /** News: threshold on the combined author stance. */
    static final double NEWS_THETA = 0.3;

    public static boolean nestedInOther(Mention m, List<Mention> all) {
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
        double authorWeighted;
        double authorWeight;
        int authorStatements;
        double quotedSum;
        int quotedFavor;
        int quotedAgainst;
        final TreeSet<Integer> sentences = new TreeSet<>();
        /** Sentences with a mention in another voice than the author's. */
        final Set<Integer> otherVoice = new HashSet<>();
        boolean titleAuthor;
        boolean titleOther;

        void voice(boolean isTitle, int index, boolean other) {
            if (isTitle) {
                titleAuthor |= !other;
                titleOther |= other;
            } else if (other) {
                otherVoice.add(index);
            }
        }
    }

    /** As {@link #analyze(String, List, Genre)} for an untitled article read as news. */
    public ArticleTargets analyze(List<String> sentences) {
        return analyze(null, sentences, Genre.NEWS);
    }

    /**
     * Targets, stances and their holders of one article.
     *
     * @param title     the headline, or null: context for ambiguous aliases, and in opinion pieces a
     *                  statement of the author's view (it yields no {@code actor_stances} row)
     * @param sentences the article's sentences in order
     * @param genre     opinion pieces argue in the author's voice; news reports rarely do
     */
    public ArticleTargets analyze(String title, List<String> sentences, Genre genre) {
        return analyze(title, sentences, genre, null);
    }

    /**
     * As {@link #analyze(String, List, Genre)} for an article published on {@code day} (null: undated),
     * which decides whom a role speaks for ({@link org.slant.analysis.targets.Target#speaksOn}).
     */
    public ArticleTargets analyze(String title, List<String> sentences, Genre genre, java.time.LocalDate day) {
        boolean titled = title != null && !title.isBlank();
        List<String> all = sentences;
        if (titled) {
            all = new ArrayList<>(sentences.size() + 1);
            all.add(title);
            all.addAll(sentences);
        }
        int shift = titled ? 1 : 0;
        MentionFinder.Found found = finder.findAll(all, null, day);
        if (found.mentions().isEmpty()) {
            return new ArticleTargets(List.of(), List.of(), genre);
        }
        Map<Integer, List<Mention>> actorsBySentence = new HashMap<>();
        for (Mention a : found.actorReferences()) {
            actorsBySentence.computeIfAbsent(a.sentence(), k -> new ArrayList<>()).add(a);
        }
        Map<String, Acc> acc = new HashMap<>();
        Map<String, ActorStance> actorStances = new LinkedHashMap<>();
        int parsedSentence = -1;
        StanceScorer.Parsed parsed = null;
        MentionStances scored = shareScores ? new MentionStances() : MentionStances.NONE;
        for (Mention m : found.mentions()) {
            Target target = catalog.get(m.target()).orElseThrow();
            String text = all.get(m.sentence());
            boolean isTitle = m.sentence() < shift;
            int index = m.sentence() - shift;
            if (m.sentence() != parsedSentence) {
                parsed = scorer.parse(text);
                parsedSentence = m.sentence();
            }
            // A target named inside another's mention ("Ukraine" in "aid to Ukraine") takes no stance
            // from the predicates of the outer one: blocking the aid is not a position on the country.
            boolean nested = nestedInOther(m, found.mentions());
            Stance stance = NO_STANCE;
            if (!nested) {
                Stance raw = scorer.score(parsed, m.start(), m.end(), target.kind());
                if (shareScores) {
                    scored.put(text, m.start(), m.end(), target.kind(), raw);
                }
                stance = scorer.answered(raw, all, m.sentence());
            }
            Acc a = acc.computeIfAbsent(m.target(), k -> new Acc());
            if (!isTitle) {
                double ts = parsed.sentiment(m.start(), m.end());
                a.mentions++;
                a.sentiment += ts;
                if (stance.score() != 0) {
                    a.stanceSum += stance.score();
                    a.stanceCount++;
                }
                a.sentences.add(index);
            }
            if (nested) {
                a.voice(isTitle, index, ActorAttribution.inQuote(text, m.start()));
                continue; // the country in "aid to Ukraine" is the aid's recipient: no statement about it
            }
            List<Mention> refs = actorsBySentence.getOrDefault(m.sentence(), List.of());
            ActorAttribution.Holder holder = resolvePronoun(holderOf(parsed, stance, m, refs, genre), m,
                    found.actorReferences());
            a.voice(isTitle, index, (holder != null && !holder.isAuthor()) || ActorAttribution.inQuote(text, m.start()));
            if (holder == null || holder.actor().equals(m.target())) {
                continue;
            }
            boolean position = stance.label() != StanceLabel.NONE;
            String issue = recipientOf.get(m.target());
            if (isTitle && genre == Genre.OPINION && holder.isAuthor() && position && issue != null
                    && stance.cue() == Stance.Cue.ACTION) {
                // An opinion headline that acts on the issue's recipient ("Congress must not abandon
                // Kyiv", "A case for arming Ukraine") states the piece's thesis on the issue itself.
                Acc ia = acc.computeIfAbsent(issue, k -> new Acc());
                ia.authorWeighted += TITLE_WEIGHT * stance.score();
                ia.authorWeight += TITLE_WEIGHT;
                ia.authorStatements++;
            }
            if (holder.isAuthor()) {
                if (position) {
                    double w = isTitle ? TITLE_WEIGHT : 1;
                    a.authorWeighted += w * stance.score();
                    a.authorWeight += w;
                    a.authorStatements++;
                }
            } else if (position && !isTitle) {
                a.quotedSum += stance.score();
                if (stance.label() == StanceLabel.FAVOR) {
                    a.quotedFavor++;
                } else {
                    a.quotedAgainst++;
                }
            }
            if (isTitle || (holder.isAuthor() && !position)) {
                continue;
            }
            String key = index + "\u0000" + holder.actor() + "\u0000" + m.target();
            ActorStance previous = actorStances.get(key);
            if (previous == null || Math.abs(stance.score()) > Math.abs(previous.score())) {
                actorStances.put(key, new ActorStance(holder.actor(), holder.speaker(), m.target(), stance.label(),
                        stance.score(), text, index));
            }
        }
        List<TargetResult> targets = new ArrayList<>();
        for (Target t : catalog.targets()) {
            Acc a = acc.get(t.id());
            if (a == null || a.mentions == 0) {
                continue;
            }
            double stance = a.stanceCount == 0 ? 0 : a.stanceSum / a.stanceCount;
            double author = a.authorWeight == 0 ? 0 : a.authorWeighted / a.authorWeight;
            StanceLabel authorLabel = authorLabel(author, a.authorStatements, genre);
            int quoted = a.quotedFavor + a.quotedAgainst;
            boolean modelReads = modelReadsAuthor(genre, t);
            List<Integer> authorSentences = new ArrayList<>();
            if (modelReads) {
                authorSentences.addAll(a.sentences);
                authorSentences.removeAll(a.otherVoice);
            }
            String authorTitle = modelReads && a.titleAuthor && !a.titleOther ? title : null;
            targets.add(new TargetResult(t.id(), a.mentions, a.sentiment / a.mentions, stance, scorer.label(stance),
                    new ArrayList<>(a.sentences), author, authorLabel, a.authorStatements,
                    quoted == 0 ? 0 : a.quotedSum / quoted, a.quotedFavor, a.quotedAgainst, authorSentences,
                    authorTitle));
        }
        return new ArticleTargets(targets, new ArrayList<>(actorStances.values()), genre, scored);
    }

    /**
     * Whether a stance model reads the author's stance toward {@code target} in an article of {@code genre}
     * ({@link TargetResult#authorSentences()}, {@link TargetResult#authorTitle()}): issues in opinion pieces
     * only. A news report's own sentences are mostly reported events and positions, which a sentence model
     * reads as stances. The built-in model learnt from and was measured on sentences about issues; for
     * people, parties, countries and alliances it has a few dozen training sentences each and no
     * article-level measure. Elsewhere the rules' author stance stands.
     */
    static boolean modelReadsAuthor(Genre genre, Target target) {
        return genre == Genre.OPINION && target.kind() == TargetKind.ISSUE;
    }

    /** Speakers named only by a personal pronoun ("…, he said"). */
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "him", "her");
    /** How many sentences back a pronoun speaker may refer. */
    private static final int PRONOUN_REACH = 2;

    /**
     * A holder named only "he" or "she" is the catalog actor (a person or party, not a country or
     * alliance) last named in the two sentences before (the usual antecedent in news copy: "Trump
     * spoke in Ohio. The aid is a waste, he said."); with none, an unnamed {@code other}: a pronoun is
     * not a name to print in the {@code speaker} column.
     */
    ActorAttribution.Holder resolvePronoun(ActorAttribution.Holder h, Mention m, List<Mention> refs) {
        if (h == null || h.speaker() == null || !h.actor().equals(ActorStance.OTHER)
                || !PERSONAL_PRONOUNS.contains(h.speaker().strip().toLowerCase(Locale.ROOT))) {
            return h;
        }
        Mention last = null;
        for (Mention a : refs) {
            boolean person = catalog.get(a.target()).map(Target::kind).orElse(null) == TargetKind.ACTOR;
            if (person && a.sentence() < m.sentence() && a.sentence() >= m.sentence() - PRONOUN_REACH
                    && (last == null || a.sentence() > last.sentence()
                    || (a.sentence() == last.sentence() && a.start() > last.start()))) {
                last = a;
            }
        }
        return last == null ? new ActorAttribution.Holder(ActorStance.OTHER, null)
                : new ActorAttribution.Holder(last.target(), last.surface());
    }

    /**
     * The article's author label from the weighted mean of its author statements: an opinion piece
     * needs the mean past {@link #ARTICLE_THETA} (mixed or weak is NONE); a news report, whose own
     * voice rarely argues, needs at least {@link #NEWS_MIN_STATEMENTS} author statements and a mean
     * past {@link #NEWS_THETA}, so one loaded phrase does not make a report partisan.
     */
    static StanceLabel authorLabel(double mean, int statements, Genre genre) {
        if (genre == Genre.NEWS) {
            return statements >= NEWS_MIN_STATEMENTS ? StanceLabel.of(mean, NEWS_THETA) : StanceLabel.NONE;
        }
        return statements == 0 ? StanceLabel.NONE : StanceLabel.of(mean, ARTICLE_THETA);
    }

    /**
     * The holder of a mention's stance, or null when no one identifiable takes or withholds a position.
     * A position goes to its holder ({@link ActorAttribution}); then by voice: in news an unattributed
     * action is someone else's ("the aid was blocked": {@code other}, unnamed) and unattributed tone
     * is no stance; the author holds only what the outlet's own words evaluate. A mention with no
     * position yields a NONE statement only for a named speaker or a catalog actor acting in its clause.
     */
    private ActorAttribution.Holder holderOf(StanceScorer.Parsed parsed, Stance stance, Mention m, List<Mention> refs,
                                             Genre genre) {
        if (stance.label() == StanceLabel.NONE) {
            if (stance.speechToken() < 0 && stance.predicateToken() < 0 && refs.isEmpty()) {
                return null; // nobody in the sentence: nothing to attribute, and no parse spent on it
            }
            ActorAttribution.Holder h = stance.speechToken() >= 0 ? attribution.holder(parsed, stance, m, refs)
                    : ActorAttribution.actingActor(parsed, m, refs);
            if (h == null) {
                return null;
            }
            boolean identified = !h.isAuthor() && (!h.actor().equals(ActorStance.OTHER) || h.speaker() != null);
            return identified ? h : null;
        }
        ActorAttribution.Holder h = attribution.holder(parsed, stance, m, refs);
        if (!h.isAuthor()) {
            return h;
        }
        // A reported action with no named doer ("the aid was held hostage") is someone else's, in any
        // genre; the author acts only by advice, imperative or in the first person.
        if (stance.cue() == Stance.Cue.ACTION && genre == Genre.NEWS && !ActorAttribution.authorActs(parsed, stance.predicateToken())) {
            return new ActorAttribution.Holder(ActorStance.OTHER, null);
        }
        // In news, tone is no position of the outlet's.
        return stance.cue() == Stance.Cue.TONE && genre == Genre.NEWS ? null : h;
    }
}
