package org.slant.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slant.analysis.frames.FrameLexicon;
import org.slant.analysis.frames.FrameScorer;
import org.slant.analysis.sentiment.SentimentScores;
import org.slant.analysis.stance.ArticleTargetAnalyzer;
import org.slant.analysis.stance.ArticleTargets;
import org.slant.analysis.stance.TargetResult;
import org.slant.analysis.targets.TargetCatalog;
import org.slant.analysis.sentiment.VaderAnalyzer;
import org.slant.text.SentenceSplitter;
import org.slant.text.TextCleaner;
import org.slant.text.WordTokenizer;

/**
 * The article-level analysis chain, in order: clean the text, cap its length, split sentences,
 * count tokens, score each sentence with VADER and average, score policy frames over the same
 * sentences, tell opinion from news ({@link Genre}, from the metadata), find targets and actors and
 * score stance toward them and who holds it (the cleaned title as context), and frame the sentences
 * that mention each target. Thread-safe; build one per partition (or share one) and never per record.
 */
public final class ArticleAnalyzer {
    private final TextCleaner cleaner;
    private final SentenceSplitter splitter;
    private final WordTokenizer tokenizer;
    private final VaderAnalyzer vader;
    private final FrameScorer frames;
    private final ArticleTargetAnalyzer targets;
    private final int maxChars;

    public ArticleAnalyzer(TextCleaner cleaner, SentenceSplitter splitter, WordTokenizer tokenizer, VaderAnalyzer vader,
                           FrameScorer frames, ArticleTargetAnalyzer targets, int maxChars) {
        this.cleaner = cleaner;
        this.splitter = splitter;
        this.tokenizer = tokenizer;
        this.vader = vader;
        this.frames = frames;
        this.targets = targets;
        this.maxChars = maxChars;
    }

    /** The standard chain with the built-in frame lexicon and target catalog. */
    public static ArticleAnalyzer standard(int maxChars) {
        return standard(maxChars, FrameLexicon.builtIn(), TargetCatalog.builtIn());
    }

    public static ArticleAnalyzer standard(int maxChars, FrameLexicon frameLexicon, TargetCatalog catalog) {
        VaderAnalyzer vader = VaderAnalyzer.fromClasspath();
        return new ArticleAnalyzer(new TextCleaner(), new SentenceSplitter(), new WordTokenizer(), vader,
                new FrameScorer(frameLexicon), new ArticleTargetAnalyzer(catalog, vader), maxChars);
    }

    /** As {@link #analyze(String, String, String, String, String)} without section, URL or byline. */
    public Optional<ArticleAnalysis> analyze(String title, String text) {
        return analyze(title, text, null, null, null);
    }

    /**
     * The article's analysis, or empty when its text holds no sentence with a word in it. The title,
     * section, URL and byline (each may be null) decide the {@link Genre} the author's voice is read
     * with; the title is also context for the target stage.
     */
    public Optional<ArticleAnalysis> analyze(String title, String text, String section, String url, String author) {
        return analyze(title, text, section, url, author, null);
    }

    /** As {@link #analyze(String, String, String, String, String)} for an article published on {@code day} (or null). */
    public Optional<ArticleAnalysis> analyze(String title, String text, String section, String url, String author,
                                             java.time.LocalDate day) {
        String clean = cleaner.clean(text);
        boolean truncated = clean.length() > maxChars;
        if (truncated) {
            clean = cutAtWhitespace(clean, maxChars);
        }
        List<String> sentences = splitter.split(clean);
        List<String> analysed = new ArrayList<>(sentences.size());
        List<SentimentScores> sentenceScores = new ArrayList<>(sentences.size());
        int n = 0;
        int tokens = 0;
        double compound = 0;
        double pos = 0;
        double neg = 0;
        double neu = 0;
        for (String sentence : sentences) {
            int count = tokenizer.count(sentence);
            if (count == 0) {
                continue;
            }
            SentimentScores s = vader.score(sentence);
            analysed.add(sentence);
            sentenceScores.add(s);
            n++;
            tokens += count;
            compound += s.compound();
            pos += s.pos();
            neg += s.neg();
            neu += s.neu();
        }
        if (n == 0) {
            return Optional.empty();
        }
        double mean = compound / n;
        String cleanTitle = title == null || title.isBlank() ? null : cleaner.clean(title);
        double titleScore = cleanTitle == null ? Double.NaN : vader.score(cleanTitle).compound();
        ArticleScores scores = new ArticleScores(n, tokens, mean, pos / n, neg / n, neu / n, SentimentLabel.of(mean),
                titleScore, truncated);
        ArticleTargets found = targets.analyze(cleanTitle, analysed, Genre.of(title, section, url, author), day);
        // Each sentence's frame cues are read once; the article's frames and each target's come from them.
        FrameScorer.SentenceCues cues = frames.cues(analysed);
        Map<String, Map<String, Double>> targetFrames = new HashMap<>();
        for (TargetResult t : found.targets()) {
            targetFrames.put(t.target(), frames.analyze(cues, t.sentenceIndexes()).nonZeroScores());
        }
        return Optional.of(new ArticleAnalysis(scores, analysed, frames.analyze(cues, null), found, targetFrames,
                sentenceScores, cues));
    }

    /** Compound score of a single text with the same cleaning, for evaluation of short labelled items. */
    public double sentenceMean(String text) {
        return analyze(null, text).map(a -> a.scores().sentiment()).orElse(0.0);
    }


    private static String cutAtWhitespace(String text, int max) {
        int cut = max;
        while (cut > max - 200 && cut > 0 && !Character.isWhitespace(text.charAt(cut))) {
            cut--;
        }
        return text.substring(0, cut > 0 ? cut : max);
    }
}
