package org.slant.spark;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.slant.ingest.RawRecord;

/**
 * Runs Parquet rows (all columns already cast to text, plus their file in {@code _source}) through the
 * same normalisation and analysis as the line readers' records.
 */
final class ParquetIngest implements MapPartitionsFunction<Row, Row> {
    static final String SOURCE_COLUMN = "_slant_source";
    private static final long serialVersionUID = 1L;
    private final PipelineSettings settings;

    ParquetIngest(PipelineSettings settings) {
        this.settings = settings;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        RecordPipeline pipeline = new RecordPipeline(settings);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                Row row = rows.next();
                Map<String, String> fields = new HashMap<>();
                String source = "";
                StructField[] schema = row.schema().fields();
                for (int i = 0; i < schema.length; i++) {
                    String name = schema[i].name();
                    Object value = row.get(i);
                    if (name.equals(SOURCE_COLUMN)) {
                        source = String.valueOf(value);
                    } else if (value != null) {
                        fields.put(name, value.toString());
                    }
                }
                String id = fields.get("id");
                return pipeline.process(new RawRecord(source, id == null ? "row" : "row id=" + id, fields));
            }
        };
    }
}
