package org.slant.analysis.stance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.slant.analysis.sentiment.VaderAnalyzer;
import org.slant.analysis.targets.TargetKind;

/** Part-of-speech tags, and what they decide: the verb that governs a mention and the subject that holds it. */
class PosTaggerTest {
    private static final PosTagger TAGGER = PosTagger.standard();
    private static final TargetSentiment SENTIMENT = new TargetSentiment(VaderAnalyzer.fromClasspath());
    private static final StanceScorer WITH = new StanceScorer(SENTIMENT, StanceScorer.THETA, StanceScorer.SENTIMENT_WEIGHT, true);
    private static final StanceScorer WITHOUT = new StanceScorer(SENTIMENT, StanceScorer.THETA, StanceScorer.SENTIMENT_WEIGHT, false);

    @Test
    void tagsUniversalPartsOfSpeech() {
        String[] words = "The House passed the aid package on Tuesday".split(" ");
        assertArrayEquals(new String[] {"DET", "PROPN", "VERB", "DET", "NOUN", "NOUN", "ADP", "PROPN"},
                TAGGER.tagAll(words));
    }

    @Test
    void aWindowIsTaggedLikeTheWholeSentence() {
        String[] words = "Forty-one House Republicans signed a letter demanding that any Ukraine aid be paired".split(" ");
        String[] all = TAGGER.tagAll(words);
        String[] window = new String[words.length];
        TAGGER.tag(words, window, 5, 7);
        for (int i = 5; i <= 7; i++) {
            assertEquals(all[i], window[i], "token " + i);
        }
        assertNull(window[0]);
    }

    @Test
    void anInterveningVerbGovernsTheMentionInsteadOfTheCue() {
        String s = "Mr. Zelensky invited Republican skeptics to visit Ukraine and see how the weapons are used.";
        int at = s.indexOf("the weapons");
        // Without tags the critical noun "skeptics" reaches the mention; with them "visit"/"see" take it.
        assertEquals(StanceLabel.AGAINST, WITHOUT.score(s, at, at + 11, TargetKind.ISSUE).label());
        assertEquals(-1, WITH.score(s, at, at + 11, TargetKind.ISSUE).predicateToken());
        // A carrier verb passes the object on: "a bill providing aid" is still passed.
        String c = "The Senate passed a bill providing Ukraine aid.";
        int m = c.indexOf("Ukraine aid");
        assertEquals(StanceLabel.FAVOR, WITH.score(c, m, m + 11, TargetKind.ISSUE).label());
    }

    @Test
    void theSubjectIsTheNounPhraseBeforeTheClausesVerb() {
        StanceScorer.Parsed p = WITH.parse("The House passed a $60.5 billion aid package for Ukraine on Tuesday.");
        assertEquals("The House", ActorAttribution.subjectBefore(p, 2));
        StanceScorer.Parsed q = WITH.parse("The aid to Ukraine should be cut off, a senior official said.");
        int said = q.tokens().size() - 1;
        assertEquals("a senior official", ActorAttribution.nounPhraseBefore(q, said));
        StanceScorer.Parsed r = WITH.parse("“This package saves lives,” said Sen. Dale Harmon (R-Kan.).");
        int verb = -1;
        for (int i = 0; i < r.tokens().size(); i++) {
            if (r.tokens().norm(i).equals("said")) {
                verb = i;
            }
        }
        assertEquals("Sen. Dale Harmon", ActorAttribution.nounPhraseAfter(r, verb));
    }
}
