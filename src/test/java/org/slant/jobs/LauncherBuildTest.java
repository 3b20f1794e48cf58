package org.slant.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/slant and jobs/env.sh decide alike when to build, and every JVM gets the options of
 * bin/jvm.properties. The scripts run from a copy of the project whose {@code mvn} and {@code java}
 * are stand-ins that record how they were called, so no build or JVM starts: bash only, milliseconds.
 */
class LauncherBuildTest {

    private static final Instant NOW = Instant.now();

    @TempDir
    Path root;

    private Path calls;

    @BeforeEach
    void copyOfTheProject() throws IOException {
        for (String script : List.of("bin/slant", "bin/lib.sh", "bin/jvm.properties", "jobs/env.sh")) {
            Path to = root.resolve(script);
            Files.createDirectories(to.getParent());
            Files.copy(Scripts.ROOT.resolve(script), to, StandardCopyOption.COPY_ATTRIBUTES);
        }
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        Files.createDirectories(root.resolve("src/main/java"));
        Files.writeString(root.resolve("src/main/java/A.java"), "class A {}");
        Files.createDirectories(root.resolve("target"));
        Files.writeString(root.resolve("target/slant.jar"), "jar");
        Files.writeString(root.resolve("target/classpath.txt"), "/spark.jar");
        calls = root.resolve("calls.log");
        // Stand-ins: mvn "builds" by touching what a package leaves; java prints its arguments.
        executable(root.resolve("tools/mvn"), "echo \"mvn $*\" >>'" + calls + "'; touch target/slant.jar target/classpath.txt\n");
        executable(root.resolve("jdk/bin/java"), "for a in \"$@\"; do echo \"$a\"; done >>'" + calls + "'\n");
    }

    private static void executable(Path file, String body) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/usr/bin/env bash\n" + body);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** Sources newer than the jar, as after a pull. */
    private void sourcesChangedAfterTheBuild() throws IOException {
        Files.setLastModifiedTime(root.resolve("target/slant.jar"), FileTime.from(NOW.minusSeconds(100)));
        Files.setLastModifiedTime(root.resolve("src/main/java/A.java"), FileTime.from(NOW.minusSeconds(10)));
    }

    private void builtAfterTheLastChange() throws IOException {
        for (String f : List.of("pom.xml", "src/main", "src/main/java", "src/main/java/A.java")) {
            Files.setLastModifiedTime(root.resolve(f), FileTime.from(NOW.minusSeconds(200)));
        }
        Files.setLastModifiedTime(root.resolve("target/slant.jar"), FileTime.from(NOW.minusSeconds(100)));
    }

    private String bash(String script, String... args) throws IOException, InterruptedException {
        return bash(0, script, args);
    }

    private String bash(int expectedExit, String script, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", "-c", script, "test"));
        command.addAll(Arrays.asList(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("PATH", root.resolve("tools") + ":" + env.get("PATH"));
        env.put("JAVA_HOME", root.resolve("jdk").toString());
        env.remove("SLANT_JAR");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), script);
        assertEquals(expectedExit, p.exitValue(), script + ":\n" + out);
        return out;
    }

    private List<String> calls() throws IOException {
        return Files.exists(calls) ? Files.readAllLines(calls) : List.of();
    }

