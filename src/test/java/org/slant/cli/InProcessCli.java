package org.slant.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Runs {@code slant} in this JVM through {@link Main#run}, with what it prints on stdout and stderr
 * captured: the exit code and messages of a real command line without the ~20 s of CPU a JVM of its
 * own costs. A command that starts Spark uses the session already running in this JVM, if any.
 */
final class InProcessCli {
    record Result(int exitCode, String stdout, String stderr) {
    }

    private InProcessCli() {
    }

    static synchronized Result run(String... args) {
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(args);
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(savedOut);
            System.setErr(savedErr);
            // Kept in the test report: what the command printed, as a subprocess's output would be.
            savedErr.print(err.toString(StandardCharsets.UTF_8));
        }
    }
}
