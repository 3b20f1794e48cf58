package org.slant.analysis.targets;

import java.time.LocalDate;

/**
 * Days from {@code from} (inclusive) to {@code to} (exclusive); a null end is open. Written in a
 * catalog as {@code "2021-01-20..2025-01-20"} ({@code "2025-01-20.."} runs on).
 */
public record Period(LocalDate from, LocalDate to) implements java.io.Serializable {
    public Period {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("a period must end after it starts: " + from + ".." + to);
        }
    }

    public boolean contains(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || day.isBefore(to));
    }

    /**
     * Parses {@code FROM..TO} with ISO dates, either side may be empty.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static Period parse(String s) {
        int dots = s.indexOf("..");
        if (dots < 0 || s.indexOf("..", dots + 2) >= 0) {
            throw new IllegalArgumentException("'" + s + "' is not FROM..TO (ISO dates, e.g. 2021-01-20..2025-01-20)");
        }
        String a = s.substring(0, dots).strip();
        String b = s.substring(dots + 2).strip();
        if (a.isEmpty() && b.isEmpty()) {
            throw new IllegalArgumentException("'" + s + "' has neither a start nor an end");
        }
        try {
            return new Period(a.isEmpty() ? null : LocalDate.parse(a), b.isEmpty() ? null : LocalDate.parse(b));
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("'" + s + "': " + e.getParsedString() + " is not an ISO date (YYYY-MM-DD)");
        }
    }

    @Override
    public String toString() {
        return (from == null ? "" : from.toString()) + ".." + (to == null ? "" : to.toString());
    }
}
