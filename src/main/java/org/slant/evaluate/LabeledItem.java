package org.slant.evaluate;

import java.util.Map;

/** One labelled example: {@code id}, {@code text}, {@code label}, and any other columns (target, offsets). */
public record LabeledItem(String id, String text, String label, Map<String, String> extra) {
    public LabeledItem {
        extra = Map.copyOf(extra);
    }
}
