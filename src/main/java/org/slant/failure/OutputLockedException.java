package org.slant.failure;

/** Another run holds the {@code --output} folder's lock; exit 5, nothing written. */
public final class OutputLockedException extends RuntimeException {
    public OutputLockedException(String message) {
        super(message);
    }
}
