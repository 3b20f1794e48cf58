package org.slant.config;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything an {@code analyze} run depends on, fixed once from the command line and passed to
 * constructors. Two runs with equal configs over equal inputs produce equal outputs.
 *
 * @param maxAnalyzedChars articles longer than this are analysed up to this many characters and flagged
 */
public record AnalyzeConfig(
        List<String> inputs,
        String output,
        InputFormat format,
        Map<String, String> fieldOverrides,
        Optional<String> defaultOutlet,
        Optional<String> outletsFile,
        Optional<String> targetsFile,
        Optional<String> framesFile,
        Optional<LocalDate> from,
        Optional<LocalDate> to,
        ZoneId zone,
        Granularity granularity,
        double maxRejectRatio,
        boolean keepDuplicates,
        int maxAnalyzedChars) {

    public static final int DEFAULT_MAX_ANALYZED_CHARS = 200_000;

    public AnalyzeConfig {
        inputs = List.copyOf(inputs);
        fieldOverrides = Map.copyOf(fieldOverrides);
    }

    public AnalyzeConfig withWindow(Optional<LocalDate> newFrom, Optional<LocalDate> newTo) {
        return new AnalyzeConfig(inputs, output, format, fieldOverrides, defaultOutlet, outletsFile, targetsFile,
                framesFile, newFrom, newTo, zone, granularity, maxRejectRatio, keepDuplicates, maxAnalyzedChars);
    }

    public AnalyzeConfig withZone(ZoneId newZone) {
        return new AnalyzeConfig(inputs, output, format, fieldOverrides, defaultOutlet, outletsFile, targetsFile,
                framesFile, from, to, newZone, granularity, maxRejectRatio, keepDuplicates, maxAnalyzedChars);
    }

}
