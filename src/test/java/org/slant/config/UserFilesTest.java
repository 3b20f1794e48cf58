package org.slant.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.failure.UsageException;

/** User configuration files are strict UTF-8: a stray Latin-1 byte is exit 2 naming file and line. */
class UserFilesTest {
    @TempDir
    Path dir;

    private static AnalyzeConfig config(Path outlets, Path targets, Path frames) {
        return new AnalyzeConfig(List.of("in"), "out", InputFormat.AUTO, Map.of(), Optional.empty(),
                Optional.ofNullable(outlets).map(Path::toString), Optional.ofNullable(targets).map(Path::toString),
                Optional.ofNullable(frames).map(Path::toString), Optional.empty(), Optional.empty(), ZoneOffset.UTC,
                Granularity.DAY, 0.5, false, AnalyzeConfig.DEFAULT_MAX_ANALYZED_CHARS);
    }

    /** {@code text} as UTF-8, except that {@code \u00ff} is written as the lone byte 0xFF (Latin-1 {@code ÿ}). */
    private Path file(String name, String text) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (char c : text.toCharArray()) {
            if (c == '\u00ff') {
                out.write(0xFF);
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        Path f = dir.resolve(name);
        Files.write(f, out.toByteArray());
        return f;
    }

    private static String usageError(AnalyzeConfig config) {
        return assertThrows(UsageException.class, () -> UserFiles.load(config, new Configuration())).getMessage();
    }

    @Test
    void invalidUtf8InOutletsIsAnErrorNotATruncatedId() throws Exception {
        // "caf\xff" used to decode to "caf\uFFFD" and become the outlet id "caf".
        Path outlets = file("outlets.csv", "variant,outlet\ncaf\u00ff,cafe\n");
        String m = usageError(config(outlets, null, null));
        assertTrue(m.startsWith("--outlets " + outlets + ":2: invalid UTF-8"), m);
    }

    @Test
    void invalidUtf8InTargetsAndFramesNamesFlagFileAndLine() throws Exception {
        Path targets = file("targets.yaml", "targets:\n  - id: cafe\n    aliases: [caf\u00ff]\n");
        String m = usageError(config(null, targets, null));
        assertTrue(m.startsWith("--targets " + targets + ":3: invalid UTF-8"), m);
        Path frames = file("frames.tsv", "economic\ttax\t2\n\nmorality\tcaf\u00ff\t1\n");
        m = usageError(config(null, null, frames));
        assertTrue(m.startsWith("--frames " + frames + ":3: invalid UTF-8"), m);
    }

    @Test
    void validFilesLoad() throws Exception {
        Path outlets = file("outlets.csv", "variant,outlet\ncafé,Café Times\n");
        UserFiles files = UserFiles.load(config(outlets, null, null), new Configuration());
        assertEquals(Map.of("café", "Café Times"), files.outletAliases());
    }

    @Test
    void configAndParsedFilesSurviveJavaSerializationAsBroadcastsDo() throws Exception {
        Path outlets = file("outlets.csv", "variant,outlet\ndailyledger,The Daily Ledger\n");
        AnalyzeConfig config = config(outlets, null, null).withWindow(Optional.of(java.time.LocalDate.of(2024, 10, 1)),
                Optional.empty());
        UserFiles files = UserFiles.load(config, new Configuration());
        AnalyzeConfig configBack = roundTrip(config);
        UserFiles filesBack = roundTrip(files);
        assertEquals(config, configBack);
        assertEquals(files.outletAliases(), filesBack.outletAliases());
        // Pattern has no equals of its own, so targets are compared as written.
        assertEquals(files.catalog().targets().toString(), filesBack.catalog().targets().toString());
        String sentence = "Congress must fund the military and protect taxpayers from the border crisis";
        org.junit.jupiter.api.Assertions.assertArrayEquals(new org.slant.analysis.frames.FrameScorer(files.frames()).scoreSentence(sentence),
                new org.slant.analysis.frames.FrameScorer(filesBack.frames()).scoreSentence(sentence));
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
