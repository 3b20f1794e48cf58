package org.slant.config;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.slant.analysis.frames.FrameLexicon;
import org.slant.analysis.targets.TargetCatalog;
import org.slant.failure.UsageException;
import org.slant.ingest.OutletNames;

/**
 * The user's configuration files ({@code --outlets}, {@code --targets}, {@code --frames}) read once, on
 * the driver, before Spark starts, from any Hadoop file system, and parsed there: a bad file stops the
 * run with exit 2 naming flag, file and line before anything is written, and executors receive the
 * parsed objects (broadcast), never the text to parse again. All three are strict UTF-8: a byte that is
 * not UTF-8 is such an error, never a replacement character that would silently change an id or a cue.
 *
 * @param outletAliases  the {@code --outlets} map, empty without the flag
 * @param catalog        the target catalog, the built-in one without {@code --targets}
 * @param frames         the frame lexicon, the built-in one without {@code --frames}
 * @param targetsSha256  SHA-256 of the {@code --targets} file's bytes, or {@code built-in}
 * @param framesSha256   SHA-256 of the {@code --frames} file's bytes, or {@code built-in}
 */
public record UserFiles(Map<String, String> outletAliases, TargetCatalog catalog, FrameLexicon frames,
                        String targetsSha256, String framesSha256) implements Serializable {
    public static final String BUILT_IN = "built-in";

    public UserFiles {
        outletAliases = Map.copyOf(outletAliases);
    }

    /** The built-in catalog and lexicon, no outlet aliases. */
    public static UserFiles builtIn() {
        return new UserFiles(Map.of(), TargetCatalog.builtIn(), FrameLexicon.builtIn(), BUILT_IN, BUILT_IN);
    }

    public static UserFiles load(AnalyzeConfig config, Configuration conf) {
        return load(config, () -> conf);
    }

    /**
     * Reads local files with java.nio and asks for a Hadoop configuration only for other file systems,
     * so a bad local file is reported before Hadoop's second of start-up.
     */
    public static UserFiles load(AnalyzeConfig config, java.util.function.Supplier<Configuration> conf) {
        Map<String, String> aliases = Map.of();
        if (config.outletsFile().isPresent()) {
            String file = config.outletsFile().get();
            try (InputStream in = stream(read("--outlets", file, conf))) {
                aliases = OutletNames.parseAliasFile(in, file);
            } catch (IOException | IllegalArgumentException e) {
                throw new UsageException("--outlets " + e.getMessage(), e);
            }
        }
        Parsed<TargetCatalog> targets = parse("--targets", config.targetsFile(), conf, TargetCatalog::parse,
                TargetCatalog::builtIn);
        Parsed<FrameLexicon> frames = parse("--frames", config.framesFile(), conf, FrameLexicon::parse,
                FrameLexicon::builtIn);
        return new UserFiles(aliases, targets.value(), frames.value(), targets.sha256(), frames.sha256());
    }

    private record Parsed<T>(T value, String sha256) {
    }

    private static <T> Parsed<T> parse(String flag, Optional<String> file, java.util.function.Supplier<Configuration> conf,
                                       BiFunction<InputStream, String, T> parser, java.util.function.Supplier<T> builtIn) {
        if (file.isEmpty()) {
            return new Parsed<>(builtIn.get(), BUILT_IN);
        }
        String text = read(flag, file.get(), conf);
        try {
            return new Parsed<>(parser.apply(stream(text), file.get()), sha256(text));
        } catch (IllegalArgumentException e) {
            throw new UsageException(flag + " " + e.getMessage(), e);
        }
    }

    /** The file's text, decoded as strict UTF-8 (exit 2 naming the line of the first byte that is not UTF-8). */
    private static String read(String flag, String file, java.util.function.Supplier<Configuration> conf) {
        if (file.isBlank()) {
            throw new UsageException(flag + ": empty path");
        }
        byte[] bytes;
        try {
            java.util.Optional<java.nio.file.Path> local = org.slant.ingest.InputFiles.localPath(file);
            if (local.isPresent()) {
                if (!java.nio.file.Files.isRegularFile(local.get())) {
                    throw new IOException(java.nio.file.Files.exists(local.get()) ? "not a regular file" : "no such file");
                }
                bytes = java.nio.file.Files.readAllBytes(local.get());
            } else {
                Path path = new Path(file);
                try (InputStream in = path.getFileSystem(conf.get()).open(path)) {
                    bytes = in.readAllBytes();
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new UsageException(flag + " " + file + ": cannot be read: " + e.getMessage(), e);
        }
        try {
            return ConfigText.decode(bytes, file);
        } catch (IllegalArgumentException e) {
            throw new UsageException(flag + " " + e.getMessage(), e);
        }
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
