package org.slant.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.spark.sql.Row;
import org.slant.analysis.ArticleAnalysis;
import org.slant.analysis.ArticleAnalyzer;
import org.slant.analysis.ArticleScores;
import org.slant.analysis.SentimentLabel;
import org.slant.analysis.stance.ActorStance;
import org.slant.analysis.stance.Prediction;
import org.slant.analysis.stance.TargetResult;
import org.slant.analysis.targets.PatternBudgetException;
import org.slant.config.AnalyzeConfig;
import org.slant.config.UserFiles;
import org.slant.ingest.Article;
import org.slant.model.ArticleModels;
import org.slant.model.AuthorStance;
import org.slant.model.ModelApplier;
import org.slant.model.ModelOutputs;
import org.slant.ingest.ArticleNormalizer;
import org.slant.ingest.FieldMapping;
import org.slant.ingest.Normalized;
import org.slant.ingest.OutletNames;
import org.slant.ingest.RawRecord;
import org.slant.ingest.ReadResult;
import org.slant.ingest.Reject;
import org.slant.spark.dedup.Duplicates;
import org.slant.text.LanguageIdentifier;

/**
 * Per-partition adapter from reader output to rows of {@link Schemas#RECORD}: normalise, identify
 * the language, analyse, or keep the reason a record was refused. Built once per partition; holds the
 * lexicons, target catalog and models.
 */
final class RecordPipeline {
    private final ArticleNormalizer normalizer;
    /** Analysers by language; a language without lexicons is rejected. {@code und} is analysed as English. */
    private final Map<String, ArticleAnalyzer> analyzers;
    private final LanguageIdentifier languages = new LanguageIdentifier();
    /** The run's trained models, applied after the rules in the same pass; empty for a rules-only run. */
    private final ModelApplier models;

    RecordPipeline(AnalyzeConfig config, UserFiles files) {
        this(config, files, ArticleModels.NONE);
    }

    RecordPipeline(AnalyzeConfig config, UserFiles files, ArticleModels trained) {
        this.normalizer = new ArticleNormalizer(new FieldMapping(config.fieldOverrides()),
                new OutletNames(files.outletAliases()), config.defaultOutlet(), config.zone(), config.granularity(),
                config.from(), config.to());
        ArticleAnalyzer english = ArticleAnalyzer.standard(config.maxAnalyzedChars(), files.frames(), files.catalog());
        this.analyzers = Map.of("en", english, LanguageIdentifier.UNDETERMINED, english);
        this.models = new ModelApplier(trained, files.catalog(), files.frames());
    }

    Row process(ReadResult item) {
        if (item instanceof Reject reject) {
            return rejectRow(reject);
        }
        RawRecord record = (RawRecord) item;
        try {
            Normalized n = normalizer.normalize(record);
            if (n instanceof Normalized.Rejected r) {
                return rejectRow(r.reject());
            }
            if (n instanceof Normalized.OutOfWindow o) {
                return Schemas.RECORD.row()
                        .set("kind", Schemas.KIND_OUT_OF_WINDOW)
                        .set("source", o.source())
                        .set("location", o.location())
                        .build();
            }
            Article a = ((Normalized.Accepted) n).article();
            String language = language(a);
            ArticleAnalyzer analyzer = analyzers.get(language);
            if (analyzer == null) {
                return rejectRow(Reject.of(a.source(), a.location(), "unsupported language: " + language, a.text()));
            }
            Optional<ArticleAnalysis> analysis = analyzer.analyze(a.title(), a.text(), a.section(), a.url(), a.author(), a.date());
            if (analysis.isEmpty()) {
                return rejectRow(Reject.of(a.source(), a.location(), "no sentences in text", a.text()));
            }
            ModelOutputs byModels = models.isEmpty() ? null : models.apply(analysis.get(), a.section(), a.title());
            return articleRow(a, language, analysis.get(), byModels);
        } catch (PatternBudgetException e) {
            return rejectRow(Reject.of(record.source(), record.location(), e.getMessage(),
                    String.valueOf(record.fields().values().stream().findFirst().orElse(""))));
        } catch (RuntimeException e) {
            // One pathological record must not stop a nightly run; keep it, with the cause, for inspection.
            return rejectRow(Reject.of(record.source(), record.location(),
                    "internal error: " + e.getClass().getSimpleName() + ": " + e.getMessage(),
                    String.valueOf(record.fields().values().stream().findFirst().orElse(""))));
        }
    }

    static Row rejectRow(Reject r) {
        return Schemas.RECORD.row()
                .set("kind", Schemas.KIND_REJECT)
                .set("source", r.source())
                .set("location", r.location())
                .set("reason", r.reason())
                .set("excerpt", r.excerpt())
                .build();
    }

    /**
     * The detected language; when the text is too short or ambiguous, the one the record declares, else
     * {@code und}, which is analysed as English.
     */
    private String language(Article a) {
        LanguageIdentifier.Detected d = languages.detect(a.title() == null ? a.text() : a.title() + "\n" + a.text());
        if (!d.language().equals(LanguageIdentifier.UNDETERMINED) || a.language() == null) {
            return d.language();
        }
        String declared = a.language().strip().toLowerCase(Locale.ROOT);
        int cut = declared.indexOf('-') > 0 ? declared.indexOf('-') : declared.indexOf('_');
        return cut > 0 ? declared.substring(0, cut) : declared;
    }

