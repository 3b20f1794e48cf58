package org.slant.config;

/** Input layouts; {@code AUTO} decides per file from its extension. */
public enum InputFormat {
    AUTO, CSV, TSV, JSONL, TEXT, PARQUET
}
