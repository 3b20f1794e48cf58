package org.slant.analysis.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.slant.analysis.sentiment.VaderAnalyzer;
import org.slant.analysis.targets.TargetCatalog;
import org.slant.evaluate.StanceEvaluation;

class StanceScorerTest {
    private static final VaderAnalyzer VADER = VaderAnalyzer.fromClasspath();
    private static final StanceEvaluation EVAL = new StanceEvaluation(TargetCatalog.builtIn(), VADER);
    private static final ArticleTargetAnalyzer ARTICLES = new ArticleTargetAnalyzer(TargetCatalog.builtIn(), VADER);

    private static String label(String text, String target) {
        return EVAL.predict(text, target).label();
    }

    private static double score(String text, String target) {
        return EVAL.predict(text, target).score();
    }

    /** "actor>target:LABEL" for each actor stance of a one-sentence article. */
    private static String actors(String... sentences) {
        // Positions only: statements without one (NONE) are checked in ActorVoiceTest.
        return ARTICLES.analyze(List.of(sentences)).actorStances().stream()
                .filter(a -> a.label() != StanceLabel.NONE)
                .map(a -> a.actor() + ">" + a.target() + ":" + a.label())
                .collect(Collectors.joining(", "));
    }

    @Test
    void supportAndOppositionPredicatesGoverningTheMention() {
        assertEquals("FAVOR", label("The Senate voted to approve the aid to Ukraine on Tuesday.", "ukraine_aid"));
        assertEquals("AGAINST", label("House conservatives moved to block aid to Ukraine.", "ukraine_aid"));
        assertEquals("FAVOR", label("Europe must tighten sanctions on Russia.", "sanctions_on_russia"));
        assertEquals("AGAINST", label("The sanctions on Russia have backfired, the minister said.", "sanctions_on_russia"));
        assertEquals("NONE", label("The Senate will take up the Ukraine aid bill on Tuesday.", "ukraine_aid"));
    }

    @Test
    void thirdRoundRules() {
        // idioms with a possessive slot
        assertEquals("AGAINST", label("Senators dragged their feet on the aid to Ukraine for weeks.", "ukraine_aid"));
        assertEquals("FAVOR", label("The governor threw her weight behind the Ukraine package.", "ukraine_aid"));
        // a parenthetical attribution does not cut the subject from its predicate
        assertEquals("FAVOR", label("The Ukraine package, an official told reporters, is vital.", "ukraine_aid"));
        // an evaluation of an action: the action's sign times the evaluation's
        assertEquals("FAVOR", label("It would be reckless to walk away from aid to Ukraine now.", "ukraine_aid"));
        // an act/eval word ("defend") counts as an evaluation of a person
        assertEquals("FAVOR", label("The senator defended Zelensky on Sunday.", "zelensky"));
        // a "both" target's own action is not its fate: "Ukrainian forces have fought…"
        assertEquals("NONE", label("Ukrainian forces have fought near the river for a week.", "ukraine"));
        // the long negation scope stops at "and"
        assertEquals("FAVOR", label("The minister said NATO had never been stronger and called for more NATO troops in the east.", "nato"));
    }

    @Test
    void negationFlips() {
        assertEquals("FAVOR", label("Senate Republicans refused to block the Ukraine aid bill.", "ukraine_aid"));
        assertEquals("FAVOR", label("The speaker did not oppose the Ukraine aid package.", "ukraine_aid"));
        assertEquals("AGAINST", label("The senator would not vote for the Ukraine aid package.", "ukraine_aid"));
    }

    @Test
    void modalityWeakensButKeepsPolarity() {
        double certain = score("Trump will cut off aid to Ukraine.", "ukraine_aid");
        double hedged = score("Trump could cut off aid to Ukraine.", "ukraine_aid");
        assertTrue(hedged < 0 && certain < hedged, certain + " vs " + hedged);
        assertEquals("AGAINST", label("Trump could cut off aid to Ukraine if he wins.", "ukraine_aid"));
    }

    @Test
    void laterClauseOfContrastDominates() {
        assertEquals("FAVOR", label("The senator grumbled about the Ukraine bill's price tag but voted for it.", "ukraine_aid"));
        assertEquals("AGAINST", label("The governor initially backed the supplemental but has since called for it to be shelved.",
                "ukraine_aid"));
        assertEquals("FAVOR", label("While he has criticized the costs, the congressman voted yes on the Ukraine bill.",
                "ukraine_aid"));
    }

