package org.slant.analysis.targets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slant.text.TokenTrie;

/**
 * Finds where the sentences of one article name catalog targets.
 *
 * <p>Expects: the cleaned sentences of one article, in order. Produces: {@link Mention}s in
 * sentence and offset order. Method: every alias, ambiguous alias, speaker alias, context phrase and
 * exclusion of the catalog is put into one {@link TokenTrie} over {@link SentenceTokens} tokens, so a sentence is
 * scanned once whatever the number of aliases (cost ~ tokens × the longest phrase that starts
 * there); only {@code patterns} are regular expressions, run once per sentence each, each within a
 * {@link MatchBudget} per text (past it, {@link PatternBudgetException}: the record is rejected). Then, per
 * sentence:
 * <ol>
 *   <li>an alias overlapping an {@code exclude} phrase of its own entry is vetoed;</li>
 *   <li>an ambiguous alias survives only if the entry's window holds a context phrase or an
 *       unambiguous mention of the same entry;</li>
 *   <li>per entry, the longest candidate wins and overlapping shorter ones go (leftmost first);</li>
 *   <li>across entries, nested or overlapping spans are all kept, but an identical span goes to the
 *       entry listed first.</li>
 * </ol>
 * Immutable and thread-safe; build once per partition from a catalog.
 */
public final class MentionFinder {
    private static final int ALIAS = 0;
    private static final int AMBIGUOUS = 1;
    private static final int SPEAKER = 2;
    private static final int EXCLUDE = 3;
    private static final int CONTEXT = 4;

    /** All catalog matches of a text: target mentions and references to actors (mentions or speaker aliases). */
    public record Found(List<Mention> mentions, List<Mention> actorReferences) {
    }

    private final TargetCatalog catalog;
    private final List<Target> targets;
    private final TokenTrie<int[]> phrases;
    private final Pattern[][] patterns;
    private final boolean[] contextFromArticle;

    public MentionFinder(TargetCatalog catalog) {
        this.catalog = catalog;
        this.targets = catalog.targets();
        this.patterns = new Pattern[targets.size()][];
        this.contextFromArticle = new boolean[targets.size()];
        // Each phrase end holds codes (target << 3 | type), each once, in the order first added.
        TokenTrie.Builder<int[]> trie = TokenTrie.builder(MentionFinder::union);
        for (int t = 0; t < targets.size(); t++) {
            Target target = targets.get(t);
            for (String a : target.aliases()) {
                addWithPlural(trie, a, t, ALIAS);
            }
            for (String a : target.ambiguous()) {
                addWithPlural(trie, a, t, AMBIGUOUS);
            }
            for (String a : target.speakerAliases()) {
                addWithPlural(trie, a, t, SPEAKER);
            }
            for (String a : target.exclude()) {
                addWithPlural(trie, a, t, EXCLUDE);
            }
            for (String a : target.requiresContext()) {
                add(trie, SentenceTokens.normalize(a), t, CONTEXT);
            }
            patterns[t] = target.patterns().toArray(new Pattern[0]);
            contextFromArticle[t] = target.window() == ContextWindow.ARTICLE;
        }
        this.phrases = trie.build();
    }

    public TargetCatalog catalog() {
        return catalog;
    }

    /** Target mentions in {@code sentences}. */
    public List<Mention> find(List<String> sentences) {
        return findAll(sentences).mentions();
    }

    /** Target mentions of one sentence taken on its own (index 0). */
    public List<Mention> find(String sentence) {
        return find(List.of(sentence));
    }

    /**
     * Target mentions plus actor references (alias mentions of actor entries and speaker aliases),
     * which attribution uses to find who holds a stance.
     *
     * @throws PatternBudgetException when a catalog pattern exceeds its matching budget on this text
     */
    public Found findAll(List<String> sentences) {
        return findAll(sentences, null);
    }