    /**
     * The article's row; where a model ran ({@code byModels} not null and its field set), its value
     * replaces the rules' one, which moves to the {@code *_rule} column.
     */
    private static Row articleRow(Article a, String language, ArticleAnalysis analysis, ModelOutputs byModels) {
        ArticleScores s = analysis.scores();
        List<Row> targets = new ArrayList<>();
        for (TargetResult t : analysis.targets().targets()) {
            ModelOutputs.TargetOutput m = byModels == null ? null : byModels.targets().get(t.target());
            boolean stanceModel = m != null && m.stance() != null;
            boolean sentimentModel = m != null && m.targetSentiment() != null;
            AuthorStance author = m == null ? null : m.author();
            Map<String, Double> frames = byModels != null && byModels.targetFrames() != null
                    ? byModels.targetFrames().getOrDefault(t.target(), Map.of())
                    : analysis.targetFrames().getOrDefault(t.target(), Map.of());
            targets.add(Schemas.TARGET.row()
                    .set("target", t.target())
                    .set("mentions", t.mentions())
                    .set("target_sentiment", sentimentModel ? m.targetSentiment() : t.targetSentiment())
                    .set("stance", stanceModel ? m.stance() : t.stance())
                    .set("stance_label", stanceModel ? m.stanceLabel() : t.stanceLabel().name())
                    .set("stance_rule", stanceModel ? t.stance() : null)
                    .set("stance_label_rule", stanceModel ? t.stanceLabel().name() : null)
                    .set("target_sentiment_rule", sentimentModel ? t.targetSentiment() : null)
                    .set("author_stance", author != null ? author.stance() : t.authorStance())
                    .set("author_stance_label", author != null ? author.label() : t.authorLabel().name())
                    .set("author_statements", author != null ? author.statements() : t.authorStatements())
                    .set("author_stance_rule", author != null ? t.authorStance() : null)
                    .set("author_stance_label_rule", author != null ? t.authorLabel().name() : null)
                    .set("quoted_stance", t.quotedStance())
                    .set("quoted_favor", t.quotedFavor())
                    .set("quoted_against", t.quotedAgainst())
                    .set("frames", frameRows(frames))
                    .build());
        }
        List<Row> actors = new ArrayList<>();
        List<ActorStance> statements = analysis.targets().actorStances();
        List<Prediction> modelStatements = byModels == null ? null : byModels.actorStances();
        for (int i = 0; i < statements.size(); i++) {
            ActorStance st = statements.get(i);
            Prediction m = modelStatements == null ? null : modelStatements.get(i);
            actors.add(Schemas.ACTOR_STANCE.row()
                    .set("actor", st.actor())
                    .set("speaker", st.speaker())
                    .set("target", st.target())
                    .set("stance_label", m != null ? m.label() : st.label().name())
                    .set("stance", m != null ? m.score() : st.score())
                    .set("stance_rule", m != null ? st.score() : null)
                    .set("stance_label_rule", m != null ? st.label().name() : null)
                    .set("evidence", st.evidence())
                    .set("sentence_index", st.sentence())
                    .build());
        }
        Double modelSentiment = byModels == null ? null : byModels.sentiment();
        String modelFrame = byModels == null ? null : byModels.primaryFrame();
        return Schemas.RECORD.row()
                .set("kind", Schemas.KIND_ARTICLE)
                .set("source", a.source())
                .set("location", a.location())
                .set("article_id", a.articleId())
                .set("outlet", a.outlet())
                .set("outlet_raw", a.outletRaw())
                .set("date", a.date())
                .set("published_at", a.publishedAt())
                .set("title", a.title())
                .set("url", a.url())
                .set("author", a.author())
                .set("section", a.section())
                .set("language", language)
                .set("genre", analysis.targets().genre().id())
                .set("n_sentences", s.nSentences())
                .set("n_tokens", s.nTokens())
                .set("sentiment", modelSentiment != null ? modelSentiment : s.sentiment())
                .set("sentiment_pos", s.pos())
                .set("sentiment_neg", s.neg())
                .set("sentiment_neu", s.neu())
                .set("sentiment_label", modelSentiment != null ? SentimentLabel.of(modelSentiment) : s.label())
                .set("sentiment_rule", modelSentiment != null ? s.sentiment() : null)
                .set("sentiment_label_rule", modelSentiment != null ? s.label() : null)
                .set("title_sentiment", Double.isNaN(s.titleSentiment()) ? null : s.titleSentiment())
                .set("truncated", s.truncated())
                .set("dedup_sketch", Duplicates.sketch(a.text()))
                .set("primary_frame", modelFrame != null ? modelFrame : analysis.frames().primaryFrame().id())
                .set("primary_frame_rule", modelFrame != null ? analysis.frames().primaryFrame().id() : null)
                .set("frames", frameRows(modelFrame != null ? byModels.frames() : analysis.frames().nonZeroScores()))
                .set("targets", targets.toArray(Row[]::new))
                .set("actor_stances", actors.toArray(Row[]::new))
                .build();
    }

    private static Row[] frameRows(Map<String, Double> scores) {
        List<Row> rows = new ArrayList<>(scores.size());
        scores.forEach((frame, score) -> rows.add(Schemas.FRAME_SCORE.row().set("frame", frame).set("score", score).build()));
        return rows.toArray(Row[]::new);
    }

}
