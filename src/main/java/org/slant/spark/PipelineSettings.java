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
 * instead of the job itself, so closures never drag driver-side objects to the cluster.
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
        int maxChars) implements Serializable {

    static PipelineSettings of(AnalyzeConfig config, Map<String, String> outletAliases) {
        return new PipelineSettings(config.format(), Map.copyOf(config.fieldOverrides()), Map.copyOf(outletAliases),
                config.defaultOutlet().orElse(null), config.zone().getId(), config.granularity(),
                config.from().orElse(null), config.to().orElse(null), config.maxAnalyzedChars());
    }

    Optional<String> defaultOutletOpt() {
        return Optional.ofNullable(defaultOutlet);
    }
}
