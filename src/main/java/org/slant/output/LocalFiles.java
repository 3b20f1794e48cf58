package org.slant.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsAction;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * Hadoop's local file system ({@code file:}), checksums and all, with permissions set through
 * {@code java.nio} instead of a {@code chmod} process. Without Hadoop's native library, which Maven's
 * Hadoop client does not bring, {@link RawLocalFileSystem} forks {@code chmod} for every file and folder
 * it creates: writing a table partitioned by date into a year of dates forked some 2,000 processes and
 * took most of the run's time. Sticky bits, which {@code java.nio} cannot set, still go to Hadoop's way.
 */
public final class LocalFiles extends LocalFileSystem {
    /** The Hadoop setting that makes {@code file:} paths use this class. */
    public static final String IMPL_KEY = "fs.file.impl";

    public LocalFiles() {
        super(new NioPermissions());
    }

    /** Sets {@code fs.file.impl} to this class unless the configuration already names one. */
    public static void install(Configuration conf) {
        if (conf.get(IMPL_KEY) == null || conf.get(IMPL_KEY).equals(LocalFileSystem.class.getName())) {
            conf.set(IMPL_KEY, LocalFiles.class.getName());
        }
    }

    static final class NioPermissions extends RawLocalFileSystem {
        @Override
        public void setPermission(Path p, FsPermission permission) throws IOException {
            if (permission.getStickyBit()) {
                super.setPermission(p, permission);
                return;
            }
            try {
                Files.setPosixFilePermissions(pathToFile(p).toPath(), posix(permission));
            } catch (UnsupportedOperationException e) {
                super.setPermission(p, permission);
            }
        }

        static Set<PosixFilePermission> posix(FsPermission permission) {
            Set<PosixFilePermission> out = EnumSet.noneOf(PosixFilePermission.class);
            add(out, permission.getUserAction(), PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                    PosixFilePermission.OWNER_EXECUTE);
            add(out, permission.getGroupAction(), PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
                    PosixFilePermission.GROUP_EXECUTE);
            add(out, permission.getOtherAction(), PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE,
                    PosixFilePermission.OTHERS_EXECUTE);
            return out;
        }

        private static void add(Set<PosixFilePermission> out, FsAction action, PosixFilePermission read,
                                PosixFilePermission write, PosixFilePermission execute) {
            if (action.implies(FsAction.READ)) {
                out.add(read);
            }
            if (action.implies(FsAction.WRITE)) {
                out.add(write);
            }
            if (action.implies(FsAction.EXECUTE)) {
                out.add(execute);
            }
        }
    }
}
