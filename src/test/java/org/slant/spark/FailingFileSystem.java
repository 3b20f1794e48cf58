package org.slant.spark;

import java.io.EOFException;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.net.URI;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSError;
import org.apache.hadoop.fs.FSInputStream;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * The local file system under the scheme {@code failing:}, with a disk that fails where a test says: a
 * read of bytes {@code [failing.from.NAME, failing.to.NAME)} of file NAME throws what Hadoop's local file
 * system throws for EIO, an {@link FSError}; {@code failing.open.NAME=true} makes opening it throw one.
 */
public final class FailingFileSystem extends RawLocalFileSystem {
    public static final String SCHEME = "failing";

    /** A configuration that routes {@code failing:} paths here. */
    public static Configuration configure(Configuration conf) {
        conf.set("fs." + SCHEME + ".impl", FailingFileSystem.class.getName());
        conf.setBoolean("fs." + SCHEME + ".impl.disable.cache", true);
        return conf;
    }

    /** The {@code failing:} name of a local file. */
    public static String name(java.nio.file.Path file) {
        return SCHEME + "://" + file.toAbsolutePath().toUri().getPath();
    }

    /**
     * The error RawLocalFileSystem raises when the disk reports EIO; its constructor is package-private
     * because only Hadoop's local streams throw it.
     */
    static FSError eio() {
        try {
            Constructor<FSError> c = FSError.class.getDeclaredConstructor(Throwable.class);
            c.setAccessible(true);
            return c.newInstance(new IOException("Input/output error"));
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public URI getUri() {
        return URI.create(SCHEME + ":///");
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FSDataInputStream open(Path f, int bufferSize) throws IOException {
        String name = f.getName();
        Configuration conf = getConf();
        if (conf.getBoolean("failing.open." + name, false)) {
            throw eio();
        }
        FSDataInputStream in = super.open(f, bufferSize);
        return new FSDataInputStream(new Failing(in, conf.getLong("failing.from." + name, Long.MAX_VALUE),
                conf.getLong("failing.to." + name, Long.MAX_VALUE)));
    }

    private static final class Failing extends FSInputStream {
        private final FSDataInputStream in;
        private final long from;
        private final long to;

        Failing(FSDataInputStream in, long from, long to) {
            this.in = in;
            this.from = from;
            this.to = to;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            long pos = in.getPos();
            if (pos >= from && pos < to) {
                throw eio();
            }
            // A read never spans into the bad range: it stops before it, and the next one fails.
            int allowed = pos < from ? (int) Math.min(len, from - pos) : len;
            return in.read(b, off, allowed);
        }

        @Override
        public void seek(long pos) throws IOException {
            if (pos < 0) {
                throw new EOFException("negative seek");
            }
            in.seek(pos);
        }

        @Override
        public long getPos() throws IOException {
            return in.getPos();
        }

        @Override
        public boolean seekToNewSource(long targetPos) {
            return false;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
