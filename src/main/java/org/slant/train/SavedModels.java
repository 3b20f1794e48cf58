package org.slant.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.linalg.Matrix;
import org.apache.spark.sql.SparkSession;
import org.slant.config.Version;
import org.slant.failure.UsageException;
import org.slant.model.LinearModel;
import org.slant.model.ModelCard;

/**
 * Saves a trained pipeline with its card, and loads one back as a {@link LinearModel}. A model folder is
 * written under a temporary name beside {@code DIR} and renamed into place, so a killed {@code train}
 * never leaves half a model where a later run would find it.
 */
public final class SavedModels {
    private SavedModels() {
    }

    /** One training file and its SHA-256, for the card. */
    public record DataFile(String path, String sha256, int rows) {
    }

    /** Writes {@code dir/pipeline} and {@code dir/model.json}; {@code dir} must not exist or be empty. */
    public static void save(Trainer.Result result, Path dir, List<DataFile> data, String sparkVersion) throws IOException {
        save(result, dir, data, sparkVersion, Map.of());
    }

    /** As {@link #save(Trainer.Result, Path, List, String)}, with {@code unit} and more entries added to the card. */
    public static void save(Trainer.Result result, Path dir, List<DataFile> data, String sparkVersion,
                            Map<String, Object> extra) throws IOException {
        Path tmp = dir.resolveSibling(dir.getFileName() + ".tmp-" + System.nanoTime());
        try {
            result.model().write().save(tmp.resolve(ModelCard.PIPELINE).toUri().toString());
            Map<String, Object> card = new LinkedHashMap<>();
            card.put("format", ModelCard.FORMAT);
            card.put("task", result.spec().task());
            card.put("classes", result.classes());
            card.put("created", Instant.now().toString());
            card.put("slant_version", Version.current());
            card.put("spark_version", sparkVersion);
            card.putAll(extra);
            List<Map<String, Object>> files = new ArrayList<>();
            for (DataFile f : data) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("path", f.path());
                m.put("sha256", f.sha256());
                m.put("rows", f.rows());
                files.add(m);
            }
            card.put("data", files);
            card.put("label_counts", result.labelCounts());
            card.put("features", result.spec().describe());
            Map<String, Object> hyper = new LinkedHashMap<>();
            hyper.put("model", "multinomial logistic regression (Spark MLlib), L2");
            hyper.put("reg_param", result.regParam());
            hyper.put("max_iter", ((LogisticRegressionModel) result.model().stages()[1]).getMaxIter());
            hyper.put("class_weights", "n / (classes * count)");
            hyper.put("target_mode", result.spec().targetMode().id());
            card.put("hyperparameters", hyper);
            Map<String, Object> cv = new LinkedHashMap<>();
            Map<String, Object> report = result.report();
            for (String key : List.of("folds", "seed", "selected_by", "chosen", "grid")) {
                cv.put(key, report.get(key));
            }
            Map<?, ?> figures = (Map<?, ?>) report.get("cv");
            cv.put("mean", figures.get("mean"));
            cv.put("pooled", figures.get("pooled"));
            if (figures.containsKey("per_target")) {
                cv.put("per_target", figures.get("per_target"));
                cv.put("targets_mean_f_avg", figures.get("targets_mean_f_avg"));
            }
            cv.put("rules_same_folds", ((Map<?, ?>) report.get("rules_same_folds")).get("mean"));
            card.put("cross_validation", cv);
            card.put("pipeline_sha256", ModelCard.sha256(tmp.resolve(ModelCard.PIPELINE)));
            Files.writeString(tmp.resolve(ModelCard.CARD), Json.write(card));
            if (Files.isDirectory(dir)) {
                Files.delete(dir);
            }
            Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            deleteTree(tmp);
        }
    }

    /**
     * The model a checked card describes, read with Spark and lifted into plain Java.
     *
     * @throws UsageException naming the folder when the pipeline cannot be read or does not match the card
     */
    public static LinearModel load(SparkSession spark, ModelCard card, String flag) {
        String where = flag + " " + card.dir();
        PipelineModel pipeline;
        try {
            pipeline = PipelineModel.load(card.dir().resolve(ModelCard.PIPELINE).toAbsolutePath().toUri().toString());
        } catch (Exception e) {
            // Spark's read errors (SparkException) are checked in Java's sense but undeclared.
            throw new UsageException(where + ": the saved pipeline cannot be loaded (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + "); train again", e);
        }
        Transformer[] stages = pipeline.stages();
        if (stages.length != 2 || !(stages[0] instanceof SlantFeatures features)
                || !(stages[1] instanceof LogisticRegressionModel lr)) {
            throw new UsageException(where + ": the pipeline is not slant's (features, then logistic regression)");
        }
        if (!features.spec().equals(card.spec()) || lr.numClasses() != card.classes().size()) {
            throw new UsageException(where + ": the pipeline does not match " + ModelCard.CARD + " (features or classes)");
        }
        return linear(card, lr);
    }

    static LinearModel linear(ModelCard card, LogisticRegressionModel lr) {
        Matrix m = lr.coefficientMatrix();
        int k = m.numRows();
        int d = m.numCols();
        double[][] weights = new double[k][d];
        m.foreachActive((i, j, v) -> {
            weights[(Integer) i][(Integer) j] = (Double) v;
            return scala.runtime.BoxedUnit.UNIT;
        });
        return new LinearModel(card.task(), card.spec(), card.classes(), weights, lr.interceptVector().toArray());
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
