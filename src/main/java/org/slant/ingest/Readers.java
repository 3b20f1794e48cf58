package org.slant.ingest;

import org.slant.config.InputFormat;

/**
 * The reader for a line format. The format of every file is decided once, when the inputs are listed
 * ({@link InputFiles}); {@link #detect} is that decision's name rule. Readers are stateless, so one set
 * serves every file in a partition.
 */
public final class Readers {
    private final RecordReader csv = new CsvRecordReader(',');
    private final RecordReader tsv = new CsvRecordReader('\t');
    private final RecordReader jsonl = new JsonLinesReader();
    private final RecordReader text = new TextArticleReader(PublishedDates::looksLikeDateLine);

    /** The reader of a decided line format; Parquet has its own reader ({@link ParquetRecordReader}). */
    public RecordReader forFormat(InputFormat format) {
        return switch (format) {
            case CSV -> csv;
            case TSV -> tsv;
            case JSONL -> jsonl;
            case TEXT -> text;
            case PARQUET, AUTO -> throw new IllegalArgumentException("no line reader for " + format);
        };
    }

    /** The format a file's extension names ({@code .gz} looked through), or AUTO when it names none. */
    public static InputFormat detect(String fileName) {
        return Inputs.formatOf(fileName).orElse(InputFormat.AUTO);
    }
}
