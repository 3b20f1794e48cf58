package org.slant.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.failure.UsageException;

/** A model folder is checked from its card and hashes alone, before Spark starts; each fault names the folder. */
class ModelCardTest {
    @TempDir
    Path tmp;

    private Path folder(String task) throws IOException {
        Path dir = tmp.resolve("m");
        Files.createDirectories(dir.resolve("pipeline/stages"));
        Files.writeString(dir.resolve("pipeline/metadata"), "{}");
        String features = new FeatureSpec(task, 12, 1, 0, FeatureSpec.TargetMode.NONE, true).describe().entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":" + (e.getValue() instanceof String s ? "\"" + s + "\"" : e.getValue() instanceof java.util.List<?> l
                        ? "[" + String.join(",", l.stream().map(x -> "\"" + x + "\"").toList()) + "]" : e.getValue()))
                .reduce((a, b) -> a + "," + b).orElseThrow();
        Files.writeString(dir.resolve("model.json"), "{\"format\":\"slant-model/1\",\"task\":\"" + task + "\",\"classes\":"
                + "[\"FAVOR\",\"AGAINST\",\"NONE\"],\"features\":{" + features + "},\"pipeline_sha256\":\""
                + ModelCard.sha256(dir.resolve("pipeline")) + "\"}");
        return dir;
    }

    @Test
    void aWholeFolderReads() throws IOException {
        ModelCard card = ModelCard.read(folder("stance"), "--model", ModelTask.STANCE);
        assertEquals(ModelTask.STANCE, card.task());
        assertEquals(64, card.sha256().length());
    }

    @Test
    void missingFolder() {
        assertFault(tmp.resolve("nowhere"), ModelTask.STANCE, "no such model folder");
    }

    @Test
    void folderWithoutCard() throws IOException {
        Files.createDirectories(tmp.resolve("empty"));
        assertFault(tmp.resolve("empty"), ModelTask.STANCE, "has no model.json");
    }

    @Test
    void corruptCard() throws IOException {
        Path dir = folder("stance");
        Files.writeString(dir.resolve("model.json"), "{\"format\": \"slant-model/1\", \"task\": ");
        assertFault(dir, ModelTask.STANCE, "model.json is not valid JSON");
    }

    @Test
    void wrongTask() throws IOException {
        assertFault(folder("frame"), ModelTask.STANCE, "a 'frame' model, not a 'stance' one");
    }

    @Test
    void olderFeatureSet() throws IOException {
        Path dir = folder("stance");
        String card = Files.readString(dir.resolve("model.json"));
        Files.writeString(dir.resolve("model.json"), card.replace("\"feature_set\":" + FeatureSpec.FEATURE_SET + ",", ""));
        assertFault(dir, ModelTask.STANCE, "trained on feature set 1, and this slant computes feature set "
                + FeatureSpec.FEATURE_SET + "; train it again");
    }

    @Test
    void changedPipeline() throws IOException {
        Path dir = folder("stance");
        Files.writeString(dir.resolve("pipeline/metadata"), "{\"changed\": true}");
        assertFault(dir, ModelTask.STANCE, "do not match the card's pipeline_sha256");
    }

    @Test
    void missingPipeline() throws IOException {
        Path dir = folder("stance");
        Files.delete(dir.resolve("pipeline/metadata"));
        Files.delete(dir.resolve("pipeline/stages"));
        Files.delete(dir.resolve("pipeline"));
        assertFault(dir, ModelTask.STANCE, "pipeline/) is missing");
    }

    private static void assertFault(Path dir, ModelTask task, String expected) {
        UsageException e = assertThrows(UsageException.class, () -> ModelCard.read(dir, "--model", task));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().startsWith("--model " + dir), e.getMessage());
    }
}
