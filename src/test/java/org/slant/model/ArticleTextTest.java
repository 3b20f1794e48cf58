package org.slant.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ArticleTextTest {
    @Test
    void sectionHeadlineAndBodyWithoutTheQuotedPassages() {
        String text = ArticleText.of("Opinion", "Editorial: Finish the job",
                List.of("Critics say \u201Cit is a blank check\u201D and \"not our war\".", "They are wrong: send the package."));
        assertEquals("Opinion . Editorial: Finish the job . Critics say   and  . They are wrong: send the package.", text);
    }

    @Test
    void aStrayMarkDoesNotSwallowTheRestOfThePiece() {
        String body = "He said \"we will see. " + "word ".repeat(200) + "The aid must continue.";
        String text = ArticleText.of(null, null, List.of(body));
        assertTrue(text.contains("The aid must continue."), "an unclosed quotation over 600 characters is left as written");
        assertFalse(text.startsWith(" . "), "no empty section or headline");
    }

    @Test
    void aRawArticleIsCleanedAndSplitAsAnalyzeDoes() {
        assertEquals(ArticleText.of("World", "Aid vote", List.of("The House voted.", "The Senate waits.")),
                ArticleText.ofRaw("World", "Aid   vote", "The House voted.  The Senate waits."));
    }
}
