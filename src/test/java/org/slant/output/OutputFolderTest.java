package org.slant.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.failure.UsageException;

/** Which {@code --output} folders are refused before anything is written, and why. */
class OutputFolderTest {
    @TempDir
    Path tmp;

    private OutputFolder check(Path output, Path... inputs) {
        return check(output.toString(), List.of(inputs).stream().map(Path::toString).toList());
    }

    private OutputFolder check(String output, List<String> inputs) {
        return OutputFolder.check(output, inputs, new Configuration());
    }

    private String refusal(String output, List<String> inputs) {
        return assertThrows(UsageException.class, () -> check(output, inputs)).getMessage();
    }

    private Path input() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.jsonl"), "{}\n");
        return in;
    }

    @Test
    void aNewFolderIsCreatedAndRemovedAgainIfTheRunLeavesItEmpty() throws Exception {
        Path out = tmp.resolve("new/out");
        OutputFolder folder = check(out, input());
        assertTrue(folder.created());
        assertTrue(Files.isDirectory(out));
        folder.removeIfUnused();
        assertFalse(Files.exists(out));
    }

    @Test
    void theFileSystemRootIsRefused() throws Exception {
        String message = refusal("/", List.of(input().toString()));
        assertTrue(message.contains("root"), message);
        assertTrue(refusal("file:///", List.of(input().toString())).contains("root"));
        assertTrue(refusal(tmp.resolve("in/../../../../../../../..").toString(), List.of()).contains("root"));
    }

    @Test
    void aFolderThatCannotBeCreatedIsRefused() throws Exception {
        String message = refusal("/proc/slant-out", List.of(input().toString()));
        assertTrue(message.contains("--output /proc/slant-out") && message.contains("cannot be created"), message);
        Path file = Files.writeString(tmp.resolve("plain.txt"), "x");
        assertTrue(refusal(file.resolve("out").toString(), List.of()).contains("cannot be created"));
    }

    @Test
    void aFileIsRefused() throws Exception {
        Path file = Files.writeString(tmp.resolve("plain.txt"), "x");
        assertTrue(refusal(file.toString(), List.of()).contains("is a file"));
    }

    @Test
    void anOutputThatIsOrLiesInsideAnInputIsRefused() throws Exception {
        Path in = input();
        String message = refusal(in.toString(), List.of(in.toString()));
        assertTrue(message.contains("--output") && message.contains("--input " + in), message);
        assertTrue(refusal(in.resolve("out").toString(), List.of(in.toString())).contains("inside --input"));
        assertTrue(refusal(in.resolve("x/../out").toString(), List.of(in.toString())).contains("inside --input"));
        assertTrue(refusal(in.resolve("out").toString(), List.of("file://" + in)).contains("inside --input"));
        assertTrue(refusal(in.resolve("out").toString(), List.of(tmp.resolve("i*").toString())).contains("matched by --input"));
        assertFalse(Files.exists(in.resolve("out")), "nothing created");
    }

    @Test
    void aSymbolicLinkDoesNotHideThatTheOutputIsInsideAnInput() throws Exception {
        Path in = input();
        Path link = Files.createSymbolicLink(tmp.resolve("link"), in);
        assertTrue(refusal(link.resolve("out").toString(), List.of(in.toString())).contains("inside --input"));
        assertTrue(refusal(in.resolve("out").toString(), List.of(link.toString())).contains("inside --input"));
    }

    @Test
    void anOutputBesideTheInputsOrContainingThemIsAccepted() throws Exception {
        Path in = input();
        check(tmp.resolve("in-out"), in);
        check(tmp.resolve("out"), in);
        check(tmp.resolve("x"), tmp.resolve("i?.jsonl"));
    }

    @Test
    void aFolderHoldingSomethingElseIsRefusedButASlantOutputOrANightlyOneIsNot() throws Exception {
        Path home = Files.createDirectories(tmp.resolve("home"));
        Files.writeString(home.resolve("thesis.tex"), "x");
        String message = refusal(home.toString(), List.of());
        assertTrue(message.contains("not empty and not a slant output") && message.contains("choose a new or empty folder"), message);
        assertTrue(Files.exists(home.resolve("thesis.tex")));

        Path output = Files.createDirectories(tmp.resolve("output"));
        Files.writeString(output.resolve("manifest.json"), "{}");
        Files.createDirectories(output.resolve("articles"));
        assertFalse(check(output).created());

        Path nightly = Files.createDirectories(tmp.resolve("nightly/logs"));
        Files.writeString(nightly.resolveSibling(".nightly.lock"), "");
        check(nightly.getParent());

        Path killed = Files.createDirectories(tmp.resolve("killed/_staging/run"));
        check(killed.getParent().getParent());
        assertEquals(0, Files.list(Files.createDirectories(tmp.resolve("empty"))).count());
        check(tmp.resolve("empty"));
    }
}
