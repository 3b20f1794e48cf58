package org.slant.train;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.ml.param.BooleanParam;
import org.apache.spark.ml.param.IntParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.DefaultParamsWritable;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.slant.model.Example;
import org.slant.model.FeatureSpec;
import org.slant.model.Featurizer;
import org.slant.model.SparseFeatures;

/**
 * The ML stage that turns labelled text into slant's feature vectors: a thin adapter over
 * {@link Featurizer}, built once per partition. Expects string columns {@value #TEXT} and
 * {@value #TARGET} (may be null) and integer columns {@value #FROM}, {@value #TO} (-1 without offsets);
 * appends the vector column {@value #FEATURES}. Its params are the {@link FeatureSpec}; it saves and
 * loads with its pipeline.
 */
public final class SlantFeatures extends Transformer implements DefaultParamsWritable {
    public static final String TEXT = "text";
    public static final String TARGET = "target";
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String FEATURES = "features";

    private final String uid;
    private final Param<String> task;
    private final IntParam hashBits;
    private final IntParam wordNgrams;
    private final IntParam charNgrams;
    private final Param<String> targetMode;
    private final BooleanParam rules;

    public SlantFeatures(String uid) {
        this.uid = uid;
        this.task = new Param<>(this, "task", "the task id");
        this.hashBits = new IntParam(this, "hashBits", "n-grams are hashed into 2^hashBits slots");
        this.wordNgrams = new IntParam(this, "wordNgrams", "longest word n-gram");
        this.charNgrams = new IntParam(this, "charNgrams", "longest character n-gram (from 2), 0 for none");
        this.targetMode = new Param<>(this, "targetMode", "none, shared or crossed");
        this.rules = new BooleanParam(this, "rules", "whether slant's rule outputs are features");
    }

    public SlantFeatures() {
        this(Identifiable$.MODULE$.randomUID("slantFeatures"));
    }

    public static SlantFeatures of(FeatureSpec spec) {
        SlantFeatures f = new SlantFeatures();
        f.set(f.task, spec.task());
        f.set(f.hashBits, spec.hashBits());
        f.set(f.wordNgrams, spec.wordNgrams());
        f.set(f.charNgrams, spec.charNgrams());
        f.set(f.targetMode, spec.targetMode().id());
        f.set(f.rules, spec.rules());
        return f;
    }

    /** Read by {@code PipelineModel.load} through reflection. */
    public static MLReader<SlantFeatures> read() {
        return new DefaultParamsReader<>();
    }

    public static SlantFeatures load(String path) {
        return read().load(path);
    }

    public FeatureSpec spec() {
        return new FeatureSpec($(task), (Integer) $(hashBits), (Integer) $(wordNgrams), (Integer) $(charNgrams),
                FeatureSpec.TargetMode.of($(targetMode)), (Boolean) $(rules));
    }

    // Params are found by reflection over public no-argument methods returning a Param.
    public Param<String> task() {
        return task;
    }

    public IntParam hashBits() {
        return hashBits;
    }

    public IntParam wordNgrams() {
        return wordNgrams;
    }

    public IntParam charNgrams() {
        return charNgrams;
    }

    public Param<String> targetMode() {
        return targetMode;
    }

    public BooleanParam rules() {
        return rules;
    }

    @Override
    public String uid() {
        return uid;
    }

    @Override
    public StructType transformSchema(StructType schema) {
        List<String> names = List.of(schema.fieldNames());
        for (String c : List.of(TEXT, TARGET, FROM, TO)) {
            if (!names.contains(c)) {
                throw new IllegalArgumentException("SlantFeatures needs a column '" + c + "'; the input has " + names);
            }
        }
        if (names.contains(FEATURES)) {
            throw new IllegalArgumentException("SlantFeatures writes '" + FEATURES + "', which the input already has");
        }
        return schema.add(new StructField(FEATURES, SQLDataTypes.VectorType(), false,
                org.apache.spark.sql.types.Metadata.empty()));
    }

    @Override
    public Dataset<Row> transform(Dataset<?> dataset) {
        StructType in = dataset.schema();
        StructType out = transformSchema(in);
        return dataset.toDF().mapPartitions(new Featurize(spec(), in.fieldIndex(TEXT), in.fieldIndex(TARGET),
                in.fieldIndex(FROM), in.fieldIndex(TO)), Encoders.row(out));
    }

    @Override
    public SlantFeatures copy(ParamMap extra) {
        return defaultCopy(extra);
    }

    /** The per-partition function: captures only the spec and column positions, never the stage. */
    private record Featurize(FeatureSpec spec, int text, int target, int from, int to)
            implements MapPartitionsFunction<Row, Row> {
        @Override
        public Iterator<Row> call(Iterator<Row> rows) {
            Featurizer featurizer = Featurizer.standard(spec);
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return rows.hasNext();
                }

                @Override
                public Row next() {
                    Row r = rows.next();
                    Example e = new Example(r.getString(text), r.isNullAt(target) ? null : r.getString(target),
                            r.isNullAt(from) ? -1 : r.getInt(from), r.isNullAt(to) ? -1 : r.getInt(to));
                    SparseFeatures f = featurizer.features(e);
                    List<Object> values = new ArrayList<>(r.size() + 1);
                    for (int i = 0; i < r.size(); i++) {
                        values.add(r.get(i));
                    }
                    values.add(Vectors.sparse(f.size(), f.indices(), f.values()));
                    return RowFactory.create(values.toArray());
                }
            };
        }
    }

    static StructType inputSchema() {
        return new StructType()
                .add(TEXT, DataTypes.StringType, false)
                .add(TARGET, DataTypes.StringType, true)
                .add(FROM, DataTypes.IntegerType, false)
                .add(TO, DataTypes.IntegerType, false);
    }
}
