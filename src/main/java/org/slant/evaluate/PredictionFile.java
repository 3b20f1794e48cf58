package org.slant.evaluate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The {@code --predictions} file of {@code evaluate}. Checked before anything is scored (its folder is
 * created when missing; a folder in its place, or the labelled data itself, is refused), written to a
 * temporary file beside it and moved into place only when the evaluation succeeded, so a failed run
 * never leaves a partial or header-only file behind.
 */
public final class PredictionFile implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private final Writer writer;
    private boolean committed;

    private PredictionFile(Path target, Path temp) throws IOException {
        this.target = target;
        this.temp = temp;
        this.writer = new BufferedWriter(Files.newBufferedWriter(temp, StandardCharsets.UTF_8));
    }

    /**
     * Prepares {@code target}, creating its parent folders.
     *
     * @param data the labelled data, which the predictions must not overwrite
     * @throws IllegalArgumentException saying why {@code target} cannot be written (without the flag name)
     */
    public static PredictionFile open(Path target, Path data) {
        Path file = target.toAbsolutePath().normalize();
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException(target + ": is a folder; give a file name");
        }
        try {
            if (Files.exists(file) && Files.isSameFile(file, data)) {
                throw new IllegalArgumentException(target + ": is the --data file; it would be overwritten");
            }
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new IllegalArgumentException(target + ": cannot create its folder " + file.getParent() + ": " + e, e);
        }
        try {
            Path temp = Files.createTempFile(file.getParent(), "." + file.getFileName() + ".", ".tmp");
            return new PredictionFile(file, temp);
        } catch (IOException e) {
            throw new IllegalArgumentException(target + ": cannot be written: " + e, e);
        }
    }

    public Writer writer() {
        return writer;
    }

    /** Moves the finished file into place. */
    public void commit() throws IOException {
        writer.close();
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    /** Drops the temporary file unless {@link #commit} ran. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            writer.close();
            Files.deleteIfExists(temp);
        }
    }
}
