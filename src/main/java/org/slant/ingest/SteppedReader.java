package org.slant.ingest;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The iterator shape shared by the line readers: each {@link #step()} reads some input and queues
 * zero or more results, or marks the input finished. A read error part-way (a truncated .gz, a failing
 * disk) becomes one reject saying where reading stopped, so the iterator itself never throws.
 */
abstract class SteppedReader implements Iterator<ReadResult> {
    protected final LineSource lines;
    protected final String source;
    protected final Deque<ReadResult> ready = new ArrayDeque<>();
    protected boolean finished;

    SteppedReader(LineSource lines, String source) {
        this.lines = lines;
        this.source = source;
    }

    /** Reads on until something is queued or the input is finished. */
    protected abstract void step() throws IOException;

    @Override
    public final boolean hasNext() {
        while (ready.isEmpty() && !finished) {
            try {
                step();
            } catch (IOException | RuntimeException e) {
                ready.add(Reject.of(source, "after line " + lines.lineNumber(), "read error, rest of file not read: " + e, ""));
                finished = true;
            }
        }
        return !ready.isEmpty();
    }

    @Override
    public final ReadResult next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.poll();
    }
}
