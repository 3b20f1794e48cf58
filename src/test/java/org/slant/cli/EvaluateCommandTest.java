package org.slant.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code slant evaluate} in this JVM: exit codes, messages and output for bad labelled data and flags. */
class EvaluateCommandTest {
    @TempDir
    Path dir;

    record Result(int exitCode, String stdout, String stderr) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(stdout);
        }
    }

    static Result evaluate(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            String[] all = new String[args.length + 1];
            all[0] = "evaluate";
            System.arraycopy(args, 0, all, 1, args.length);
            int code = Main.run(all);
            return new Result(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private Path write(String name, String content) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    private Path sentimentData() throws Exception {
        return write("s.csv", "id,text,label\n1,What a wonderful and generous gift.,positive\n"
                + "2,This is a horrible and cruel decision.,negative\n");
    }

    @Test
    void stanceTargetWithoutWordsIsASkippedRowNotACrash() throws Exception {
        Path data = write("stance.csv", "id,text,label,target\n"
                + "1,Congress must pass the aid to Ukraine now.,FAVOR,ukraine_aid\n"
                + "2,What a day!!! Nothing else to say.,NONE,!!!\n");
        Result r = evaluate("--task", "stance", "--data", data.toString());
        assertEquals(0, r.exitCode(), r.stderr());
        JsonNode json = r.json();
        assertEquals(1, json.get("n").asInt());
        assertEquals(1, json.get("skipped").asInt());
        assertTrue(json.get("skipped_examples").toString().contains("target '!!!' has no letters or digits"), r.stdout());
        assertTrue(r.stderr().contains("1 rows of " + data + " skipped"), r.stderr());
    }

    @Test
    void nonFiniteNumericLabelIsExitTwoNamingFileAndLine() throws Exception {
        for (String bad : new String[] {"NaN", "Infinity", "-1e999"}) {
            Path data = write("n.csv", "id,text,label\n1,A wonderful gift.,0.8\n2,A cruel decision.," + bad + "\n");
            Result r = evaluate("--task", "sentiment", "--data", data.toString());
            assertEquals(2, r.exitCode(), r.stderr());
            assertTrue(r.stderr().contains(data + " line 3: label '" + bad + "' is not a finite number"), r.stderr());
            assertEquals("", r.stdout());
        }
    }

    @Test
    void headerOnlyFileOrMissingLabelColumnIsExitTwoNamingTheFile() throws Exception {
        Path header = write("h.csv", "id,text,label\n");
        Result r = evaluate("--task", "sentiment", "--data", header.toString());
        assertEquals(2, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains(header + ": no labelled rows"), r.stderr());
        assertEquals("", r.stdout());

        Path noLabel = write("l.csv", "id,text,gold\n1,A wonderful gift.,positive\n");
        r = evaluate("--task", "sentiment", "--data", noLabel.toString());
        assertEquals(2, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains(noLabel + ": none of its 1 rows has id, text and label; no column label"), r.stderr());
    }

    @Test
    void noScorableRowIsExitTwoAndLeavesNoPredictionFile() throws Exception {
        Path data = write("bad.csv", "id,text,label,target\n1,Aid to Ukraine must pass.,pro,ukraine_aid\n");
        Path predictions = dir.resolve("p.csv");
        Result r = evaluate("--task", "stance", "--data", data.toString(), "--predictions", predictions.toString());
        assertEquals(2, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains(data + ": none of its rows could be scored"), r.stderr());
        assertTrue(r.stderr().contains("label 'pro' is not one of"), r.stderr());
        assertFalse(Files.exists(predictions));
        try (var files = Files.list(dir)) {
            assertEquals(0, files.filter(f -> f.getFileName().toString().endsWith(".tmp")).count());
        }
    }

    @Test
    void undefinedMetricIsNullNeverNaN() throws Exception {
        // Every gold score is the same: Pearson r is undefined.
        Path data = write("c.csv", "id,text,label\n1,A wonderful gift.,0.5\n2,A cruel decision.,0.5\n");
        Result r = evaluate("--task", "sentiment", "--data", data.toString());
        assertEquals(0, r.exitCode(), r.stderr());
        assertFalse(r.stdout().contains("NaN"), r.stdout());
        assertTrue(r.json().get("pearson_r").isNull(), r.stdout());
        assertEquals(2, r.json().get("n").asInt());
    }

    @Test
    void predictionsIntoAMissingFolderCreateIt() throws Exception {
        Path predictions = dir.resolve("new/deeper/p.csv");
        Result r = evaluate("--task", "sentiment", "--data", sentimentData().toString(),
                "--predictions", predictions.toString());
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(Files.readString(predictions).startsWith("id,gold,predicted,score\n1,positive,positive,"));
    }

    @Test
    void unwritablePredictionsAreExitTwoBeforeScoring() throws Exception {
        Path data = sentimentData();
        Path folder = Files.createDirectory(dir.resolve("folder"));
        Result r = evaluate("--task", "sentiment", "--data", data.toString(), "--predictions", folder.toString());
        assertEquals(2, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("--predictions " + folder + ": is a folder"), r.stderr());
        assertEquals("", r.stdout());

        Path file = write("plain", "x");
        r = evaluate("--task", "sentiment", "--data", data.toString(), "--predictions", file.resolve("p.csv").toString());
        assertEquals(2, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("--predictions " + file.resolve("p.csv")), r.stderr());

        r = evaluate("--task", "sentiment", "--data", data.toString(), "--predictions", data.toString());
        assertEquals(2, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("is the --data file"), r.stderr());
        assertTrue(Files.readString(data).startsWith("id,text,label\n"));
    }

    @Test
    void dataThatIsNotARegularFileIsExitThree() throws Exception {
        Result r = evaluate("--task", "sentiment", "--data", dir.toString());
        assertEquals(3, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("--data " + dir + ": not a regular file"), r.stderr());

        Path fifo = dir.resolve("pipe.csv");
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        } catch (java.io.IOException e) {
            made = false;
        }
        Assumptions.assumeTrue(made, "mkfifo not available");
        // Reading a FIFO nobody writes to blocks forever; the check must not open it.
        r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
                () -> evaluate("--task", "sentiment", "--data", fifo.toString()));
        assertEquals(3, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("not a regular file"), r.stderr());

        r = evaluate("--task", "sentiment", "--data", dir.resolve("missing.csv").toString());
        assertEquals(3, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("missing.csv: no such file"), r.stderr());
    }

    @Test
    void invalidUtf8InTargetsOrFramesIsExitTwoNamingFileAndLine() throws Exception {
        Path data = write("st.csv", "id,text,label,target\n1,Aid to Ukraine must pass.,FAVOR,ukraine_aid\n");
        Path targets = dir.resolve("t.yaml");
        Files.write(targets, "targets:\n  - id: cafe\n    aliases: [caf\u00e9]\n".getBytes(StandardCharsets.ISO_8859_1));
        Result r = evaluate("--task", "stance", "--data", data.toString(), "--targets", targets.toString());
        assertEquals(2, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("--targets " + targets + ":3: invalid UTF-8"), r.stderr());

        Path frames = dir.resolve("f.tsv");
        Files.write(frames, "economic\ttax\t2\nmorality\tcaf\u00e9\t1\n".getBytes(StandardCharsets.ISO_8859_1));
        r = evaluate("--task", "frame", "--data", write("fr.csv", "id,text,label\n1,Taxes rose.,economic\n").toString(),
                "--frames", frames.toString());
        assertEquals(2, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("--frames " + frames + ":2: invalid UTF-8"), r.stderr());
    }

    @Test
    void controlCharactersInMessagesReachTheTerminalEscaped() {
        String name = dir.resolve("x\u001b[2J\u202Eevil\r.csv").toString();
        Result r = evaluate("--task", "sentiment", "--data", name);
        assertEquals(3, r.exitCode(), r.stderr());
        assertFalse(r.stderr().contains("\u001b") || r.stderr().contains("\u202E") || r.stderr().contains("\r"), r.stderr());
        assertTrue(r.stderr().contains("x\\u001B[2J\\u202Eevil\\u000D.csv: no such file"), r.stderr());
    }
}
