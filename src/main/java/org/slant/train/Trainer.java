package org.slant.train;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.attribute.NominalAttribute;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.slant.evaluate.FrameEvaluation;
import org.slant.evaluate.LabeledItem;
import org.slant.model.Example;
import org.slant.model.FeatureSpec;
import org.slant.model.ModelTask;

/**
 * Trains one task's model: stratified k-fold cross-validation over a small grid (L2 strength, and for
 * stance data with several targets whether the target is a shared indicator or also conjoined with the
 * n-grams), the best point by the task's figure ({@link ModelTask#selectionMetric}), then one fit on all
 * rows. The features of each grid point are computed once and cached; every fold reuses them. Classes
 * are weighted by {@code n / (classes × count)} so a rare class counts as much as a common one. The
 * rules are scored on the same folds. Fold predictions are collected to the driver: labelled data is
 * small by nature.
 */
public final class Trainer {
    /**
     * @param folds      k of k-fold cross-validation
     * @param seed       the folds' shuffle
     * @param hashBits   n-gram hashing slots, {@code 2^hashBits}
     * @param maxIter    logistic regression iterations
     * @param regParams  the L2 strengths tried
     */
    public record Settings(ModelTask task, int folds, long seed, int hashBits, int maxIter, List<Double> regParams,
                           int wordNgrams, int charNgrams) {
        public static Settings defaults(ModelTask task, int folds, long seed) {
            return new Settings(task, folds, seed, FeatureSpec.DEFAULT_HASH_BITS, 200, List.of(3e-5, 1e-4), 2, 5);
        }

        public Settings withCharNgrams(int n) {
            return new Settings(task, folds, seed, hashBits, maxIter, regParams, wordNgrams, n);
        }

        public Settings withRegParams(List<Double> regs) {
            return new Settings(task, folds, seed, hashBits, maxIter, List.copyOf(regs), wordNgrams, charNgrams);
        }

        public Settings withMaxIter(int n) {
            return new Settings(task, folds, seed, hashBits, n, regParams, wordNgrams, charNgrams);
        }

        public Settings withHashBits(int bits) {
            return new Settings(task, folds, seed, bits, maxIter, regParams, wordNgrams, charNgrams);
        }
    }

    /** The fitted pipeline, what was chosen, and the report {@code train} prints. */
    public record Result(PipelineModel model, FeatureSpec spec, double regParam, List<String> classes,
                         Map<String, Long> labelCounts, Map<String, Object> report) {
    }

    private record Item(Example example, String gold, Set<String> accepts) {
    }

    private final SparkSession spark;
    private final Settings settings;

    public Trainer(SparkSession spark, Settings settings) {
        this.spark = spark;
        this.settings = settings;
    }

