package org.slant.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.slant.cli.UsageException;
import org.slant.ingest.OutletNames;

/** Reads {@code --outlets FILE} on the driver (local or any Hadoop file system) into an alias map. */
final class OutletAliasFile {
    private OutletAliasFile() {
    }

    static Map<String, String> load(Optional<String> file, Configuration conf) {
        if (file.isEmpty()) {
            return Map.of();
        }
        Path path = new Path(file.get());
        try (InputStream in = path.getFileSystem(conf).open(path)) {
            return OutletNames.parseAliasFile(in, file.get());
        } catch (IOException e) {
            throw new UsageException("--outlets " + file.get() + ": cannot be read: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--outlets " + e.getMessage(), e);
        }
    }
}
