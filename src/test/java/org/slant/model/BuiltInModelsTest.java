package org.slant.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.slant.failure.UsageException;

class BuiltInModelsTest {
    @Test
    void theStanceModelIsCopiedOutWholeAndItsCardChecks() {
        Path dir = BuiltInModels.folder(ModelTask.STANCE).orElseThrow();
        ModelCard card = ModelCard.read(dir, "built-in model", ModelTask.STANCE);
        assertEquals(List.of("FAVOR", "AGAINST", "NONE"), card.classes().stream().sorted(
                java.util.Comparator.comparing(List.of("FAVOR", "AGAINST", "NONE")::indexOf)).toList());
        assertEquals(FeatureSpec.FEATURE_SET, ((Map<?, ?>) card.fields().get("features")).get("feature_set"));
        assertEquals("built-in:stance", BuiltInModels.name(dir));
        assertEquals(dir, BuiltInModels.resolve(Path.of("built-in:stance"), "--model"));
        assertEquals(dir, BuiltInModels.folder(ModelTask.STANCE).orElseThrow(), "copied once per JVM");
        String data = String.valueOf(card.fields().get("data"));
        assertTrue(data.contains("datasets/labeled/stance_dev.tsv") && !data.contains("stance_fresh6"),
                "trained on the project's dev sets, never on its current held-out set: " + data);
        assertEquals("datasets/labeled/stance_fresh6_actors_test.tsv",
                ((Map<?, ?>) card.fields().get("held_out")).get("data"), "the card names the set that decided it");
    }

    @Test
    void theArticleModelReadsWholeArticlesOnTheAidAndWasNotTrainedOnItsTestSet() {
        Path dir = BuiltInModels.folder(BuiltInModels.STANCE_ARTICLE).orElseThrow();
        ModelCard card = ModelCard.read(Path.of("built-in:stance-article"), "--model", ModelTask.STANCE);
        assertEquals(dir, card.dir());
        assertEquals("article", card.unit());
        assertEquals(java.util.Set.of("ukraine_aid"), card.targets());
        assertEquals("built-in:stance-article", BuiltInModels.name(dir));
        String data = String.valueOf(card.fields().get("data"));
        assertTrue(data.contains("stance_articles_test6.jsonl") && !data.contains("stance_articles_test7"),
                "trained on the six earlier article sets and the development set, never on the seventh: " + data);
        assertEquals("datasets/labeled/stance_articles_test7.jsonl",
                ((Map<?, ?>) card.fields().get("held_out")).get("data"), "the card names the set that decided it");
    }

    @Test
    void otherTasksHaveNoneAndAFolderIsAFolder() {
        assertTrue(BuiltInModels.folder(ModelTask.FRAME).isEmpty());
        UsageException e = assertThrows(UsageException.class, () -> BuiltInModels.resolve(Path.of("built-in:frame"), "--model"));
        assertTrue(e.getMessage().contains("no built-in 'frame' model"), e.getMessage());
        assertThrows(UsageException.class, () -> BuiltInModels.resolve(Path.of("built-in:nonsense"), "--model"));
        assertEquals(Path.of("models/mine"), BuiltInModels.resolve(Path.of("models/mine"), "--model"));
        assertEquals("models/mine", BuiltInModels.name(Path.of("models/mine")));
    }
}