    private static List<String> jvmOptions() throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Scripts.ROOT.resolve("bin/jvm.properties"))) {
            p.load(r);
        }
        return List.of(p.getProperty("spark.add-opens").trim().split("\\s+"));
    }

    @Test
    void envShRebuildsWhenSourcesAreNewerThanTheJar() throws Exception {
        sourcesChangedAfterTheBuild();
        bash("set -euo pipefail; source jobs/env.sh; slant_build");
        assertEquals(List.of("mvn -q -B -Dstyle.color=never -DskipTests package"), calls());
    }

    @Test
    void envShKeepsAFreshJar() throws Exception {
        builtAfterTheLastChange();
        bash("set -euo pipefail; source jobs/env.sh; slant_build");
        assertEquals(List.of(), calls());
    }

    @Test
    void envShBuildsWhenTheClasspathFileIsMissing() throws Exception {
        builtAfterTheLastChange();
        Files.delete(root.resolve("target/classpath.txt"));
        bash("set -euo pipefail; source jobs/env.sh; slant_build");
        assertEquals(List.of("mvn -q -B -Dstyle.color=never -DskipTests package"), calls());
    }

    @Test
    void launcherRebuildsThenRunsMainWithTheJvmOptions() throws Exception {
        sourcesChangedAfterTheBuild();
        String out = bash("bin/slant \"$@\"", "--help");
        assertTrue(out.contains("slant: building (first run or sources changed)"), out);
        List<String> calls = calls();
        assertEquals("mvn -q -B -Dstyle.color=never -DskipTests package", calls.get(0));
        List<String> java = calls.subList(1, calls.size());
        List<String> options = jvmOptions();
        int first = java.indexOf(options.get(0));
        assertTrue(first > 0, "JVM options missing: " + java);
        assertEquals(options, java.subList(first, first + options.size()));
        assertEquals(List.of("org.slant.cli.Main", "--help"), java.subList(java.size() - 2, java.size()));
    }

    @Test
    void theFirstBuildPrintsPlainText() throws Exception {
        // Maven 3.8 writes colour resets even with -B; a log or terminal must get text only.
        executable(root.resolve("tools/mvn"), "printf '\\033[0m\\033[0m[WARNING] something\\n' >&2; printf '\\033[1mdone\\033[m\\n'; "
                + "touch target/slant.jar target/classpath.txt\n");
        sourcesChangedAfterTheBuild();
        String out = bash("bin/slant --version");
        assertTrue(out.contains("[WARNING] something") && out.contains("done"), out);
        assertTrue(out.indexOf('\u001b') < 0, "no escape sequences: " + out.replace("\u001b", "ESC"));
    }

    @Test
    void aFailedBuildStopsTheLauncherWithItsMessages() throws Exception {
        executable(root.resolve("tools/mvn"), "echo '[ERROR] COMPILATION ERROR'; exit 1\n");
        sourcesChangedAfterTheBuild();
        String out = bash(1, "bin/slant --version");
        assertTrue(out.contains("[ERROR] COMPILATION ERROR") && out.contains("slant: build failed"), out);
        assertFalse(Files.exists(calls) && Files.readString(calls).contains("org.slant.cli.Main"), "Main is not run");
    }

    @Test
    void launcherKeepsAFreshJar() throws Exception {
        builtAfterTheLastChange();
        bash("bin/slant --version");
        assertTrue(calls().stream().noneMatch(c -> c.startsWith("mvn")), calls().toString());
    }

    /**
     * A stand-in java that records its arguments, writes the CDS archive it is asked for unless {@code writes}
     * is false, and exits with {@code status}.
     */
    private void javaForArchives(boolean writes, int status) throws IOException {
        executable(root.resolve("jdk/bin/java"), "for a in \"$@\"; do echo \"$a\"; done >>'" + calls + "'\n"
                + (writes ? "for a in \"$@\"; do case $a in -XX:ArchiveClassesAtExit=*) echo archive >\"${a#*=}\" ;; esac; done\n" : "")
                + "exit " + status + "\n");
        Files.createDirectories(root.resolve("datasets/sample"));
    }

    private List<Path> cdsFiles(String suffix) throws IOException {
        Path dir = root.resolve("target/cds");
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    /** A writer's lock, as a launcher holding it leaves it: the lock directory with the writer's pid. */
    private Path lockHeldBy(long pid) throws IOException {
        Path lock = root.resolve("target/cds/dump.lock");
        Files.createDirectories(lock);
        Files.writeString(lock.resolve("pid"), pid + "\n");
        return lock;
    }

    private List<String> options(String prefix) throws IOException {
        return calls().stream().filter(c -> c.startsWith(prefix)).toList();
    }

    /** The arguments of the last java call, from its main class on. */
    private List<String> lastRun() throws IOException {
        List<String> calls = calls();
        return calls.subList(calls.lastIndexOf("org.slant.cli.Main"), calls.size());
    }

    @Test
    void anAnalyzeWithoutAnArchiveFirstWritesOneOnTheSampleThenMapsIt() throws Exception {
        builtAfterTheLastChange();
        javaForArchives(true, 0);
        String out = bash("bin/slant analyze --input in --output out");
        assertTrue(out.contains("writing a class-data archive"), out);
        List<String> args = calls();
        String dump = options("-XX:ArchiveClassesAtExit=").get(0);
        assertTrue(dump.endsWith(".tmp"), args.toString());
        // The archive is written by its own run on the bundled sample; the user's run maps it.
        int training = args.indexOf("org.slant.cli.Main");
        assertEquals(List.of("org.slant.cli.Main", "analyze", "--quiet", "--input", root.resolve("datasets/sample").toString()),
                args.subList(training, training + 5));
        List<Path> archives = cdsFiles(".jsa");
        assertEquals(1, archives.size(), cdsFiles("").toString());
        Path archive = archives.get(0);
        assertEquals(List.of(archive), cdsFiles(""), "nothing else is left: no lock, no temporary file");
        assertEquals(List.of("org.slant.cli.Main", "analyze", "--input", "in", "--output", "out"), lastRun());
        assertEquals(List.of("-XX:SharedArchiveFile=" + archive), options("-XX:SharedArchiveFile="));

        Files.delete(calls);
        bash("bin/slant analyze --input in --output out2");
        assertEquals(List.of("-XX:SharedArchiveFile=" + archive), options("-XX:SharedArchiveFile="));
        assertEquals(List.of(), options("-XX:ArchiveClassesAtExit="));
        assertTrue(calls().contains("-Xlog:cds=off"), "the JVM's own CDS messages are off: " + calls());

        // A rebuilt jar is another archive's key: the next analyze writes a new one and the old one goes.
        Files.writeString(root.resolve("target/slant.jar"), "a rebuilt jar");
        builtAfterTheLastChange();
        bash("bin/slant analyze --input in --output out3");
        List<Path> after = cdsFiles(".jsa");
        assertEquals(1, after.size(), after.toString());
        assertFalse(after.get(0).equals(archive), "a new archive replaces the old one");
    }

    @Test
    void aFailedArchiveRunIsMarkedAndNotTriedAgainAndTheUsersRunStillRuns() throws Exception {
        builtAfterTheLastChange();
        javaForArchives(false, 0);
        bash("bin/slant analyze --input in --output out");
        assertEquals(1, options("-XX:ArchiveClassesAtExit=").size(), calls().toString());
        assertEquals(List.of("org.slant.cli.Main", "analyze", "--input", "in", "--output", "out"), lastRun());
        assertEquals(List.of(), cdsFiles(".jsa"));
        assertEquals(1, cdsFiles(".failed").size(), cdsFiles("").toString());

        Files.delete(calls);
        bash("bin/slant analyze --input in --output out2");
        assertEquals(List.of(), options("-XX:ArchiveClassesAtExit="));
        assertEquals(List.of(), options("-XX:SharedArchiveFile="));
    }

    @Test
    void theUsersExitStatusIsTheJobsAndOtherCommandsWriteNoArchive() throws Exception {
        builtAfterTheLastChange();
        javaForArchives(true, 3);
        bash(3, "bin/slant analyze --input missing --output out");
        assertEquals(List.of(), cdsFiles(".jsa"), "an archive from a failed run is not kept");

        Files.delete(cdsFiles(".failed").get(0));
        javaForArchives(true, 0);
        Files.delete(calls);
        bash("bin/slant evaluate --task sentiment");
        assertEquals(List.of(), options("-XX:ArchiveClassesAtExit="));
        assertEquals(List.of(), cdsFiles(".jsa"));
    }

    @Test
    void aLockLeftByAKilledWriterIsTakenOverAndSlantCdsZeroTurnsItOff() throws Exception {
        builtAfterTheLastChange();
        javaForArchives(true, 0);
        lockHeldBy(999_999_999L);
        Files.writeString(root.resolve("target/cds/slant-1.jsa.123.tmp"), "half");
        bash("bin/slant analyze --input in --output out");
        assertEquals(1, cdsFiles(".jsa").size(), cdsFiles("").toString());
        assertEquals(cdsFiles(".jsa"), cdsFiles(""), "the dead writer's lock and temporary file are gone");

        Files.delete(calls);
        bash("SLANT_CDS=0 bin/slant analyze --input in --output out2");
        assertTrue(calls().stream().noneMatch(c -> c.contains("Archive") || c.startsWith("-Xlog:cds")), calls().toString());
    }

    @Test
    void aLiveWritersLockIsLeftAlone() throws Exception {
        builtAfterTheLastChange();
        javaForArchives(true, 0);
        Path lock = lockHeldBy(ProcessHandle.current().pid());
        bash("bin/slant analyze --input in --output out");
        assertEquals(List.of(), options("-XX:ArchiveClassesAtExit="));
        assertEquals(List.of("org.slant.cli.Main", "analyze", "--input", "in", "--output", "out"), lastRun());
        assertTrue(Files.exists(lock));
    }

    @Test
    void jobsAndTestJvmsGetTheSameOptions() throws Exception {
        String env = bash("set -euo pipefail; source jobs/env.sh; printf '%s' \"$SLANT_JAVA_MODULE_OPTS\"");
        assertEquals(String.join(" ", jvmOptions()), env);
        // pom.xml reads the same file into the slant.jvmOptions property of the test JVMs.
        assertEquals(String.join(" ", jvmOptions()), System.getProperty("slant.jvmOptions", "").trim());
    }
}