    /**
     * As {@link #findAll(List)}, but the ambiguous aliases of {@code assumedTopic} count without
     * context (for labelled sentences whose topic is given); {@code null} for none.
     */
    public Found findAll(List<String> sentences, String assumedTopic) {
        return findAll(sentences, assumedTopic, null);
    }

    /**
     * As {@link #findAll(List, String)} for an article published on {@code day} (null: undated): a
     * speaker alias counts only while it speaks for its actor ({@link Target#speaksOn}), so "the White
     * House" of 2018 is not the Biden administration.
     */
    public Found findAll(List<String> sentences, String assumedTopic, java.time.LocalDate day) {
        int n = sentences.size();
        int topic = -1;
        if (assumedTopic != null) {
            for (int t = 0; t < targets.size(); t++) {
                if (targets.get(t).id().equals(assumedTopic)) {
                    topic = t;
                }
            }
        }
        List<List<Candidate>> perSentence = new ArrayList<>(n);
        BitSet[] context = new BitSet[n];
        BitSet articleContext = new BitSet();
        MatchBudget[][] budgets = budgets(sentences);
        for (int s = 0; s < n; s++) {
            BitSet ctx = new BitSet();
            perSentence.add(candidates(sentences.get(s), ctx, budgets));
            context[s] = ctx;
            articleContext.or(ctx);
        }
        List<Mention> mentions = new ArrayList<>();
        List<Mention> actors = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            List<Candidate> kept = resolve(perSentence.get(s), s, context, articleContext, topic, day);
            String text = sentences.get(s);
            for (Candidate c : kept) {
                Mention m = new Mention(targets.get(c.target).id(), s, c.start, c.end, text.substring(c.start, c.end));
                if (c.type != SPEAKER) {
                    mentions.add(m);
                }
                if (targets.get(c.target).kind().isActor()) {
                    actors.add(m);
                }
            }
        }
        return new Found(List.copyOf(mentions), List.copyOf(actors));
    }

    private record Candidate(int target, int start, int end, int type) {
        int length() {
            return end - start;
        }
    }

    /** One budget per pattern for the whole text, so a runaway pattern costs at most its budget per record. */
    private MatchBudget[][] budgets(List<String> sentences) {
        long chars = 0;
        for (String s : sentences) {
            chars += s.length();
        }
        MatchBudget[][] out = new MatchBudget[patterns.length][];
        for (int t = 0; t < patterns.length; t++) {
            out[t] = new MatchBudget[patterns[t].length];
            for (int k = 0; k < patterns[t].length; k++) {
                out[t][k] = MatchBudget.forText(chars);
            }
        }
        return out;
    }

    /** All raw matches of one sentence; records context evidence in {@code ctx}. */
    private List<Candidate> candidates(String sentence, BitSet ctx, MatchBudget[][] budgets) {
        SentenceTokens tok = SentenceTokens.of(sentence);
        List<Candidate> out = new ArrayList<>();
        TokenTrie.Hit<int[]> hit = (from, to, codes) -> {
            for (int p : codes) {
                int type = p & 7;
                int target = p >>> 3;
                if (type == CONTEXT) {
                    ctx.set(target);
                } else {
                    out.add(new Candidate(target, tok.start(from), tok.end(to - 1), type));
                }
            }
        };
        for (int i = 0; i < tok.size(); i++) {
            phrases.forEachAt(tok, i, hit);
        }
        for (int t = 0; t < patterns.length; t++) {
            for (int k = 0; k < patterns[t].length; k++) {
                Matcher m = patterns[t][k].matcher(budgets[t][k].view(sentence));
                try {
                    while (m.find()) {
                        if (m.end() > m.start()) {
                            out.add(new Candidate(t, m.start(), m.end(), ALIAS));
                        }
                    }
                } catch (MatchBudget.Exhausted e) {
                    throw new PatternBudgetException(targets.get(t).id(), patterns[t][k].pattern());
                }
            }
        }
        // Unambiguous mentions are context for the entry's own ambiguous aliases.
        for (Candidate c : out) {
            if (c.type == ALIAS && !vetoed(c, out)) {
                ctx.set(c.target);
            }
        }
        return out;
    }

    private List<Candidate> resolve(List<Candidate> raw, int s, BitSet[] context, BitSet article, int topic,
                                    java.time.LocalDate day) {
        if (raw.isEmpty()) {
            return List.of();
        }
        List<Candidate> live = new ArrayList<>();
        for (Candidate c : raw) {
            if (c.type == EXCLUDE || vetoed(c, raw)) {
                continue;
            }
            if (c.type == AMBIGUOUS && c.target != topic && !hasContext(c.target, s, context, article)) {
                continue;
            }
            if (c.type == SPEAKER && !targets.get(c.target).speaksOn(day)) {
                continue; // a role out of its term ("the White House" of 2018 for the Biden administration)
            }
            live.add(c);
        }
        // Longest first, then leftmost, then catalog order: greedy selection implements the rules.
        live.sort(Comparator.comparingInt(Candidate::length).reversed()
                .thenComparingInt(Candidate::start)
                .thenComparingInt(Candidate::target)
                .thenComparingInt(Candidate::type));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : live) {
            boolean ok = true;
            for (Candidate k : kept) {
                boolean overlap = c.start < k.end && k.start < c.end;
                if ((k.target == c.target && overlap) || (k.start == c.start && k.end == c.end)) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(Candidate::start).thenComparingInt(Candidate::end));
        return kept;
    }

    private boolean hasContext(int target, int s, BitSet[] context, BitSet article) {
        if (contextFromArticle[target]) {
            return article.get(target);
        }
        if (context[s].get(target)) {
            return true;
        }
        return targets.get(target).window() == ContextWindow.PREVIOUS && s > 0 && context[s - 1].get(target);
    }

    private static boolean vetoed(Candidate c, List<Candidate> all) {
        if (c.type == EXCLUDE) {
            return false;
        }
        for (Candidate e : all) {
            if (e.type == EXCLUDE && e.target == c.target && e.start < c.end && c.start < e.end) {
                return true;
            }
        }
        return false;
    }

    private static void addWithPlural(TokenTrie.Builder<int[]> trie, String phrase, int target, int type) {
        String[] tokens = SentenceTokens.normalize(phrase);
        if (tokens.length == 0) {
            return; // a phrase of punctuation alone ("!!!") names nothing; TargetCatalog refuses such entries
        }
        add(trie, tokens, target, type);
        String last = tokens[tokens.length - 1];
        String plural = plural(last);
        if (plural != null) {
            String[] p = Arrays.copyOf(tokens, tokens.length);
            p[p.length - 1] = plural;
            add(trie, p, target, type);
        }
    }

    /** Simple English plural of a lower-case word; null for numbers, symbols and words already plural-looking. */
    static String plural(String w) {
        if (w.length() < 2 || !Character.isLetter(w.charAt(w.length() - 1)) || w.endsWith("s")) {
            return null;
        }
        if (w.endsWith("x") || w.endsWith("ch") || w.endsWith("sh") || w.endsWith("z")) {
            return w + "es";
        }
        if (w.endsWith("y") && w.length() > 2 && "aeiou".indexOf(w.charAt(w.length() - 2)) < 0) {
            return w.substring(0, w.length() - 1) + "ies";
        }
        return w + "s";
    }

    private static void add(TokenTrie.Builder<int[]> trie, String[] tokens, int target, int type) {
        if (tokens.length > 0) {
            trie.add(tokens, new int[] {target << 3 | type});
        }
    }

    private static int[] union(int[] codes, int[] more) {
        int[] out = codes;
        for (int code : more) {
            boolean known = false;
            for (int c : out) {
                known |= c == code;
            }
            if (!known) {
                out = Arrays.copyOf(out, out.length + 1);
                out[out.length - 1] = code;
            }
        }
        return out;
    }
}
