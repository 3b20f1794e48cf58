package org.slant.cli;

import org.slant.failure.UsageException;
import org.slant.failure.InputException;
import org.slant.failure.RejectRatioException;
import org.slant.failure.OutputLockedException;

/** The contract's exit codes; only {@link Main} turns them into a process status. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    public static final int INPUT = 3;
    public static final int REJECT_RATIO = 4;
    /** Another run is writing the same {@code --output}; retry once it has finished. */
    public static final int OUTPUT_LOCKED = 5;

    private ExitCodes() {
    }

    /** Maps an error to its exit code by kind, looking through wrappers such as Spark's. */
    public static int of(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof UsageException) {
                return USAGE;
            }
            if (t instanceof InputException) {
                return INPUT;
            }
            if (t instanceof RejectRatioException) {
                return REJECT_RATIO;
            }
            if (t instanceof OutputLockedException) {
                return OUTPUT_LOCKED;
            }
        }
        return FAILURE;
    }
}
