package org.slant.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code slant} as a separate JVM, the way {@code bin/slant} does, so tests see real exit codes,
 * real stdout/stderr and a Spark session of its own.
 */
final class CommandLineRunner {
    record Result(int exitCode, String stdout, String stderr) {
    }

    private CommandLineRunner() {
    }

    static Result run(Path workDir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx2g");
        // A run of a few records lasts seconds: the optimising compiler would cost more CPU than it saves
        // (a one-record analyze takes about half the CPU time without it). Behaviour is the same.
        cmd.add("-XX:TieredStopAtLevel=1");
        String opts = System.getProperty("slant.jvmOptions", "");
        if (!opts.isBlank()) {
            cmd.addAll(Arrays.asList(opts.trim().split("\\s+")));
        }
        Path log4j = Path.of("bin/log4j2.properties").toAbsolutePath();
        cmd.add("-Dlog4j2.configurationFile=" + log4j);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("org.slant.cli.Main");
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("slant-stdout", ".txt");
        Path err = Files.createTempFile("slant-stderr", ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        pb.environment().remove("SLANT_MASTER");
        Process p = pb.start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("slant " + String.join(" ", args) + " did not finish in 10 minutes");
        }
        Result r = new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
        return r;
    }
}
