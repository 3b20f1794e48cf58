package org.slant.analysis.frames;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slant.evaluate.FrameEvaluation;
import org.slant.evaluate.LabeledData;

/**
 * Where the frame evaluation sets live, read in place (their texts are never copied into the
 * repository): the dev set written for slant, FrAC and GVFC under {@code ../shared/data}. Only the
 * dev set may be used to tune lexicon and thresholds; the held-out test set is deliberately not
 * known here.
 */
final class FrameEvalData {
    static final String DEV_PROPERTY = "slant.frames.dev";
    static final String SHARED_PROPERTY = "slant.shared";

    private FrameEvalData() {
    }

    /** The dev set: {@code -Dslant.frames.dev=FILE}, else {@code datasets/labeled/frames_dev.tsv}, else the data worktree's copy. */
    static Optional<Path> devFile() {
        return firstExisting(System.getProperty(DEV_PROPERTY), "datasets/labeled/frames_dev.tsv",
                "../wt-framedata/datasets/labeled/frames_dev.tsv");
    }

    static Optional<Path> sharedData() {
        String configured = System.getProperty(SHARED_PROPERTY);
        return firstExisting(configured == null ? null : configured + "/data", "../shared/data");
    }

    static Optional<Path> fracFile() {
        return sharedData().map(d -> d.resolve("frac/frac_gold.tsv")).filter(Files::isRegularFile);
    }

    static Optional<Path> gvfcFile() {
        return sharedData().map(d -> d.resolve("gvfc/headlines.tsv")).filter(Files::isRegularFile);
    }

    static List<FrameEvaluation.Item> items(Path file, List<String> skipped) throws IOException {
        LabeledData.Loaded loaded = LabeledData.read(file);
        skipped.addAll(loaded.skipped());
        return FrameEvaluation.items(loaded.items(), skipped);
    }

    static List<FrameEvaluation.Item> items(Path file) throws IOException {
        return items(file, new ArrayList<>());
    }

    private static Optional<Path> firstExisting(String... candidates) {
        for (String c : candidates) {
            if (c != null && Files.exists(Path.of(c))) {
                return Optional.of(Path.of(c));
            }
        }
        return Optional.empty();
    }
}
