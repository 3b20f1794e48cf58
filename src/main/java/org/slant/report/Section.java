package org.slant.report;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One part of the page: its static HTML (headings, captions, tables, the chart containers) and the data
 * its charts draw, embedded under {@code key} in the page's JSON.
 */
record Section(String id, String title, String html, String key, JsonNode data) {
}
