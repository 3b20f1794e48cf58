package org.slant.report;

import static org.slant.report.HtmlText.escape;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The page: static HTML for everything that is text (names, captions, tables, provenance), the data as
 * JSON, and the scripts that draw it, all inline. A Content-Security-Policy forbids every request the page
 * could make, so it opens offline and cannot fetch anything even if a string in it looked like a URL.
 */
final class ReportPage {
    static final String ECHARTS = "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";
    private static final String CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:";

    private ReportPage() {
    }

    static String render(String output, ReportInputs in, Buckets buckets, BucketChoice choice, DateWindow window,
            List<Section> sections) {
        ObjectNode data = Json.object();
        ArrayNode dates = data.putArray("dates");
        buckets.starts().forEach(d -> dates.add(d.toString()));
        data.put("granularity", BucketChoice.name(buckets.granularity()));
        for (Section s : sections) {
            if (s.key() != null) {
                data.set(s.key(), s.data());
            }
        }
        StringBuilder h = new StringBuilder(1 << 20);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>slant report: ").append(escape(output)).append("</title>\n<style>\n")
                .append(resource("org/slant/report/report.css")).append("</style>\n</head>\n<body>\n")
                .append("<pre id=\"report-errors\" class=\"errors\" hidden></pre>\n");
        h.append("<header>\n<h1>How outlets covered the issues</h1>\n<p class=\"lead\">slant report of <code>")
                .append(escape(output)).append("</code>: ").append(escape(window.describe()));
        if (buckets.size() > 0) {
            LocalDate first = buckets.starts().get(0);
            LocalDate last = buckets.starts().get(buckets.size() - 1);
            h.append(String.format(Locale.ROOT, " (%d %ss from %s to %s)", buckets.size(),
                    BucketChoice.name(buckets.granularity()), first, last));
        }
        h.append(".</p>\n");
        if (!choice.note().isEmpty()) {
            h.append("<p class=\"note\">").append(escape(choice.note())).append("</p>\n");
        }
        if (in.outlets().size() > Report.MAX_OUTLETS) {
            h.append("<p class=\"note\">").append(in.outlets().size()).append(" outlets: the small multiples and matrices draw the ")
                    .append(Report.MAX_OUTLETS).append(" with the most articles; the tables list them all.</p>\n");
        }
        if (in.outlets().isEmpty()) {
            h.append("<p class=\"note\">No articles in this output for ").append(escape(window.describe())).append(".</p>\n");
        }
        h.append("<p><strong>Outlets</strong> (").append(in.outlets().size()).append("): ");
        names(h, in.outlets(), "outlet");
        h.append("</p>\n<p><strong>Targets</strong> (").append(in.targetIds().size()).append("): ");
        names(h, in.targetIds(), "target");
        h.append("</p>\n<nav>");
        for (Section s : sections) {
            h.append("<a href=\"#").append(s.id()).append("\">").append(escape(s.title())).append("</a> ");
        }
        h.append("</nav>\n</header>\n<main>\n");
        for (Section s : sections) {
            h.append("<section id=\"").append(s.id()).append("\">\n<h2>").append(escape(s.title())).append("</h2>\n")
                    .append(s.html()).append("</section>\n");
        }
        h.append("</main>\n<footer>Made by <code>slant report</code>. Charts: Apache ECharts 5.3.1 (Apache License 2.0), "
                + "inlined.</footer>\n");
        h.append("<script type=\"application/json\" id=\"slant-data\">").append(HtmlText.scriptJson(json(data)))
                .append("</script>\n");
        h.append("<script>\n").append(HtmlText.inlineScript(resource("org/slant/report/errors.js"), "errors.js")).append("</script>\n");
        h.append("<script>\n").append(HtmlText.inlineScript(resource(ECHARTS), "echarts.min.js")).append("\n</script>\n");
        h.append("<script>\n").append(HtmlText.inlineScript(resource("org/slant/report/report.js"), "report.js")).append("</script>\n");
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static void names(StringBuilder h, List<String> names, String cssClass) {
        for (int i = 0; i < names.size(); i++) {
            h.append(i == 0 ? "" : ", ").append("<span class=\"").append(cssClass).append("\">").append(escape(names.get(i)))
                    .append("</span>");
        }
        if (names.isEmpty()) {
            h.append("none");
        }
    }

    private static String json(ObjectNode data) {
        try {
            return new ObjectMapper().writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("report data is not serialisable", e);
        }
    }

    static String resource(String name) {
        try (InputStream in = ReportPage.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the classpath (a broken build?)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