    @Test
    void actorTargetsNeedTreatmentNotAgency() {
        assertEquals("AGAINST", label("Democrats accused Trump of abandoning Ukraine.", "trump"));
        assertEquals("NONE", label("Trump urged Republicans to block the aid package.", "trump"));
        assertEquals("FAVOR", label("European leaders praised Zelensky for his resolve.", "zelensky"));
        assertEquals("AGAINST", label("Putin is a brutal dictator, the senator said.", "putin"));
    }

    @Test
    void blamingSomeoneForOppositionIsSupport() {
        assertEquals("FAVOR", label("Democrats blasted House Republicans for stalling the aid for Ukraine.", "ukraine_aid"));
        assertEquals("AGAINST", label("Democrats blasted House Republicans for stalling the aid for Ukraine.", "republicans"));
    }

    @Test
    void unmentionedTargetIsNone() {
        assertEquals("NONE", label("The Senate passed a $20 billion disaster aid package for hurricane-hit states.", "ukraine_aid"));
        assertEquals("NONE", label("A longtime aide to the senator resigned on Friday.", "ukraine_aid"));
    }

    @Test
    void subjectOfThePredicateHoldsTheStance() {
        assertEquals("trump>ukraine_aid:AGAINST", actors("Trump urged Republicans to block aid to Ukraine."));
        assertEquals("republicans>ukraine_aid:FAVOR", actors("House Republicans voted to approve the $60 billion package."));
    }

    @Test
    void reportedSpeechGoesToTheSpeaker() {
        assertEquals("biden_administration>ukraine_aid:FAVOR",
                actors("We must pass aid to Ukraine now, Jean-Pierre said."));
        assertEquals("other>ukraine_aid:AGAINST",
                actors("The aid to Ukraine should be cut off, a senior official said."));
        assertEquals("zelensky>ukraine_aid:FAVOR",
                actors("Zelensky told reporters that Congress should pass the Ukraine aid bill quickly."));
    }

    @Test
    void outletsOwnVoiceIsAuthor() {
        assertEquals("author>ukraine_aid:FAVOR", actors("Congress should pass the Ukraine aid bill this week."));
    }

    @Test
    void actorsCanBeTargetsOfOthers() {
        String s = actors("Democrats criticized Trump over his comments on NATO.");
        assertTrue(s.contains("democrats>trump:AGAINST"), s);
    }

    // Own sentences (not from the dev set) for the rules added in the second round.

    @Test
    void benefitAndHarmFrames() {
        assertEquals("FAVOR", label("Cutting off the aid to Ukraine now would embolden every aggressor.", "ukraine_aid"));
        assertEquals("FAVOR", label("Delaying the Ukraine aid package will only help the Kremlin.", "ukraine_aid"));
        assertEquals("AGAINST", label("Sending more aid to Ukraine would only prolong the war.", "ukraine_aid"));
        assertEquals("FAVOR", label("The sanctions on Russia are hurting the Kremlin's war chest.", "sanctions_on_russia"));
    }

    @Test
    void negationScopeBoundedByTheClause() {
        assertEquals("FAVOR", label("Nobody in the Senate leadership moved to block the aid to Ukraine.", "ukraine_aid"));
        assertEquals("FAVOR", label("Senate Democrats never wavered in their support for aid to Ukraine.", "ukraine_aid"));
        assertEquals("FAVOR", label("The Pentagon denied that it had slowed deliveries of the aid to Ukraine.", "ukraine_aid"));
    }

    @Test
    void nonCommitmentIsNone() {
        assertEquals("NONE", label("The governor would not say whether she backs the aid to Ukraine.", "ukraine_aid"));
    }

    @Test
    void aQuoteIsAboutTheTopicNamedAfterItsSpeechVerb() {
        assertEquals("AGAINST", label("“I will not vote for it,” the senator said of the Ukraine aid bill.", "ukraine_aid"));
    }

    @Test
    void aParticipleOnTheMentionDescribesRatherThanOpposes() {
        double attributive = score("Two senators spoke about the stalled aid to Ukraine.", "ukraine_aid");
        double verbal = score("Two senators stalled the aid to Ukraine.", "ukraine_aid");
        assertTrue(attributive < 0 && Math.abs(attributive) < 0.5 * Math.abs(verbal), attributive + " vs " + verbal);
    }

    @Test
    void theNearerPredicateTakesTheObject() {
        assertEquals("NONE", label("Critics called the plan reckless and said delays helped Russia.", "russia"));
    }
}
