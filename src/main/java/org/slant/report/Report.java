package org.slant.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slant.config.Granularity;

/**
 * Builds {@code OUTPUT/report/index.html} from an analyze output: reads the aggregates (and a capped sample
 * of evidence sentences), chooses the time buckets, and writes one self-contained page, through a temporary
 * file renamed into place so a reader never sees half a page.
 */
public final class Report {
    /** Outlets drawn in small multiples and matrices; every outlet is still named in the tables. */
    static final int MAX_OUTLETS = 12;

    /** What was written. */
    public record Written(String page, long bytes, int outlets, int targets, Granularity granularity, String note) {
    }

    private Report() {
    }

    public static Written run(ReportOptions options, Configuration conf) {
        AnalyzeOutput out = AnalyzeOutput.open(options.output(), conf);
        DateWindow window = options.dateWindow();
        ReportInputs in = ReportInputs.load(out, window, options.targets());
        Granularity run = runGranularity(out);
        List<BucketChoice.OutletCount> counts = new ArrayList<>();
        in.days().forEach(r -> counts.add(new BucketChoice.OutletCount(r.str("outlet"), r.date(), r.lng("articles"))));
        BucketChoice choice = BucketChoice.choose(run, options.granularity(), counts);
        Buckets buckets = new Buckets(choice.granularity(), in.days().stream().map(TableRow::date).toList());
        List<String> shown = in.outlets().subList(0, Math.min(MAX_OUTLETS, in.outlets().size()));

        Map<String, Map<String, long[]>> carried = CarriedSection.totals(in, shown);
        Evidence evidence = Evidence.read(out, window, CarriedSection.wanted(carried));
        String reportNote = String.format(Locale.ROOT, "dates %s, buckets of one %s (the run's: %s), %s.", window.describe(),
                BucketChoice.name(choice.granularity()), BucketChoice.name(run),
                options.targets().isEmpty() ? "all targets" : "targets " + String.join(", ", options.targets()));
        List<Section> sections = List.of(
                CoverageSection.build(in, buckets, shown),
                SentimentSection.build(in, buckets, shown),
                StanceSection.build(in, buckets, shown),
                CarriedSection.build(carried, evidence, in.outlets().size()),
                FramesSection.build(in, shown),
                ProvenanceSection.build(out.manifest(), out.name(), earlierRuns(out), reportNote));
        String html = ReportPage.render(out.name(), in, buckets, choice, window, sections);
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        String page = write(out, bytes);
        return new Written(page, bytes.length, in.outlets().size(), in.targetIds().size(), choice.granularity(), choice.note());
    }

    private static Granularity runGranularity(AnalyzeOutput out) {
        String g = out.manifest().path("config").path("granularity").asText("day");
        try {
            return Granularity.valueOf(g.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Granularity.DAY;
        }
    }

    private static int earlierRuns(AnalyzeOutput out) {
        try {
            Path runs = new Path(out.root(), "runs");
            if (!out.fileSystem().exists(runs)) {
                return 0;
            }
            return Math.max(0, out.fileSystem().listStatus(runs).length - 1);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String write(AnalyzeOutput out, byte[] bytes) {
        FileSystem fs = out.fileSystem();
        Path dir = new Path(out.root(), "report");
        Path page = new Path(dir, "index.html");
        Path tmp = new Path(dir, ".index.html." + ProcessHandle.current().pid() + ".tmp");
        try {
            fs.mkdirs(dir);
            // A local file system would add a .crc file beside the page; the page is one file to mail or open.
            fs.setWriteChecksum(false);
            try (OutputStream o = fs.create(tmp, true)) {
                o.write(bytes);
            }
            if (fs.exists(page)) {
                fs.delete(page, false);
            }
            if (!fs.rename(tmp, page)) {
                throw new IOException("cannot rename " + tmp + " to " + page);
            }
            return fs.makeQualified(page).toString();
        } catch (IOException e) {
            try {
                fs.delete(tmp, false);
            } catch (IOException ignored) {
                // The temporary file is hidden; a failed clean-up leaves nothing a reader would open.
            }
            throw new UncheckedIOException("--output " + out.name() + ": cannot write report/index.html: " + e.getMessage(), e);
        }
    }
}
