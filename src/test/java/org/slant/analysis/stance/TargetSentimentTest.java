package org.slant.analysis.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.slant.analysis.sentiment.VaderAnalyzer;

class TargetSentimentTest {
    private static final VaderAnalyzer VADER = VaderAnalyzer.fromClasspath();
    private static final TargetSentiment TS = new TargetSentiment(VADER);

    private static double toward(String sentence, String target) {
        int at = sentence.indexOf(target);
        return TS.score(sentence, at, at + target.length());
    }

    @Test
    void nearerWordsAndTheMentionsClauseCountMore() {
        String s = "Smith gave a brilliant, inspiring speech, while Jones was a disgrace and a fraud.";
        assertTrue(toward(s, "Smith") > toward(s, "Jones"));
        assertTrue(toward(s, "Jones") < 0);
    }

    @Test
    void newsLexiconCoversWordsVaderLacks() {
        assertEquals(0.0, VADER.score("The mayor was indicted.").compound());
        assertTrue(toward("The mayor was indicted.", "mayor") < 0);
        assertTrue(toward("The mayor was not indicted.", "mayor") > 0);
    }

    @Test
    void agentAndPatientOfNewsPredicates() {
        String s = "Smith accused Jones of lying.";
        assertTrue(toward(s, "Jones") < toward(s, "Smith"), s);
        assertTrue(toward(s, "Jones") < 0);
        String p = "The senator praised the mayor.";
        assertTrue(toward(p, "mayor") > toward(p, "senator"), p);
        assertTrue(toward("The mayor was praised by the senator.", "mayor") > 0);
        assertTrue(toward("The mayor, accused of fraud, resigned.", "mayor") < 0);
        assertTrue(toward("Smith won the primary.", "Smith") > 0);
        assertTrue(toward("Smith lost the primary.", "Smith") < 0);
        assertTrue(toward("Smith was not arrested.", "Smith") > 0);
    }

    @Test
    void whatASpeakerSaysIsNotAboutTheSpeaker() {
        assertEquals(0.0, toward("\"It is a terrible, shameful disaster,\" Smith said.", "Smith"));
        assertTrue(toward("Smith said Jones is a terrible liar.", "Jones") < 0);
    }

    @Test
    void scoresStayInRange() {
        double s = toward("Awful, horrible, terrible, disgusting, evil, hateful, vile Smith!!!", "Smith");
        assertTrue(s >= -1 && s < -0.5, String.valueOf(s));
        assertEquals(0.0, TS.score("", 0, 0));
    }
}
