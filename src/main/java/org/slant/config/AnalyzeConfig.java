package org.slant.config;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything an {@code analyze} run depends on, fixed once from the command line and passed to
 * constructors, on the driver and (serialized once, broadcast) on the executors alike. Two runs with
 * equal configs over equal inputs produce equal outputs. The user's files it names are parsed once, on
 * the driver, into {@link UserFiles}.
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
        int maxAnalyzedChars) implements Serializable {

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

    // Optional is not serializable, so the config travels as this proxy (same values, nulls for empty)
    // and is rebuilt through the canonical constructor: one shape, on the driver and on executors.
    @Serial
    private Object writeReplace() {
        return new Proxy(this);
    }

    @Serial
    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw new InvalidObjectException("AnalyzeConfig travels as its proxy");
    }

    private record Proxy(List<String> inputs, String output, InputFormat format, Map<String, String> fieldOverrides,
                         String defaultOutlet, String outletsFile, String targetsFile, String framesFile,
                         LocalDate from, LocalDate to, ZoneId zone, Granularity granularity, double maxRejectRatio,
                         boolean keepDuplicates, int maxAnalyzedChars) implements Serializable {
        Proxy(AnalyzeConfig c) {
            this(c.inputs, c.output, c.format, c.fieldOverrides, c.defaultOutlet.orElse(null), c.outletsFile.orElse(null),
                    c.targetsFile.orElse(null), c.framesFile.orElse(null), c.from.orElse(null), c.to.orElse(null), c.zone,
                    c.granularity, c.maxRejectRatio, c.keepDuplicates, c.maxAnalyzedChars);
        }

        @Serial
        private Object readResolve() {
            return new AnalyzeConfig(inputs, output, format, fieldOverrides, Optional.ofNullable(defaultOutlet),
                    Optional.ofNullable(outletsFile), Optional.ofNullable(targetsFile), Optional.ofNullable(framesFile),
                    Optional.ofNullable(from), Optional.ofNullable(to), zone, granularity, maxRejectRatio, keepDuplicates,
                    maxAnalyzedChars);
        }
    }
}