    /**
     * @throws IllegalArgumentException when fewer than two classes or fewer rows than folds remain
     */
    public Result train(List<LabeledItem> rows, List<String> skipped) {
        long started = System.nanoTime();
        ModelTask task = settings.task();
        List<String> unusable = new ArrayList<>(skipped);
        List<Item> items = items(rows, unusable);
        Map<String, Long> counts = new TreeMap<>();
        items.forEach(i -> counts.merge(i.gold(), 1L, Long::sum));
        List<String> classes = task.labels().stream().filter(counts::containsKey).toList();
        if (classes.size() < 2) {
            throw new IllegalArgumentException("the data has " + classes.size() + " usable class(es) " + classes
                    + "; a model needs at least two");
        }
        if (items.size() < settings.folds() * 2) {
            throw new IllegalArgumentException(items.size() + " usable rows are too few for " + settings.folds() + " folds");
        }
        int[] fold = Folds.assign(items.stream().map(Item::gold).toList(), settings.folds(), settings.seed());
        Dataset<Row> data = frame(items, classes, counts, fold);

        Function<Example, String> rules = RuleBaseline.of(task);
        List<String> rulePredictions = items.stream().map(i -> rules.apply(i.example())).toList();

        Set<String> targets = new LinkedHashSet<>();
        items.forEach(i -> targets.add(i.example().target()));
        List<FeatureSpec.TargetMode> modes = task == ModelTask.STANCE && targets.size() > 1
                ? List.of(FeatureSpec.TargetMode.SHARED, FeatureSpec.TargetMode.CROSSED)
                : List.of(task == ModelTask.STANCE ? FeatureSpec.TargetMode.SHARED : FeatureSpec.TargetMode.NONE);

        String metric = task.selectionMetric();
        List<Map<String, Object>> grid = new ArrayList<>();
        double bestValue = Double.NEGATIVE_INFINITY;
        FeatureSpec bestSpec = null;
        double bestReg = 0;
        int[] bestPredicted = null;
        Dataset<Row> bestFeatures = null;
        long featureNanos = 0;
        long cvNanos = 0;
        for (FeatureSpec.TargetMode mode : modes) {
            FeatureSpec spec = new FeatureSpec(task.id(), settings.hashBits(), settings.wordNgrams(), settings.charNgrams(),
                    mode, true);
            long t0 = System.nanoTime();
            Dataset<Row> features = SlantFeatures.of(spec).transform(data)
                    .select("index", "label", "weight", "fold", SlantFeatures.FEATURES)
                    .persist(StorageLevel.MEMORY_AND_DISK());
            features.count();
            featureNanos += System.nanoTime() - t0;
            boolean keep = false;
            for (double reg : settings.regParams()) {
                long t1 = System.nanoTime();
                int[] predicted = crossValidate(features, reg);
                cvNanos += System.nanoTime() - t1;
                List<Scores> perFold = perFold(items, fold, names(predicted, classes));
                double value = perFold.stream().mapToDouble(s -> s.get(metric)).average().orElse(Double.NaN);
                Map<String, Object> point = new LinkedHashMap<>();
                point.put("target_mode", mode.id());
                point.put("reg_param", reg);
                point.put("mean_" + metric, value);
                grid.add(point);
                if (value > bestValue) {
                    bestValue = value;
                    bestSpec = spec;
                    bestReg = reg;
                    bestPredicted = predicted;
                    keep = true;
                }
            }
            if (keep) {
                if (bestFeatures != null) {
                    bestFeatures.unpersist();
                }
                bestFeatures = features;
            } else {
                features.unpersist();
            }
        }
        long t2 = System.nanoTime();
        LogisticRegressionModel lr = regression(bestReg).fit(bestFeatures);
        PipelineModel model = new PipelineModel(org.apache.spark.ml.util.Identifiable$.MODULE$.randomUID("slantPipeline"),
                new Transformer[] {SlantFeatures.of(bestSpec), lr});
        long fitNanos = System.nanoTime() - t2;
        bestFeatures.unpersist();

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("task", task.id());
        report.put("n", items.size());
        report.put("skipped", unusable.size());
        report.put("label_counts", counts);
        report.put("folds", settings.folds());
        report.put("seed", settings.seed());
        report.put("selected_by", "mean " + metric + " over the folds");
        Map<String, Object> chosen = new LinkedHashMap<>();
        chosen.put("target_mode", bestSpec.targetMode().id());
        chosen.put("reg_param", bestReg);
        report.put("chosen", chosen);
        report.put("grid", grid);
        report.put("cv", figures(items, classes, fold, names(bestPredicted, classes)));
        report.put("rules_same_folds", figures(items, classes, fold, rulePredictions));
        Map<String, Object> seconds = new LinkedHashMap<>();
        seconds.put("features", round(featureNanos));
        seconds.put("cross_validation", round(cvNanos));
        seconds.put("final_fit", round(fitNanos));
        seconds.put("total", round(System.nanoTime() - started));
        report.put("seconds", seconds);
        if (!unusable.isEmpty()) {
            report.put("skipped_examples", unusable.subList(0, Math.min(10, unusable.size())));
        }
        return new Result(model, bestSpec, bestReg, classes, counts, report);
    }

    private List<Item> items(List<LabeledItem> rows, List<String> unusable) {
        ModelTask task = settings.task();
        List<Item> items = new ArrayList<>(rows.size());
        for (LabeledItem row : rows) {
            String gold = task.gold(row);
            if (gold == null) {
                unusable.add(row.location() + ": label '" + row.label() + "' is not one of " + task.labels());
                continue;
            }
            Example e;
            try {
                e = task.example(row);
            } catch (IllegalArgumentException ex) {
                unusable.add(row.location() + ": " + ex.getMessage());
                continue;
            }
            Set<String> accepts = new LinkedHashSet<>(List.of(gold));
            String extra = row.extra().get(FrameEvaluation.ACCEPTS_COLUMN);
            if (task == ModelTask.FRAME && extra != null) {
                for (String a : extra.split("\\|")) {
                    if (task.labels().contains(a.strip())) {
                        accepts.add(a.strip());
                    }
                }
            }
            items.add(new Item(e, gold, accepts));
        }
        return items;
    }

