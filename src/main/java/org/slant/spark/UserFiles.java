package org.slant.spark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.slant.analysis.frames.FrameLexicon;
import org.slant.analysis.targets.TargetCatalog;
import org.slant.failure.UsageException;
import org.slant.config.AnalyzeConfig;
import org.slant.config.ConfigText;
import org.slant.ingest.OutletNames;

/**
 * The user's configuration files ({@code --outlets}, {@code --targets}, {@code --frames}), read once
 * on the driver from any Hadoop file system and validated there, so a bad file stops the run with
 * exit 2 and its file and line before any data is read. All three are strict UTF-8: a byte that is not
 * UTF-8 is such an error, never a replacement character that would silently change an id or a cue.
 *
 * @param targets the target catalog's YAML text, or null for the built-in one
 * @param frames  the frame lexicon's text, or null for the built-in one
 */
record UserFiles(Map<String, String> outletAliases, String targets, String frames) {

    static UserFiles load(AnalyzeConfig config, Configuration conf) {
        Map<String, String> aliases = Map.of();
        if (config.outletsFile().isPresent()) {
            String file = config.outletsFile().get();
            try (InputStream in = stream(read("--outlets", file, conf))) {
                aliases = OutletNames.parseAliasFile(in, file);
            } catch (IOException | IllegalArgumentException e) {
                throw new UsageException("--outlets " + e.getMessage(), e);
            }
        }
        String targets = validated("--targets", config.targetsFile(), conf, TargetCatalog::parse);
        String frames = validated("--frames", config.framesFile(), conf, FrameLexicon::parse);
        return new UserFiles(aliases, targets, frames);
    }

    /** A parser of a user file that throws {@link IllegalArgumentException} naming file and line. */
    private interface Parser {
        Object parse(InputStream in, String fileName);
    }

    /** The file's text after checking that it parses, or null when the flag was not given. */
    private static String validated(String flag, Optional<String> file, Configuration conf, Parser parser) {
        if (file.isEmpty()) {
            return null;
        }
        String text = read(flag, file.get(), conf);
        try {
            parser.parse(stream(text), file.get());
        } catch (IllegalArgumentException e) {
            throw new UsageException(flag + " " + e.getMessage(), e);
        }
        return text;
    }

    /** The file's text, decoded as strict UTF-8 (exit 2 naming the line of the first byte that is not UTF-8). */
    private static String read(String flag, String file, Configuration conf) {
        Path path = new Path(file);
        byte[] bytes;
        try (InputStream in = path.getFileSystem(conf).open(path)) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
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

}
