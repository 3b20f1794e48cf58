package org.slant.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.slant.config.AnalyzeConfig;
import org.slant.config.Granularity;
import org.slant.config.InputFormat;

/**
 * The part of the configuration executors need, in serializable form. Captured by Spark functions
 * instead of the job itself, so closures never drag driver-side objects to the cluster. User files
 * (outlet aliases, target catalog, frame lexicon) travel as their content, read once on the driver,
 * so executors never need access to the user's file system.
 */
record PipelineSettings(
        InputFormat format,
        Map<String, String> fieldOverrides,
        Map<String, String> outletAliases,
        String defaultOutlet,
        String zone,
        Granularity granularity,
        LocalDate from,
        LocalDate to,
        int maxChars,
        String targetsFile,
        String targetsText,
        String framesFile,
        String framesText) implements Serializable {

    static PipelineSettings of(AnalyzeConfig config, Map<String, String> outletAliases, UserFiles files) {
        return new PipelineSettings(config.format(), Map.copyOf(config.fieldOverrides()), Map.copyOf(outletAliases),
                config.defaultOutlet().orElse(null), config.zone().getId(), config.granularity(),
                config.from().orElse(null), config.to().orElse(null), config.maxAnalyzedChars(),
                config.targetsFile().orElse(null), files.targets(), config.framesFile().orElse(null), files.frames());
    }

    Optional<String> defaultOutletOpt() {
        return Optional.ofNullable(defaultOutlet);
    }
}
