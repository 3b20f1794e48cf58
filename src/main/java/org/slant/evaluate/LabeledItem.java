package org.slant.evaluate;

import java.util.Map;

/**
 * One labelled example: {@code id}, {@code text}, {@code label}, any other columns (target, offsets), and
 * where it was read ({@code file line N}) for error messages.
 */
public record LabeledItem(String id, String text, String label, Map<String, String> extra, String location) {
    public LabeledItem {
        extra = Map.copyOf(extra);
        location = location == null ? "id " + id : location;
    }

    /** An item not read from a file (tests, programmatic use): its location is its id. */
    public LabeledItem(String id, String text, String label, Map<String, String> extra) {
        this(id, text, label, extra, null);
    }

    /**
     * The stripped value of {@code column}.
     *
     * @throws IllegalArgumentException when the column is missing or blank (the row is then skipped)
     */
    public String required(String column) {
        String v = extra.get(column);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("no '" + column + "' column value");
        }
        return v.strip();
    }
}
