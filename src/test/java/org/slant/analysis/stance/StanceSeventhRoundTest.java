package org.slant.analysis.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.slant.analysis.sentiment.VaderAnalyzer;
import org.slant.analysis.targets.TargetCatalog;
import org.slant.evaluate.StanceEvaluation;

/**
 * The seventh round of stance rules: verbs of restarting, keeping, joining and ending a programme,
 * the bare preposition "against", transcript answers to a question, and sarcasm markers. The
 * sentences were written for these tests, not taken from any labelled set.
 */
class StanceSeventhRoundTest {
    private static final StanceEvaluation EVAL = new StanceEvaluation(TargetCatalog.builtIn(),
            VaderAnalyzer.fromClasspath());

    private static String label(String text, String target) {
        return EVAL.predict(text, target).label();
    }

    @Test
    void restartingJoiningAndEndingAreActions() {
        assertEquals("FAVOR", label("The Pentagon resumed weapons deliveries to Ukraine on Monday.", "ukraine_aid"));
        assertEquals("FAVOR", label("Senators revived the stalled Ukraine aid bill.", "ukraine_aid"));
        assertEquals("FAVOR", label("Sweden joined NATO after a long wait.", "nato"));
        assertEquals("AGAINST", label("The new cabinet ended the sanctions on Russia within a month.", "sanctions_on_russia"));
        assertEquals("FAVOR", label("The G7 agreed to keep the sanctions on Russia in place.", "sanctions_on_russia"));
    }

    @Test
    void directObjectVerbsNeedTheirObject() {
        // "joining us" joins nothing; "resume debate on" is procedure; the session "ended" without a vote
        assertEquals("NONE", label("HOST: Joining us now is an adviser to Ukraine's aid mission.", "ukraine_aid"));
        assertEquals("NONE", label("The House will resume debate on the Ukraine aid package at noon.", "ukraine_aid"));
        assertEquals("NONE", label("The all-night session ended without a vote on the Ukraine aid.", "ukraine_aid"));
        // kept away is not kept going
        assertEquals("AGAINST", label("Leaders should keep the Ukraine aid out of the spending bill.", "ukraine_aid"));
    }

    @Test
    void barePrepositionAgainstTakesTheFollowingPhraseOnly() {
        assertEquals("AGAINST", label("Thousands of students marched through Madrid against NATO on Sunday.", "nato"));
        assertEquals("FAVOR", label("Veterans rallied for the Ukraine aid outside the Capitol.", "ukraine_aid"));
        // after the mention it names the target's object, not a position
        assertEquals("FAVOR", label("The EU approved new sanctions against Russia on Friday.", "sanctions_on_russia"));
    }

    @Test
    void aTranscriptAnswerDecidesTheQuestion() {
        assertEquals("AGAINST", label("HOST: Would you vote for the Ukraine aid bill? SEN. MORROW (R-Kan.): No. Not with this deficit.", "ukraine_aid"));
        assertEquals("FAVOR", label("HOST: Will you support the sanctions on Russia? REP. LINDH (D-Minn.): Absolutely. They are working.", "sanctions_on_russia"));
        assertEquals("AGAINST", label("HOST: Could you back the Ukraine aid package? GUEST: Honestly? No.", "ukraine_aid"));
        assertEquals("AGAINST", label("HOST: Will you vote for the Ukraine aid bill? REP. DALE (R-Ind.): Absolutely not.", "ukraine_aid"));
        // a question with an answer that is neither yes nor no states no position of its own
        assertEquals("NONE", label("HOST: Will the Senate approve the Ukraine aid? GUEST: We will see what the leaders decide.", "ukraine_aid"));
    }

    @Test
    void answerTurnNeedsASpeakerLabelInCapitals() {
        StanceScorer s = new StanceScorer(new TargetSentiment(VaderAnalyzer.fromClasspath()));
        Stance favor = new Stance(0.9, StanceLabel.FAVOR, 3, -1);
        // a rhetorical wh-question keeps its stance when no answer turn follows
        List<String> turn = List.of("Would you vote for the aid?", "SEN. X: No.");
        List<String> prose = List.of("Why would anyone vote against the aid?", "No one answered.");
        assertEquals(StanceLabel.AGAINST, s.answered(favor, turn, 0).label());
        assertEquals(favor, s.answered(favor, prose, 0));
    }

