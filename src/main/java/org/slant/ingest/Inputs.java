package org.slant.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.slant.config.InputFormat;

/**
 * Decides how an input file is read from its name alone, and undoes gzip compression.
 * Stateless and thread-safe.
 */
public final class Inputs {
    private static final Map<String, InputFormat> BY_EXTENSION = Map.of(
            "csv", InputFormat.CSV,
            "tsv", InputFormat.TSV,
            "tab", InputFormat.TSV,
            "jsonl", InputFormat.JSONL,
            "json", InputFormat.JSONL,
            "ndjson", InputFormat.JSONL,
            "txt", InputFormat.TEXT,
            "parquet", InputFormat.PARQUET);

    private static final int BUFFER = 64 * 1024;

    private static final Pattern URI_AUTHORITY_ONLY = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://[^/]*");

    private Inputs() {
    }

    /**
     * The stream to hand to a {@link RecordReader}: {@code raw} decompressed when {@code fileName} ends in
     * {@code .gz} (any case), otherwise {@code raw} buffered. Closing the result closes {@code raw}.
     * A zero-byte {@code .gz} file reads as empty, like the zero-byte file it was compressed from.
     *
     * @throws IOException when a non-empty {@code .gz} file does not start with a gzip header
     */
    public static InputStream open(InputStream raw, String fileName) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(raw, BUFFER);
        if (baseName(fileName).toLowerCase(Locale.ROOT).endsWith(".gz")) {
            // Some dump tools create the .gz name without writing a gzip stream when there is nothing to
            // write; GZIPInputStream would call that a broken file.
            buffered.mark(1);
            if (buffered.read() == -1) {
                return buffered;
            }
            buffered.reset();
            return new GZIPInputStream(buffered, BUFFER);
        }
        return buffered;
    }

    /**
     * The input format of {@code fileName} (a bare name, a path or a URI): CSV, TSV ({@code .tsv},
     * {@code .tab}), JSONL ({@code .jsonl}, {@code .json}, {@code .ndjson}), TEXT ({@code .txt}) or
     * PARQUET, judged after removing a {@code .gz} suffix. Empty for files that are not articles:
     * hidden files ({@code .DS_Store}), Hadoop markers ({@code _SUCCESS}), {@code README}, {@code *.md},
     * scripts, checksums and anything else unknown.
     */
    public static Optional<InputFormat> formatOf(String fileName) {
        String name = baseName(fileName).toLowerCase(Locale.ROOT);
        // Spark and Hadoop treat "_" names as metadata (_SUCCESS, _committed_...), as we treat "." names.
        if (name.isEmpty() || name.startsWith(".") || name.startsWith("_")) {
            return Optional.empty();
        }
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        int dot = name.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_EXTENSION.get(name.substring(dot + 1)));
    }

    /** The last path segment of a path or URI, ignoring a trailing separator. */
    static String baseName(String fileName) {
        if (fileName == null) {
            return "";
        }
        String s = fileName;
        while (s.endsWith("/") || s.endsWith("\\")) {
            s = s.substring(0, s.length() - 1);
        }
        int cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        return s.substring(cut + 1);
    }

    /** The name of the folder that holds {@code fileName}, or empty when it has none. */
    static Optional<String> parentFolderName(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        String s = fileName;
        while (s.endsWith("/") || s.endsWith("\\")) {
            s = s.substring(0, s.length() - 1);
        }
        int cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        if (cut <= 0) {
            return Optional.empty();
        }
        String folder = s.substring(0, cut);
        String parent = baseName(folder);
        // "." and ".." say nothing about the outlet; a URI authority ("s3a://bucket") is not a folder.
        if (parent.isBlank() || parent.equals(".") || parent.equals("..") || parent.endsWith(":")
                || URI_AUTHORITY_ONLY.matcher(folder).matches()) {
            return Optional.empty();
        }
        return Optional.of(parent);
    }
}
