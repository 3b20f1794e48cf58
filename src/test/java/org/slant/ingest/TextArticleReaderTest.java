package org.slant.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextArticleReaderTest {
    /** Stand-in for PublishedDates::looksLikeDateLine: short lines with a month and a year, or ISO dates. */
    private static final Pattern DATE = Pattern.compile(
            "(?i)(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s*\\d{1,2}\\b.*\\d{4}.*"
                    + "|\\d{4}-\\d{2}-\\d{2}(?:T[\\d:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?)");
    private static final Predicate<String> IS_DATE = line -> line.length() <= 40 && DATE.matcher(line).matches();

    private final TextArticleReader reader = new TextArticleReader(IS_DATE);

    private static final String SENATE = """
            Senate Passes Sweeping Climate Bill After Marathon Session
            Photo: Jane Roe/Reuters
            Oct.10 - 2024 7:39 AM CET
            By Maria Lopez and Tom Baker
            Politics

            Lawmakers approved the measure early Thursday after debating through the night, sending it to the House.

            (Reuters Photo)
            The bill, which passed 51-49, sets aside $370 billion for clean energy.
            Trending Now
            What Happens Next
            The House is expected to take up the bill next week.
            Advertisement
            Critics Say Costs Are Too High

            Opponents argued that the spending would fuel inflation
            and hurt consumers at the pump.
            He declined to comment.
            Read More: Senate timeline explained
            """;

    private RawRecord readOne(String article, String source) throws IOException {
        try (InputStream in = new ByteArrayInputStream(Read.utf8(article))) {
            List<ReadResult> out = Read.drain(reader.read(in, source));
            assertEquals(1, out.size());
            return assertInstanceOf(RawRecord.class, out.get(0), () -> out.get(0).toString());
        }
    }

    private Reject rejectOf(byte[] article) throws IOException {
        try (InputStream in = new ByteArrayInputStream(article)) {
            List<ReadResult> out = Read.drain(reader.read(in, "/corpus/cnn/x.txt"));
            assertEquals(1, out.size());
            return assertInstanceOf(Reject.class, out.get(0));
        }
    }

    @Test
    void newsLayoutWithCreditsTrendingAndSubheadings() throws IOException {
        RawRecord r = readOne(SENATE, "/corpus/reuters/2024-10-10-senate.txt");
        assertEquals("file", r.location());
        assertEquals("Senate Passes Sweeping Climate Bill After Marathon Session", r.fields().get("title"));
        assertEquals("Maria Lopez and Tom Baker", r.fields().get("author"));
        assertEquals("Oct.10 - 2024 7:39 AM CET", r.fields().get("published"));
        assertEquals("Politics", r.fields().get("section"));
        assertEquals("reuters", r.fields().get("outlet"));
        assertEquals(String.join("\n\n",
                "Lawmakers approved the measure early Thursday after debating through the night, sending it to the House.",
                "The bill, which passed 51-49, sets aside $370 billion for clean energy.",
                "The House is expected to take up the bill next week.",
                "Opponents argued that the spending would fuel inflation and hurt consumers at the pump.",
                "He declined to comment."), r.fields().get("text"));
    }

    @Test
    void writtenByIsoDateStandfirstAndNewsletterPrompts() throws IOException {
        String article = """
                Drought Pushes Grain Prices to Two-Year High
                World
                2024-10-10T07:39:00Z
                Written by Anna Schmidt
                Image: Getty Images
                Farmers across the region brace for a second failed harvest

                Wheat futures rose 4% on Thursday as forecasters cut their outlook for the harvest.
                Sign up for our Morning Briefing newsletter
                "It is the worst season I have seen," said one farmer.
                Click here to see the full forecast
                Follow us on X for updates
                Related: Food prices and the drought
                Share this article
                """;
        RawRecord r = readOne(article, "farm.txt");
        assertEquals("Anna Schmidt", r.fields().get("author"));
        assertEquals("2024-10-10T07:39:00Z", r.fields().get("published"));
        assertEquals("World", r.fields().get("section"));
        assertFalse(r.fields().containsKey("outlet"));
        assertEquals(String.join("\n\n",
                "Farmers across the region brace for a second failed harvest",
                "Wheat futures rose 4% on Thursday as forecasters cut their outlook for the harvest.",
                "\"It is the worst season I have seen,\" said one farmer."), r.fields().get("text"));
    }

    @Test
    void agencyBylineAndLongDate() throws IOException {
        String article = """
                Markets Rally as Inflation Cools
                October 10, 2024
                By John Smith, Reuters
                Photo credit Alex Doe
                Stocks climbed on Thursday.
                Stay tuned.
                "We Will Win"
                Final Thoughts
                The rally may not last, analysts said.
                """;
        RawRecord r = readOne(article, "/c/reuters/m.txt");
        assertEquals("John Smith, Reuters", r.fields().get("author"));
        assertEquals("October 10, 2024", r.fields().get("published"));
        assertFalse(r.fields().containsKey("section"));
        // One-line paragraphs that are sentences or quotes stay; the title-case subheading goes.
        assertEquals(String.join("\n\n", "Stocks climbed on Thursday.", "Stay tuned.", "\"We Will Win\"",
                "The rally may not last, analysts said."), r.fields().get("text"));
    }

    @Test
    void institutionalBylineBeforeTheDate() throws IOException {
        String article = "Editorial: A Good Week\n\nBy the Harbor Times Editorial Board\n2024-10-16T22:00:00Z\n\n"
                + "Congress finally did the right thing.\n";
        RawRecord r = readOne(article, "/c/harbor-times/e.txt");
        assertEquals("the Harbor Times Editorial Board", r.fields().get("author"));
        assertEquals("2024-10-16T22:00:00Z", r.fields().get("published"));
        assertEquals("Congress finally did the right thing.", r.fields().get("text"));
    }

    @Test
    void bodyStartingWithByIsNotAByline() throws IOException {
        String article = "Evacuations Ordered\n\nBy Monday, officials had evacuated three towns along the river.\n";
        RawRecord r = readOne(article, "x.txt");
        assertFalse(r.fields().containsKey("author"));
        assertEquals("By Monday, officials had evacuated three towns along the river.", r.fields().get("text"));
    }

    @Test
    void explicitOutletAndBomAndCrlf() throws IOException {
        byte[] bytes = Read.concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                Read.utf8("Title Here\r\nBy Ann Lee\r\n\r\nFirst line of text.\r\nSecond line.\r\n"));
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            RawRecord r = (RawRecord) reader.read(in, "/whatever/x.txt", "The Guardian").next();
            assertEquals("Title Here", r.fields().get("title"));
            assertEquals("The Guardian", r.fields().get("outlet"));
            assertEquals("First line of text.\n\nSecond line.", r.fields().get("text"));
        }
    }

    @Test
    void emptyFileHoldsNoArticleButATitleWithoutBodyIsEmptyText() throws IOException {
        assertTrue(Read.all(reader, new byte[0]).isEmpty());
        assertTrue(Read.all(reader, Read.utf8("\n  \n")).isEmpty());
        assertTrue(Read.all(reader, Read.utf8("\uFEFF\n")).isEmpty());
        Reject noBody = rejectOf(Read.utf8("A Title\nOctober 10, 2024\nBy Ann Lee\nAdvertisement\n"));
        assertEquals("empty text", noBody.reason());
        assertEquals("file", noBody.location());
    }

    @Test
    void invalidUtf8RejectsTheFile() throws IOException {
        Reject r = rejectOf(Read.concat(Read.utf8("Title\n\nSome text with "), new byte[] {(byte) 0xFF, (byte) 0xFE},
                Read.utf8(" bad bytes.\n")));
        assertEquals("file", r.location());
        assertTrue(r.reason().startsWith("invalid UTF-8"));
        assertFalse(r.excerpt().contains("\uFFFF"));
    }

    @Test
    void oversizedFileIsRejected() throws IOException {
        TextArticleReader small = new TextArticleReader(IS_DATE, 100);
        try (InputStream in = new ByteArrayInputStream(Read.utf8("T\n" + "x".repeat(500)))) {
            Reject r = (Reject) small.read(in, "x.txt").next();
            assertTrue(r.reason().startsWith("file too large"));
        }
    }

    @Test
    void subheadingAndBoilerplateRules() {
        assertTrue(TextArticleReader.isSubheading("What Happens Next"));
        assertTrue(TextArticleReader.isSubheading("The Road to the White House"));
        assertFalse(TextArticleReader.isSubheading("He declined to comment."));
        assertFalse(TextArticleReader.isSubheading("Stay tuned"));
        assertFalse(TextArticleReader.isSubheading("This Is Not A Heading Because It Has Far Too Many Words In It"));
        for (String line : List.of("Photo: AP", "Photo credit: Jane", "Image: Getty", "(Reuters Photo)", "Trending Now",
                "Advertisement", "ADVERTISEMENT", "Read more…", "Read More: x", "Related: y", "Share this article",
                "Sign up for the Daily newsletter", "Click here to subscribe", "Follow us on Facebook")) {
            assertTrue(TextArticleReader.isBoilerplate(line), line);
        }
        assertFalse(TextArticleReader.isBoilerplate("Photographers gathered outside the court on Monday."));
    }
}
