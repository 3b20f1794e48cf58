package org.slant.ingest;

import java.util.Locale;

import org.slant.config.InputFormat;

/**
 * Picks the reader for a file from {@code --format}, or from the file's extension under {@code auto}.
 * Readers are stateless, so one set serves every file in a partition.
 */
public final class Readers {
    private final RecordReader csv = new CsvRecordReader(',');
    private final RecordReader tsv = new CsvRecordReader('\t');
    private final RecordReader jsonl = new JsonLinesReader();
    private final RecordReader text = new TextArticleReader(PublishedDates::looksLikeDateLine);

    /** The reader for a file; throws when the format is neither given nor recognisable from the name. */
    public RecordReader forFile(InputFormat format, String fileName) {
        InputFormat f = format == InputFormat.AUTO ? detect(fileName) : format;
        return switch (f) {
            case CSV -> csv;
            case TSV -> tsv;
            case JSONL -> jsonl;
            case TEXT -> text;
            case PARQUET, AUTO -> throw new IllegalArgumentException("no line reader for " + fileName + " as " + f);
        };
    }

    /** The format a file's extension names ({@code .gz} looked through), or AUTO when it names none. */
    public static InputFormat detect(String fileName) {
        return Inputs.formatOf(fileName)
                .map(s -> InputFormat.valueOf(s.toUpperCase(Locale.ROOT)))
                .orElse(InputFormat.AUTO);
    }
}
