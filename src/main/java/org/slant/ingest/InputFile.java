package org.slant.ingest;

import java.io.Serializable;

import org.slant.config.InputFormat;

/**
 * One file to read, with the format decided for it once, on the driver, when the inputs were listed
 * ({@code --format}, or the name's extension): executors read it in that format and never decide again.
 *
 * @param path   the Hadoop name of the file ({@code file:/…}, {@code hdfs://…})
 * @param format never {@link InputFormat#AUTO}
 * @param bytes  its length when listed
 */
public record InputFile(String path, InputFormat format, long bytes) implements Serializable {
    public InputFile {
        if (format == InputFormat.AUTO) {
            throw new IllegalArgumentException("a listed file has a decided format: " + path);
        }
    }
}
