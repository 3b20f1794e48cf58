package org.slant.report;

import static org.slant.report.HtmlText.escape;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** The run behind the numbers, from its {@code manifest.json}, in words: methods, versions, counts, configuration. */
final class ProvenanceSection {
    private ProvenanceSection() {
    }

    static Section build(JsonNode m, String output, int earlierRuns, String reportNote) {
        StringBuilder h = new StringBuilder();
        JsonNode counts = m.path("counts");
        JsonNode config = m.path("config");
        h.append("<p>Every number on this page comes from the aggregates in <code>").append(escape(output))
                .append("</code>, written by run <code>").append(text(m, "run_id")).append("</code> of slant ")
                .append(text(m, "version")).append(" on Spark ").append(text(m, "spark_version")).append(" (master <code>")
                .append(text(m, "master")).append("</code>), started ").append(text(m, "started_at")).append(" and finished ")
                .append(text(m, "finished_at")).append(".");
        if (earlierRuns > 0) {
            h.append(" The folder also holds the manifests of ").append(earlierRuns).append(" earlier run(s) under <code>runs/</code>;"
                    + " a run replaces only the dates it covers, so older dates may come from them.");
        }
        h.append("</p>\n<p>That run read ").append(num(counts, "read")).append(" records from ")
                .append(num(m.path("inputs"), "files")).append(" files (").append(num(m.path("inputs"), "bytes"))
                .append(" bytes) and accepted ").append(num(counts, "accepted")).append(" articles; ")
                .append(num(counts, "rejected")).append(" records were rejected, ").append(num(counts, "duplicates"))
                .append(" articles were duplicate copies (").append(config.path("keep_duplicates").asBoolean(false)
                        ? "counted in the aggregates, as --keep-duplicates asked" : "counted once in the aggregates")
                .append("), ").append(num(counts, "out_of_window")).append(" were outside its --from/--to window, and it split ")
                .append(num(counts, "sentences")).append(" sentences.</p>\n");
        h.append("<p>Configuration: buckets of one ").append(text(config, "granularity")).append(" in time zone ")
                .append(text(config, "timezone")).append("; date window ").append(orAll(config, "from")).append(" to ")
                .append(orAll(config, "to")).append("; targets ").append(file(config, "targets_file", "targets_sha256"))
                .append("; frame cues ").append(file(config, "frames_file", "frames_sha256"))
                .append("; at most ").append(text(config, "max_chars")).append(" characters analysed per article. "
                        + "Configuration hash (SHA-256 of the settings above and the files' hashes): <code>")
                .append(text(m, "config_hash")).append("</code>. Command line: <code>")
                .append(escape(join(m.path("arguments")))).append("</code>.</p>\n");
        h.append("<h3>Methods</h3>\n<dl class=\"methods\">\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = m.path("methods").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            h.append("<dt>").append(escape(e.getKey().replace('_', ' '))).append("</dt><dd>")
                    .append(escape(e.getValue().asText())).append("</dd>\n");
        }
        h.append("</dl>\n<h3>Rows per table</h3>\n<p>");
        StringBuilder rows = new StringBuilder();
        for (Iterator<Map.Entry<String, JsonNode>> it = m.path("rows").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            rows.append(rows.length() == 0 ? "" : ", ").append(escape(e.getKey())).append(" ").append(e.getValue().asLong());
        }
        h.append(rows).append(".</p>\n");
        if (m.path("warnings").size() > 0) {
            h.append("<h3>Warnings of the run</h3>\n<ul>\n");
            m.path("warnings").forEach(w -> h.append("<li>").append(escape(w.asText())).append("</li>\n"));
            h.append("</ul>\n");
        }
        h.append("<p>This report: ").append(escape(reportNote)).append("</p>\n");
        return new Section("provenance", "Method and provenance", h.toString(), null, null);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isMissingNode() || v.isNull() ? "(not recorded)" : escape(v.asText());
    }

    private static String num(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isNumber() ? String.format(java.util.Locale.ROOT, "%,d", v.asLong()) : "(not recorded)";
    }

    private static String orAll(JsonNode config, String field) {
        JsonNode v = config.path(field);
        return v.isMissingNode() || v.isNull() ? "(open)" : escape(v.asText());
    }

    private static String file(JsonNode config, String file, String hash) {
        JsonNode f = config.path(file);
        String h = text(config, hash);
        return f.isMissingNode() || f.isNull() ? "built-in" : "<code>" + escape(f.asText()) + "</code> (SHA-256 " + h + ")";
    }

    private static String join(JsonNode arguments) {
        StringBuilder s = new StringBuilder("slant");
        arguments.forEach(a -> s.append(' ').append(a.asText()));
        return s.toString();
    }
}
