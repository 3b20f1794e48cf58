package org.slant.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.slant.aggregate.Aggregates;

/**
 * Derives every output table from the analysed articles (with {@code duplicate_of} marked). Per-article
 * tables keep every article; aggregates count each story once unless duplicates are kept.
 */
final class Tables {
    private Tables() {
    }

    /** Table name → rows, in the order they are written and committed. */
    static Map<String, Dataset<Row>> derive(Dataset<Row> full, boolean keepDuplicates) {
        Map<String, Dataset<Row>> out = new LinkedHashMap<>();
        out.put(Schemas.ARTICLES, full.select(columns(Schemas.ARTICLE_COLUMNS.toArray(String[]::new))));
        Dataset<Row> targets = full.select(col("article_id"), col("outlet"), col("date"), col("duplicate_of"),
                explode(col("targets")).as("t"));
        out.put(Schemas.ARTICLE_TARGETS, targets.select(col("article_id"), col("outlet"), col("t.target").as("target"),
                col("t.mentions").as("mentions"), col("t.target_sentiment").as("target_sentiment"),
                col("t.stance").as("stance"), col("t.stance_label").as("stance_label"), col("date")));
        Dataset<Row> actors = full.select(col("article_id"), col("outlet"), col("date"), col("duplicate_of"),
                explode(col("actor_stances")).as("a"));
        out.put(Schemas.ACTOR_STANCES, actors.select(col("article_id"), col("outlet"), col("a.actor").as("actor"),
                col("a.target").as("target"), col("a.stance_label").as("stance_label"), col("a.stance").as("stance"),
                col("a.evidence").as("evidence"), col("a.sentence").as("sentence"), col("date")));
        Dataset<Row> frames = full.select(col("article_id"), col("outlet"), col("date"), col("duplicate_of"),
                explode(col("frames")).as("f"));
        out.put(Schemas.ARTICLE_FRAMES, frames.select(col("article_id"), col("outlet"), col("f.frame").as("frame"),
                col("f.score").as("score"), col("date")));

        Dataset<Row> counted = keepDuplicates ? full : full.filter(col("duplicate_of").isNull());
        out.put(Schemas.BY_OUTLET_DATE, Aggregates.byOutletDate(counted));
        out.put(Schemas.BY_OUTLET_DATE_TARGET, Aggregates.byOutletDateTarget(counted(targets, keepDuplicates)));
        out.put(Schemas.BY_OUTLET_DATE_FRAME, Aggregates.byOutletDateFrame(counted, counted(frames, keepDuplicates)));
        out.put(Schemas.BY_OUTLET_DATE_TARGET_FRAME, Aggregates.byOutletDateTargetFrame(counted(targets, keepDuplicates)));
        out.put(Schemas.BY_OUTLET_DATE_ACTOR, Aggregates.byOutletDateActor(counted(actors, keepDuplicates)));
        return out;
    }

    private static Dataset<Row> counted(Dataset<Row> rows, boolean keepDuplicates) {
        return keepDuplicates ? rows : rows.filter(col("duplicate_of").isNull());
    }

    static Column[] columns(String... names) {
        Column[] out = new Column[names.length];
        for (int i = 0; i < names.length; i++) {
            out[i] = col(names[i]);
        }
        return out;
    }
}
