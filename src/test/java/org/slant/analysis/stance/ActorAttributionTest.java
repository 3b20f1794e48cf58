package org.slant.analysis.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.slant.analysis.sentiment.VaderAnalyzer;
import org.slant.analysis.targets.TargetCatalog;

/** Who holds the stance: subjects with titles and appositives, coordinated verbs, party tags. */
class ActorAttributionTest {
    private static final ArticleTargetAnalyzer ARTICLES =
            new ArticleTargetAnalyzer(TargetCatalog.builtIn(), VaderAnalyzer.fromClasspath());

    private static String actors(String... sentences) {
        // Positions only: statements without one (NONE) are checked in ActorVoiceTest.
        return ARTICLES.analyze(List.of(sentences)).actorStances().stream()
                .filter(a -> a.label() != StanceLabel.NONE)
                .map(a -> a.actor() + ">" + a.target() + ":" + a.label())
                .collect(Collectors.joining(", "));
    }

    @Test
    void titledSubjectWithTimePhraseBeforeTheSpeechVerb() {
        // Sample-corpus sentences: a later participle ("warning", "telling") must not steal the speaker.
        assertEquals("zelensky>ukraine_aid:FAVOR", actors("Ukrainian President Volodymyr Zelensky urged the U.S. "
                + "Congress on Monday to pass the new aid package quickly, warning that air-defense stocks could run "
                + "low by December."));
        assertEquals("trump>ukraine_aid:AGAINST", actors("Former President Donald Trump urged Republicans on "
                + "Tuesday to block the new Ukraine package, telling a rally crowd in Wisconsin that the country "
                + "\"cannot keep paying for everybody else's wars.\""));
    }

    @Test
    void appositivesAndStatementsBetweenSubjectAndVerb() {
        assertEquals("trump>ukraine_aid:AGAINST",
                actors("Trump, in a statement on Tuesday, urged Congress to block aid to Ukraine."));
        assertEquals("republicans>ukraine_aid:FAVOR",
                actors("Mitch McConnell, the Senate Republican leader, said Congress must pass aid to Ukraine."));
    }

    @Test
    void theAddresseeOfASpeechVerbIsNotItsSpeaker() {
        assertTrue(actors("Trump urged Republicans to block aid to Ukraine.").startsWith("trump>ukraine_aid:AGAINST"));
    }

    @Test
    void invertedSpeechAndAccordingTo() {
        assertEquals("biden_administration>ukraine_aid:FAVOR",
                actors("The aid to Ukraine must pass, according to the White House."));
        assertEquals("biden_administration>ukraine:FAVOR",
                actors("“We must not abandon Kyiv,” Jean-Pierre said, calling the delay concerning."));
    }

    @Test
    void coordinatedSpeechVerbSharesTheSubject() {
        String s = "The White House called the remarks \"reckless\" and said delay would only help Russia.";
        // "help Russia" after an opposition act is no stance on Russia, and the speaker is not lost.
        assertEquals("", actors(s));
        assertEquals("biden_administration>ukraine_aid:FAVOR",
                actors("The White House called the remarks reckless and said blocking the aid to Ukraine would "
                        + "only help Russia."));
    }

    @Test
    void aParticipleAfterACommaSharesTheMainSubject() {
        assertTrue(actors("Trump spoke in Ohio on Friday, telling supporters that the aid to Ukraine was a waste.")
                .contains("trump>ukraine_aid:AGAINST"));
    }

    @Test
    void partyTagsAttributeUnknownLawmakersToTheirParty() {
        assertEquals("republicans>ukraine_aid:AGAINST", actors("Sen. Dale Harmon (R-Kan.) said the aid to Ukraine was a waste."));
        assertEquals("republicans>ukraine_aid:AGAINST", actors("“Aid to Ukraine is a waste,” said Sen. Dale Harmon (R-Kan.)."));
        assertEquals("democrats>ukraine_aid:FAVOR", actors("Democratic Rep. Nora Whitcomb voted for the aid to Ukraine."));
        assertEquals("republicans>ukraine_aid:AGAINST",
                actors("Republican Sen. Dale Harmon told reporters the aid to Ukraine was a waste."));
        // No party printed: an unknown named speaker stays "other".
        assertEquals("other>ukraine_aid:AGAINST", actors("Sen. Dale Harmon said the aid to Ukraine was a waste."));
    }

    @Test
    void partyTagParsing() {
        assertEquals("democrats", ActorAttribution.party("Sen. Alicia Moreno (D-N.M.) said", 0, 30));
        assertEquals("republicans", ActorAttribution.party("Rep. Tom Ellery (R–Tex.) said", 0, 29));
        assertNull(ActorAttribution.party("Sen. Dale Harmon said", 0, 21));
    }

    private static String speakers(String... sentences) {
        return ARTICLES.analyze(List.of(sentences)).actorStances().stream()
                .map(a -> a.actor() + "/" + a.speaker() + ">" + a.target())
                .collect(Collectors.joining(", "));
    }

    @Test
    void aNameWithOfKeepsBothHalves() {
        assertEquals("other/former Secretary of Commerce Ellen Marsh>trump", speakers(
                "Separately, former Secretary of Commerce Ellen Marsh said Trump had wrecked the trade talks."));
        assertEquals("other/Dale Pruett of Kettering>ukraine_aid", speakers(
                "Dale Pruett of Kettering said the Ukraine aid package should be blocked."));
    }

    @Test
    void aNewsReportCarriesAStatementWithoutHoldingIt() {
        assertTrue(!speakers("Trump is the reason the talks failed, according to reports from the Morning Ledger.")
                .contains("reports"), "a report is not a speaker");
    }
}