    private Dataset<Row> frame(List<Item> items, List<String> classes, Map<String, Long> counts, int[] fold) {
        StructType schema = SlantFeatures.inputSchema()
                .add("index", DataTypes.IntegerType, false)
                .add("label", DataTypes.DoubleType, false)
                .add("weight", DataTypes.DoubleType, false)
                .add("fold", DataTypes.IntegerType, false);
        List<Row> rows = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            Example e = it.example();
            double weight = (double) items.size() / (classes.size() * counts.get(it.gold()));
            rows.add(RowFactory.create(e.text(), e.target(), e.from(), e.to(), i, (double) classes.indexOf(it.gold()),
                    weight, fold[i]));
        }
        org.apache.spark.sql.types.Metadata labels = NominalAttribute.defaultAttr().withName("label")
                .withNumValues(classes.size()).toMetadata();
        int partitions = Math.max(2, spark.sparkContext().defaultParallelism());
        return spark.createDataFrame(rows, schema).repartition(partitions)
                .withColumn("label", col("label").as("label", labels));
    }

    private LogisticRegression regression(double reg) {
        return new LogisticRegression().setFamily("multinomial").setMaxIter(settings.maxIter()).setRegParam(reg)
                .setElasticNetParam(0).setStandardization(false).setWeightCol("weight")
                // One block per partition: each block costs a dense pass over the weight matrix per iteration.
                .setMaxBlockSizeInMB(64)
                .setFeaturesCol(SlantFeatures.FEATURES).setLabelCol("label");
    }

    /** Out-of-fold predicted class index per row. */
    private int[] crossValidate(Dataset<Row> features, double reg) {
        int[] predicted = new int[(int) features.count()];
        for (int k = 0; k < settings.folds(); k++) {
            LogisticRegressionModel m = regression(reg).fit(features.filter(col("fold").notEqual(k)));
            for (Row r : m.transform(features.filter(col("fold").equalTo(k))).select("index", "prediction").collectAsList()) {
                predicted[r.getInt(0)] = (int) r.getDouble(1);
            }
        }
        return predicted;
    }

    private static List<String> names(int[] predicted, List<String> classes) {
        List<String> out = new ArrayList<>(predicted.length);
        for (int p : predicted) {
            out.add(classes.get(p));
        }
        return out;
    }

    private List<Scores> perFold(List<Item> items, int[] fold, List<String> predicted) {
        List<Scores> out = new ArrayList<>();
        for (int k = 0; k < settings.folds(); k++) {
            out.add(new Scores(settings.task()));
        }
        for (int i = 0; i < items.size(); i++) {
            out.get(fold[i]).add(items.get(i).gold(), items.get(i).accepts(), predicted.get(i));
        }
        return out;
    }

    /** Per-fold figures in {@code evaluate}'s shape, their mean, the pooled figures, and per target. */
    private Map<String, Object> figures(List<Item> items, List<String> classes, int[] fold, List<String> predicted) {
        List<Scores> perFold = perFold(items, fold, predicted);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("mean", Scores.mean(perFold));
        List<Map<String, Object>> folds = new ArrayList<>();
        for (int k = 0; k < perFold.size(); k++) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("fold", k);
            f.putAll(perFold.get(k).full());
            folds.add(f);
        }
        Scores pooled = new Scores(settings.task());
        Map<String, Scores> byTarget = new TreeMap<>();
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            pooled.add(it.gold(), it.accepts(), predicted.get(i));
            if (settings.task() == ModelTask.STANCE) {
                byTarget.computeIfAbsent(it.example().target(), t -> new Scores(settings.task()))
                        .add(it.gold(), it.accepts(), predicted.get(i));
            }
        }
        out.put("pooled", pooled.summary());
        if (byTarget.size() > 1) {
            Map<String, Object> targets = new LinkedHashMap<>();
            byTarget.forEach((t, s) -> targets.put(t, s.summary()));
            out.put("per_target", targets);
            out.put("targets_mean_f_avg", byTarget.values().stream().mapToDouble(Scores::fAvg).average().orElse(Double.NaN));
        }
        out.put("per_fold", folds);
        return out;
    }

    private static double round(long nanos) {
        return Math.round(nanos / 1e8) / 10.0;
    }
}
