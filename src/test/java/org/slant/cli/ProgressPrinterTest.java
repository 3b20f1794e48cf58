package org.slant.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.slant.failure.UsageException;
import org.slant.progress.Progress;

class ProgressPrinterTest {
    private static Progress at(int seconds, String stage) {
        return new Progress(stage, false, Duration.ofSeconds(seconds), Duration.ZERO, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void printsEveryIntervalAndNothingOnceClosed() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        AtomicInteger calls = new AtomicInteger();
        ProgressPrinter printer = ProgressPrinter.start(() -> at(calls.incrementAndGet(), "writing \u001b[2Jarticles"),
                Duration.ofMillis(100), err);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (calls.get() < 3 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        printer.close();
        String printed = bytes.toString(StandardCharsets.UTF_8);
        Thread.sleep(300);
        assertEquals(printed, bytes.toString(StandardCharsets.UTF_8), "no line after close()");
        assertTrue(printed.lines().count() >= 3, printed);
        assertTrue(printed.startsWith("slant: 0:01 writing \\u001B[2Jarticles: 0 records, 0 articles"),
                "a line through StderrText, control characters escaped: " + printed);
        printer.close();
    }

    @Test
    void aRunShorterThanTheIntervalPrintsNothing() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressPrinter printer = ProgressPrinter.start(() -> at(0, "counting"), Duration.ofSeconds(5),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        printer.close();
        assertEquals("", bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theIntervalComesFromTheSystemPropertyElseFiveSeconds() {
        assertEquals(Duration.ofSeconds(5), ProgressPrinter.interval(null));
        assertEquals(Duration.ofSeconds(5), ProgressPrinter.interval(" "));
        assertEquals(Duration.ofSeconds(1), ProgressPrinter.interval("1s"));
        assertEquals(Duration.ofMillis(500), ProgressPrinter.interval("500ms"));
        assertEquals(Duration.ofMillis(2500), ProgressPrinter.interval("2.5"));
        assertEquals(Duration.ofMinutes(2), ProgressPrinter.interval("2m"));
        UsageException e = assertThrows(UsageException.class, () -> ProgressPrinter.interval("soon"));
        assertTrue(e.getMessage().startsWith("-Dslant.progress.interval=soon: "), e.getMessage());
        assertThrows(UsageException.class, () -> ProgressPrinter.interval("10ms"));
        assertThrows(UsageException.class, () -> ProgressPrinter.interval("-1s"));
    }
}
