package org.slant.report;

import java.time.LocalDate;
import java.util.Optional;

/** The {@code --from}/{@code --to} window, inclusive; a bucket is in it when its first day is. */
record DateWindow(Optional<LocalDate> from, Optional<LocalDate> to) {
    static final DateWindow ALL = new DateWindow(Optional.empty(), Optional.empty());

    boolean contains(LocalDate date) {
        return from.map(f -> !date.isBefore(f)).orElse(true) && to.map(t -> !date.isAfter(t)).orElse(true);
    }

    String describe() {
        if (from.isEmpty() && to.isEmpty()) {
            return "all dates";
        }
        return from.map(LocalDate::toString).orElse("the first date") + " to " + to.map(LocalDate::toString).orElse("the last date");
    }
}
