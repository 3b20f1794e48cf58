package org.slant.analysis.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class MentionFinderTest {
    private static final MentionFinder FINDER = new MentionFinder(TargetCatalog.builtIn());

    /** "target:surface" for each mention, in order. */
    private static String found(String... sentences) {
        return FINDER.find(List.of(sentences)).stream()
                .map(m -> m.sentence() + ":" + m.target() + ":" + m.surface())
                .collect(Collectors.joining(", "));
    }

    @Test
    void aliasesWithCaseHyphensPossessivesAndPlurals() {
        assertEquals("0:ukraine_aid:AID TO UKRAINE, 0:ukraine:UKRAINE", found("Congress debated AID TO UKRAINE again."));
        assertEquals("0:ukraine:Ukraine", found("Ukraine's army held the line."));
        assertEquals("0:zelensky:Zelensky", found("Zelensky’s office declined to comment."));
        assertEquals("0:republicans:House Republicans", found("House Republicans met on Tuesday."));
        assertEquals("0:ukraine:Ukraine, 0:ukraine_aid:Ukraine aid packages", found("Two Ukraine aid packages were on the table."));
    }

    @Test
    void offsetsPointIntoTheSentence() {
        String s = "Critics say Zelensky’s plea fell flat.";
        Mention m = FINDER.find(s).get(0);
        assertEquals("Zelensky", s.substring(m.start(), m.end()));
        assertEquals(12, m.start());
    }

    @Test
    void longestMatchWinsAndNestedTargetsAreKept() {
        assertEquals("0:ukraine_aid:funding for Ukraine's defense, 0:ukraine:Ukraine",
                found("The Senate approved funding for Ukraine's defense."));
        assertEquals("0:ukraine_aid:the $60 billion package", found("He opposed the $60 billion package."));
        assertEquals("0:ukraine_aid:the $60.5 billion package", found("He opposed the $60.5 billion package."));
    }

    @Test
    void patternsFindAmounts() {
        assertEquals("0:ukraine_aid:$61 billion in aid", found("Congress is weighing $61 billion in aid."));
    }

    @Test
    void exclusionsVetoOnlyTheirOwnSpan() {
        assertEquals("0:ukraine:Kyiv", found("FEMA said disaster aid would run out before Kyiv's winter."));
        assertEquals("", found("A senior aide to the senator spoke.", "Aides said little."));
        assertEquals("", found("Students rely on financial aid.", "She needs a hearing aid."));
        assertEquals("0:ukraine:Kyiv", found("Disaster aid was approved, and aid to Gaza too, while Kyiv waited."));
    }

    @Test
    void ambiguousAliasNeedsContextInTheArticle() {
        assertEquals("", found("The House passed the package on Friday."));
        assertEquals("0:ukraine:Kyiv, 1:ukraine_aid:the package",
                found("Kyiv is running short of shells.", "The House passed the package on Friday."));
        // ukraine_aid's window is the article: Kyiv two sentences earlier is context.
        assertEquals("0:ukraine:Kyiv, 2:ukraine_aid:aid",
                found("Kyiv is running short of shells.", "Lawmakers left.", "They blocked aid again."));
        assertEquals("", found("Lawmakers left.", "They blocked aid again."));
        // nato keeps the default window: this sentence or the one before.
        assertEquals("0:nato:NATO, 1:nato:The alliance", found("NATO ministers met.", "The alliance grew."));
        assertEquals("0:nato:NATO", found("NATO ministers met.", "Lawmakers left.", "The alliance grew."));
        assertEquals("0:republicans:Republicans, 0:ukraine_aid:aid, 0:ukraine:Kyiv", found("Republicans blocked aid meant for Kyiv."));
        assertEquals("0:ukraine_aid:the supplemental, 1:ukraine_aid:The bill",
                found("Senators unveiled the supplemental.", "The bill includes border money."));
    }

    @Test
    void speakerAliasesAreActorReferencesNotMentions() {
        MentionFinder.Found f = FINDER.findAll(List.of("The delay is 'concerning,' Jean-Pierre said."));
        assertTrue(f.mentions().isEmpty());
        assertEquals("biden_administration", f.actorReferences().get(0).target());
    }

    @Test
    void assumedTopicLiftsTheContextRule() {
        assertEquals("ukraine_aid", FINDER.findAll(List.of("They should pass the package now."), "ukraine_aid")
                .mentions().get(0).target());
    }

    @Test
    void formerPresidentIsTrumpButNotObama() {
        assertEquals("0:trump:the former president", found("the former president said."));
        assertEquals("", found("Former President Barack Obama said."));
    }

    @Test
    void noMentionsInUnrelatedText() {
        assertEquals("", found("The city council approved a new budget for schools.", ""));
        assertEquals("", found());
    }
}