    @Test
    void sarcasmMarkersTurnTheSentenceAround() {
        assertEquals("AGAINST", label("Nothing says smart spending like another $20 billion in aid to Ukraine with no audit.", "ukraine_aid"));
        assertEquals("FAVOR", label("Sure, let's abandon NATO after seventy years of peace in Europe. What could possibly go wrong?", "nato"));
    }

    @Test
    void anUnansweredYesNoQuestionTakesNoPosition() {
        assertEquals("NONE", label("Congress returns this week to one question: will it approve another package for Ukraine?", "ukraine_aid"));
        // a wh-question may be rhetorical and keeps its stance
        assertEquals("AGAINST", label("Why should Americans keep funding Ukraine's war while our own bridges crumble?", "ukraine_aid"));
    }

    @Test
    void anActionOnNoneOfTheTargetIsWithheld() {
        assertEquals("AGAINST", label("Congress should approve no new funding for Ukraine until the audits are done.", "ukraine_aid"));
    }

    @Test
    void aCampNamedByItsPositionHoldsThatPosition() {
        ArticleTargetAnalyzer a = new ArticleTargetAnalyzer(TargetCatalog.builtIn(), VaderAnalyzer.fromClasspath());
        ActorStance s = a.analyze(List.of("Supporters of the Ukraine aid point out that most of the money is spent at home."))
                .actorStances().get(0);
        assertEquals("other", s.actor());
        assertEquals("Supporters", s.speaker());
        // an opening subordinate clause is not the main clause: its subject ("they") is not the main verb's
        org.slant.analysis.targets.SentenceTokens t =
                org.slant.analysis.targets.SentenceTokens.of("Until they get them, the next tranche should wait.");
        assertEquals(4, ActorAttribution.mainClauseStart(t, 0, 8)); // "the next tranche…"
        assertEquals(0, ActorAttribution.mainClauseStart(
                org.slant.analysis.targets.SentenceTokens.of("They said the next tranche should wait."), 0, 6));
    }

    @Test
    void aRoleSpeaksForTheActorOnlyDuringItsTerm() {
        ArticleTargetAnalyzer a = new ArticleTargetAnalyzer(TargetCatalog.builtIn(), VaderAnalyzer.fromClasspath());
        List<String> s = List.of("The White House press secretary said Congress must pass the aid to Ukraine.");
        ActorStance in = a.analyze(null, s, org.slant.analysis.Genre.NEWS, java.time.LocalDate.parse("2023-03-01"))
                .actorStances().get(0);
        assertEquals("biden_administration", in.actor());
        ActorStance out = a.analyze(null, s, org.slant.analysis.Genre.NEWS, java.time.LocalDate.parse("2018-03-01"))
                .actorStances().get(0);
        assertEquals("other", out.actor());
        assertEquals("biden_administration", a.analyze(s).actorStances().get(0).actor(), "undated: the catalog's reading");
    }

    @Test
    void aSpeakersNameStopsAtAColonOrADash() {
        ArticleTargetAnalyzer a = new ArticleTargetAnalyzer(TargetCatalog.builtIn(), VaderAnalyzer.fromClasspath());
        ActorStance s = a.analyze(List.of("The bill stalled again, according to the station's Lauren Dake:Even so, "
                + "Republicans blocked the aid to Ukraine.")).actorStances().stream()
                .filter(x -> x.speaker() != null && x.speaker().contains("Dake")).findFirst().orElseThrow();
        assertEquals("the station's Lauren Dake", s.speaker());
        ActorStance w = a.analyze(List.of("2020 opportunity WASHINGTON – Environmental advocates urged Congress to block "
                + "the aid to Ukraine.")).actorStances().get(0);
        assertEquals("Environmental advocates", w.speaker());
    }
}
