package org.slant.ingest;

/** What a reader yields for each unit of input: a record to analyse, or a reject that says why not. */
public sealed interface ReadResult permits RawRecord, Reject {
    /** File (or URI) the unit came from. */
    String source();

    /** Where in the source: {@code line 12}, {@code lines 12-15}, {@code row 3} or {@code file}. */
    String location();
}
