package org.slant.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.inline;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.slant.spark.aggregate.Aggregates;
import org.slant.spark.schema.TableSchema;

/**
 * Derives every output table from the analysed articles (with {@code duplicate_of} marked). Per-article
 * tables keep every article; aggregates count each story once unless duplicates are kept. Each table
 * is shaped by its definition in {@link Schemas}.
 */
final class Tables {
    private Tables() {
    }

    /** Table → rows (in stored column order), in the order they are written and committed. */
    static Map<TableSchema, Dataset<Row>> derive(Dataset<Row> full, boolean keepDuplicates) {
        Dataset<Row> targets = flatten(full, "targets");
        Dataset<Row> actors = flatten(full, "actor_stances");
        Dataset<Row> frames = flatten(full, "frames");

        Map<TableSchema, Dataset<Row>> out = new LinkedHashMap<>();
        out.put(Schemas.ARTICLES, Schemas.ARTICLES.conform(full));
        out.put(Schemas.ARTICLE_TARGETS, Schemas.ARTICLE_TARGETS.conform(targets));
        out.put(Schemas.ACTOR_STANCES, Schemas.ACTOR_STANCES.conform(actors));
        out.put(Schemas.ARTICLE_FRAMES, Schemas.ARTICLE_FRAMES.conform(frames));

        Dataset<Row> counted = keepDuplicates ? full : full.filter(col("duplicate_of").isNull());
        out.put(Schemas.BY_OUTLET_DATE, Schemas.BY_OUTLET_DATE.conform(Aggregates.byOutletDate(counted)));
        out.put(Schemas.BY_OUTLET_DATE_TARGET,
                Schemas.BY_OUTLET_DATE_TARGET.conform(Aggregates.byOutletDateTarget(counted(targets, keepDuplicates))));
        out.put(Schemas.BY_OUTLET_DATE_FRAME,
                Schemas.BY_OUTLET_DATE_FRAME.conform(Aggregates.byOutletDateFrame(counted, counted(frames, keepDuplicates))));
        out.put(Schemas.BY_OUTLET_DATE_TARGET_FRAME,
                Schemas.BY_OUTLET_DATE_TARGET_FRAME.conform(Aggregates.byOutletDateTargetFrame(counted(targets, keepDuplicates))));
        out.put(Schemas.BY_OUTLET_DATE_ACTOR,
                Schemas.BY_OUTLET_DATE_ACTOR.conform(Aggregates.byOutletDateActor(counted(actors, keepDuplicates))));
        return out;
    }

    /**
     * One row per element of the nested array {@code nested}, its struct's fields as top-level columns
     * beside the article's id, outlet, date and duplicate mark; articles with an empty array give none.
     */
    static Dataset<Row> flatten(Dataset<Row> full, String nested) {
        return full.select(col("article_id"), col("outlet"), col("date"), col("duplicate_of"), inline(col(nested)));
    }

    private static Dataset<Row> counted(Dataset<Row> rows, boolean keepDuplicates) {
        return keepDuplicates ? rows : rows.filter(col("duplicate_of").isNull());
    }
}
