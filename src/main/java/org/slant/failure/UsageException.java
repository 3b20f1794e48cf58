package org.slant.failure;

/** A flag, file or value the user gave is wrong; exit 2 and nothing is written. */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }

    public UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
