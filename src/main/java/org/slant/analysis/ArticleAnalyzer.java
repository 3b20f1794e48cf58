package org.slant.analysis;

import java.util.List;
import java.util.Optional;

import org.slant.analysis.sentiment.SentimentScores;
import org.slant.analysis.sentiment.VaderAnalyzer;
import org.slant.text.SentenceSplitter;
import org.slant.text.TextCleaner;
import org.slant.text.WordTokenizer;

/**
 * The article-level analysis chain, in order: clean the text, cap its length, split sentences,
 * count tokens, score each sentence with VADER and average. Thread-safe; build one per partition
 * (or share one) and never per record.
 */
public final class ArticleAnalyzer {
    private final TextCleaner cleaner;
    private final SentenceSplitter splitter;
    private final WordTokenizer tokenizer;
    private final VaderAnalyzer vader;
    private final int maxChars;

    public ArticleAnalyzer(TextCleaner cleaner, SentenceSplitter splitter, WordTokenizer tokenizer, VaderAnalyzer vader,
                           int maxChars) {
        this.cleaner = cleaner;
        this.splitter = splitter;
        this.tokenizer = tokenizer;
        this.vader = vader;
        this.maxChars = maxChars;
    }

    public static ArticleAnalyzer standard(int maxChars) {
        return new ArticleAnalyzer(new TextCleaner(), new SentenceSplitter(), new WordTokenizer(),
                VaderAnalyzer.fromClasspath(), maxChars);
    }

    /** The article's scores, or empty when its text holds no sentence with a word in it. */
    public Optional<ArticleScores> analyze(String title, String text) {
        String clean = cleaner.clean(text);
        boolean truncated = clean.length() > maxChars;
        if (truncated) {
            clean = cutAtWhitespace(clean, maxChars);
        }
        List<String> sentences = splitter.split(clean);
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
        double titleScore = title == null || title.isBlank() ? Double.NaN : vader.score(cleaner.clean(title)).compound();
        return Optional.of(new ArticleScores(n, tokens, mean, pos / n, neg / n, neu / n, SentimentLabel.of(mean),
                titleScore, truncated));
    }

    /** Compound score of a single text with the same cleaning, for evaluation of short labelled items. */
    public double sentenceMean(String text) {
        return analyze(null, text).map(ArticleScores::sentiment).orElse(0.0);
    }

    private static String cutAtWhitespace(String text, int max) {
        int cut = max;
        while (cut > max - 200 && cut > 0 && !Character.isWhitespace(text.charAt(cut))) {
            cut--;
        }
        return text.substring(0, cut > 0 ? cut : max);
    }
}
