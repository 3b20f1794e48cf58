package org.slant.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFilesTest {
    @TempDir
    java.nio.file.Path tmp;

    private static FileSystem fs() throws IOException {
        Configuration conf = new Configuration(false);
        conf.set("fs.permissions.umask-mode", "022");
        LocalFiles.install(conf);
        // A fresh instance: the cache would hand out whatever an earlier test made for file:.
        return FileSystem.newInstance(java.net.URI.create("file:///"), conf);
    }

    @Test
    void foldersAndFilesGetHadoopsPermissionsWithoutAChmodProcess() throws IOException {
        try (FileSystem fs = fs()) {
            assertTrue(fs instanceof LocalFiles, fs.getClass().getName());
            Path dir = new Path(tmp.toUri().toString(), "date=2024-10-07/nested");
            assertTrue(fs.mkdirs(dir));
            assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("date=2024-10-07/nested"))));
            Path file = new Path(dir, "part-0.parquet");
            try (FSDataOutputStream out = fs.create(file)) {
                out.write("rows".getBytes(StandardCharsets.UTF_8));
            }
            assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("date=2024-10-07/nested/part-0.parquet"))));
            assertTrue(Files.exists(tmp.resolve("date=2024-10-07/nested/.part-0.parquet.crc")), "still Hadoop's checksummed file system");
            fs.setPermission(file, new FsPermission((short) 0640));
            assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("date=2024-10-07/nested/part-0.parquet"))));
            assertEquals(new FsPermission((short) 0640), fs.getFileStatus(file).getPermission());
        }
    }

    @Test
    void aUsersOwnFileSystemChoiceStands() {
        Configuration conf = new Configuration(false);
        conf.set(LocalFiles.IMPL_KEY, "com.example.TheirLocalFs");
        LocalFiles.install(conf);
        assertEquals("com.example.TheirLocalFs", conf.get(LocalFiles.IMPL_KEY));
        Configuration plain = new Configuration(false);
        LocalFiles.install(plain);
        assertEquals(LocalFiles.class.getName(), plain.get(LocalFiles.IMPL_KEY));
    }
}
