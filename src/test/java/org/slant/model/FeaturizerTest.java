package org.slant.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;

class FeaturizerTest {
    private static final FeatureSpec STANCE = new FeatureSpec("stance", 16, 2, 4, FeatureSpec.TargetMode.SHARED, true);
    private static final Featurizer F = Featurizer.standard(STANCE);

    @Test
    void sameExampleSameVectorOnEveryCall() {
        Example e = new Example("Congress must keep funding Ukraine's defense!", "ukraine_aid", -1, -1);
        SparseFeatures a = F.features(e);
        SparseFeatures b = Featurizer.standard(STANCE).features(e);
        assertArrayEquals(a.indices(), b.indices());
        assertArrayEquals(a.values(), b.values());
        assertEquals(STANCE.size(), a.size());
    }

    @Test
    void indicesAscendDistinctAndTheHashedBlockHasUnitLength() {
        SparseFeatures f = F.features(new Example("Aid to Ukraine is a waste, and it must stop.", "ukraine_aid", -1, -1));
        for (int i = 1; i < f.indices().length; i++) {
            assertTrue(f.indices()[i] > f.indices()[i - 1]);
        }
        double norm = 0;
        for (int i = 0; i < f.indices().length; i++) {
            if (f.indices()[i] < STANCE.hashedSize()) {
                norm += f.values()[i] * f.values()[i];
            }
        }
        assertEquals(1.0, norm, 1e-9);
        // The rule features follow the hashed slots, in their fixed order.
        int rules = (int) Arrays.stream(f.indices()).filter(i -> i >= STANCE.hashedSize()).count();
        assertEquals(RuleFeatures.NAMES.size(), rules);
    }

    @Test
    void aMentionWithOffsetsIsAPlaceholderNotItsName() {
        FeatureSpec spec = new FeatureSpec("target-sentiment", 16, 1, 0, FeatureSpec.TargetMode.NONE, false);
        Featurizer f = Featurizer.standard(spec);
        String text = "Winner wrote that she met the director.";
        SparseFeatures masked = f.features(new Example(text, "Winner", 0, 6));
        SparseFeatures plain = f.features(Example.of(text));
        int winner = Featurizer.slot("w:winner", spec.hashedSize());
        int placeholder = Featurizer.slot("w:$t$", spec.hashedSize());
        assertTrue(contains(plain, winner));
        assertFalse(contains(masked, winner));
        assertTrue(contains(masked, placeholder));
        assertTrue(contains(masked, Featurizer.slot("R:wrote", spec.hashedSize())), "right context is a feature");
    }

    @Test
    void crossedTargetsAddTargetConjoinedNgrams() {
        FeatureSpec crossed = new FeatureSpec("stance", 18, 1, 0, FeatureSpec.TargetMode.CROSSED, false);
        FeatureSpec shared = new FeatureSpec("stance", 18, 1, 0, FeatureSpec.TargetMode.SHARED, false);
        Example e = new Example("we need action now", "Climate Change is a Real Concern", -1, -1);
        SparseFeatures c = Featurizer.standard(crossed).features(e);
        SparseFeatures s = Featurizer.standard(shared).features(e);
        assertTrue(contains(c, Featurizer.slot("T:climate change is a real concern|w:action", crossed.hashedSize())));
        assertFalse(contains(s, Featurizer.slot("T:climate change is a real concern|w:action", shared.hashedSize())));
        assertTrue(c.indices().length > s.indices().length);
    }

    @Test
    void emptyTextGivesOnlyRuleFeatures() {
        SparseFeatures f = Featurizer.standard(new FeatureSpec("frame", 12, 2, 3, FeatureSpec.TargetMode.NONE, true))
                .features(Example.of(""));
        assertEquals(RuleFeatures.NAMES.size(), f.indices().length);
        assertTrue(Arrays.stream(f.values()).allMatch(Double::isFinite));
    }

    @Test
    void specSurvivesItsCardForm() {
        assertEquals(STANCE, FeatureSpec.from(STANCE.describe()));
    }

    private static boolean contains(SparseFeatures f, int index) {
        return Arrays.binarySearch(f.indices(), index) >= 0;
    }

    @Test
    void aJoinedHashIsTheHashOfTheJoinedString() {
        String[] parts = {"", "T:biden|", "w:action", "w:état d'urgence", "w:日本 経済", "w:\uD83D\uDE00 emoji", "x".repeat(300)};
        for (String a : parts) {
            for (String b : parts) {
                assertEquals((a + b).hashCode(), Featurizer.joinedHash(a.hashCode(), b.hashCode(), Featurizer.power31(b.length())),
                        a + " + " + b);
            }
        }
    }

    @Test
    void aTextReadBeforeOthersGivesTheSameVectorAgain() {
        FeatureSpec crossed = new FeatureSpec("stance", 18, 2, 5, FeatureSpec.TargetMode.CROSSED, true);
        Featurizer f = Featurizer.standard(crossed);
        Example a = new Example("Senators criticised the climate bill on Tuesday.", "climate", -1, -1);
        SparseFeatures first = f.features(a);
        for (int i = 0; i < 2 * Featurizer.RECENT_TEXTS; i++) {
            f.features(new Example("Another sentence number " + i + " about the border.", "immigration", -1, -1));
            if (i == 3) {
                assertVectorEquals(first, f.features(a));
            }
        }
        assertVectorEquals(first, f.features(a));
        assertVectorEquals(first, Featurizer.standard(crossed).features(a));
    }

    private static void assertVectorEquals(SparseFeatures expected, SparseFeatures actual) {
        assertEquals(expected.size(), actual.size());
        assertArrayEquals(expected.indices(), actual.indices());
        assertArrayEquals(expected.values(), actual.values());
    }

    /** Pieces that meet the edge cases of the word and negation patterns: letters and numbers of every kind, marks, surrogates. */
    static final String[] PIECES = {"not", "No", "NOR", "never", "neither", "cannot", "without", "n't", "N\u2019T", "n",
        "t", "'", "\u2019", "_", "#", "!", "?", " ", ",", ".", "-", "a", "\u00e9", "\u0301", "\u0903", "7", "\u216B",
        "\u00B2", "\uD835\uDC00", "\uD835", "\uDC00", "\u4E2D", "\u02B0", "\u01C5", "x_y", "don't", "won\u2019t", "W",
        "C", "\t", "\u0130", "\u212A"};

    /** Up to a dozen random pieces. */
    static String randomText(SplittableRandom random) {
        StringBuilder b = new StringBuilder();
        int n = random.nextInt(13);
        for (int i = 0; i < n; i++) {
            b.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    @Test
    void wordsAreTheMatchesOfTheWordPattern() {
        SplittableRandom random = new SplittableRandom(7);
        for (int k = 0; k < 200_000; k++) {
            String text = randomText(random);
            List<String> expected = new ArrayList<>();
            Matcher m = Featurizer.WORD.matcher(text);
            while (m.find()) {
                expected.add(m.group().toLowerCase(Locale.ROOT));
            }
            assertEquals(expected, Featurizer.words(text), () -> "words of " + escaped(text));
        }
        assertEquals(List.of("#ukraine", "aid", "isn't", "x_y", "!", "\u217b2", "\ud835\udc00"),
                Featurizer.words("#Ukraine aid isn't #_ x_y! \u216B2 \uD835\uDC00"));
    }

    static String escaped(String text) {
        StringBuilder b = new StringBuilder();
        text.chars().forEach(c -> b.append(c < 128 && c >= 32 ? String.valueOf((char) c) : String.format("\\u%04X", c)));
        return b.toString();
    }
}
