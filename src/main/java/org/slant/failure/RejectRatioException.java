package org.slant.failure;

/** More records were rejected than {@code --max-reject-ratio} allows; exit 4, previous output kept. */
public final class RejectRatioException extends RuntimeException {
    public RejectRatioException(String message) {
        super(message);
    }
}
