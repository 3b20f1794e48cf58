package org.slant.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The page's embedded data: numbers rounded to what a chart can show, which keeps the page small. */
final class Json {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Json() {
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static ArrayNode array() {
        return NODES.arrayNode();
    }

    /** Four decimals (scores and shares live in [-1, 1]); null and NaN stay null. */
    static JsonNode num(Double value) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return NODES.nullNode();
        }
        return NODES.numberNode(Math.round(value * 10_000) / 10_000.0);
    }

    static JsonNode num(long value) {
        return NODES.numberNode(value);
    }
}
