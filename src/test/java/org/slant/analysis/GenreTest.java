package org.slant.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GenreTest {
    @Test
    void sectionDecides() {
        assertEquals(Genre.OPINION, Genre.of("Congress must act", "Opinion", null, null));
        assertEquals(Genre.OPINION, Genre.of("x", "Editorials", null, null));
        assertEquals(Genre.OPINION, Genre.of("x", "Letters", null, null));
        assertEquals(Genre.OPINION, Genre.of("x", "Op-Ed", null, null));
        assertEquals(Genre.OPINION, Genre.of("x", " commentary ", null, null));
        assertEquals(Genre.NEWS, Genre.of("Senate passes aid", "Politics", null, null));
        assertEquals(Genre.NEWS, Genre.of("x", "World", null, null));
    }

    @Test
    void titlePrefixDecides() {
        assertEquals(Genre.OPINION, Genre.of("Opinion: Republicans Who Block Aid Are Handing Putin a Win", null, null, null));
        assertEquals(Genre.OPINION, Genre.of("Editorial: Congress Owes Taxpayers a Plan, Not a Blank Check", null, null, null));
        assertEquals(Genre.OPINION, Genre.of("Op-Ed: Send the shells", null, null, null));
        assertEquals(Genre.OPINION, Genre.of("Letters: Readers on the aid vote", null, null, null));
        assertEquals(Genre.OPINION, Genre.of("Commentary | The price of delay", null, null, null));
        // A colon later in a news headline is not a prefix; "Analysis" is news.
        assertEquals(Genre.NEWS, Genre.of("Ukraine aid: what the $60 billion buys", null, null, null));
        assertEquals(Genre.NEWS, Genre.of("Analysis: What $60 Billion Buys", null, null, null));
    }

    @Test
    void urlPathDecides() {
        assertEquals(Genre.OPINION, Genre.of("A plan", null, "https://www.dailyledger.com/opinion/editorial-plan", null));
        assertEquals(Genre.OPINION, Genre.of("x", null, "https://x.com/editorials/2024/10/slug", null));
        assertEquals(Genre.OPINION, Genre.of("x", null, "https://x.com/op-ed/slug?ref=1", null));
        assertEquals(Genre.OPINION, Genre.of("x", null, "https://x.com/letters/2024/10/slug", null));
        // A word inside a slug is not a section.
        assertEquals(Genre.NEWS, Genre.of("x", null, "https://x.com/politics/2024/10/senators-opinion-split", null));
        assertEquals(Genre.NEWS, Genre.of("x", null, "https://opinion.example.com/politics/slug", null));
    }

    @Test
    void bylineDecides() {
        assertEquals(Genre.OPINION, Genre.of("A plan, not a blank check", null, null, "Editorial Board"));
        assertEquals(Genre.OPINION, Genre.of("x", null, null, "Letters to the Editor"));
        assertEquals(Genre.NEWS, Genre.of("x", null, null, "Martha Quinn"));
    }

    @Test
    void nothingKnownIsNews() {
        assertEquals(Genre.NEWS, Genre.of(null, null, null, null));
        assertEquals(Genre.NEWS, Genre.of("", "", "", ""));
        assertEquals("opinion", Genre.OPINION.id());
    }
}
