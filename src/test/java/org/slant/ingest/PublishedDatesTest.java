package org.slant.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class PublishedDatesTest {

    private record Case(String raw, PublishedDate expected) {
    }

    private static Case date(String raw, String isoDate) {
        return new Case(raw, PublishedDate.ofDate(LocalDate.parse(isoDate)));
    }

    private static Case at(String raw, String isoInstant) {
        return new Case(raw, PublishedDate.ofInstant(Instant.parse(isoInstant)));
    }

    private static Case rejected(String raw) {
        return new Case(raw, null);
    }

    static void assertParsesTo(String raw, PublishedDate expected) {
        assertEquals(Optional.ofNullable(expected), PublishedDates.parse(raw), () -> "parsing: [" + raw + "]");
    }

    private static final List<Case> TABLE = Arrays.asList(
            // ISO 8601
            date("2024-10-09", "2024-10-09"),
            at("2024-10-09T21:55:00Z", "2024-10-09T21:55:00Z"),
            at("2024-10-09T21:55:00+02:00", "2024-10-09T19:55:00Z"),
            at("2024-10-09T21:55:00+0200", "2024-10-09T19:55:00Z"),
            at("2024-10-09T21:55:00+02", "2024-10-09T19:55:00Z"),
            at("2024-10-09T21:55:00.123456789-04:00", "2024-10-10T01:55:00.123456789Z"),
            at("2024-10-09T21:55:00.5Z", "2024-10-09T21:55:00.500Z"),
            at("2024-10-09T21:55", "2024-10-09T21:55:00Z"),
            at("2024-10-09 23:55:00", "2024-10-09T23:55:00Z"),
            at("2024-10-09 23:55:00 +0200", "2024-10-09T21:55:00Z"),
            at("2024-10-09 08:15 EDT", "2024-10-09T12:15:00Z"),
            at("2024-10-09T10:00:00+02:00[Europe/Paris]", "2024-10-09T08:00:00Z"),
            at("2024-10-09T10:00:00[Europe/Paris]", "2024-10-09T08:00:00Z"),
            at("2024-10-09\u00A021:55:00", "2024-10-09T21:55:00Z"),
            // RFC 1123 / RFC 822 with four-digit years
            at("Wed, 09 Oct 2024 21:55:00 GMT", "2024-10-09T21:55:00Z"),
            at("Wed, 09 Oct 2024 21:55:00 UTC", "2024-10-09T21:55:00Z"),
            at("Wed, 09 Oct 2024 21:55:00 +0200", "2024-10-09T19:55:00Z"),
            at("Wed, 9 Oct 2024 21:55 -0500", "2024-10-10T02:55:00Z"),
            at("Wed, 09 Oct 2024 21:55:00 EDT", "2024-10-10T01:55:00Z"),
            at("Wed, 09 Oct 2024 21:55:00 EST", "2024-10-10T01:55:00Z"),
            at("Wed, 09 Oct 2024 21:55:00 CDT", "2024-10-10T02:55:00Z"),
            at("Wed, 09 Oct 2024 21:55:00 MDT", "2024-10-10T03:55:00Z"),
            at("Wed, 09 Oct 2024 21:55:00 PDT", "2024-10-10T04:55:00Z"),
            at("Wed, 09 Oct 2024 21:55:00 CEST", "2024-10-09T19:55:00Z"),
            at("Wed, 09 Oct 2024 21:55:00 BST", "2024-10-09T20:55:00Z"),
            at("Thu, 09 Jan 2025 12:00:00 EST", "2025-01-09T17:00:00Z"),
            at("Thu, 09 Jan 2025 12:00:00 CST", "2025-01-09T18:00:00Z"),
            at("Thu, 09 Jan 2025 12:00:00 MST", "2025-01-09T19:00:00Z"),
            at("Thu, 09 Jan 2025 12:00:00 PST", "2025-01-09T20:00:00Z"),
            at("Thu, 09 Jan 2025 12:00:00 CET", "2025-01-09T11:00:00Z"),
            // month names
            date("Oct 9, 2024", "2024-10-09"),
            date("October 9, 2024", "2024-10-09"),
            date("9 October 2024", "2024-10-09"),
            date("9th of October 2024", "2024-10-09"),
            date("Oct. 9, 2024", "2024-10-09"),
            date("Sept. 9, 2024", "2024-09-09"),
            date("Sep 9 2024", "2024-09-09"),
            date("October 9th, 2024", "2024-10-09"),
            date("MAY 1, 2024", "2024-05-01"),
            at("Oct 9, 2024 8:15 PM ET", "2024-10-10T00:15:00Z"),
            at("Oct 9, 2024 at 8:15 pm PT", "2024-10-10T03:15:00Z"),
            at("October 10, 2024, 7:39 a.m. EDT", "2024-10-10T11:39:00Z"),
            at("Oct.10 - 2024 7:39 AM CET", "2024-10-10T05:39:00Z"),
            at("Oct 9, 2024 | 8:15 PM CT", "2024-10-10T01:15:00Z"),
            at("Oct 9, 2024 8 PM MT", "2024-10-10T02:00:00Z"),
            at("Oct 9, 2024 8:15", "2024-10-09T08:15:00Z"),
            at("Oct 9, 2024 12:00 AM", "2024-10-09T00:00:00Z"),
            at("Oct 9, 2024 12:30 PM", "2024-10-09T12:30:00Z"),
            at("9 October 2024 21:55 GMT", "2024-10-09T21:55:00Z"),
            // slashes: US order is always month/day/year
            date("10/09/2024", "2024-10-09"),
            date("1/2/2024", "2024-01-02"),
            at("10/09/2024 08:15", "2024-10-09T08:15:00Z"),
            at("10/09/2024 8:15 PM ET", "2024-10-10T00:15:00Z"),
            date("2024/10/09", "2024-10-09"),
            at("2024/10/09 21:55:00", "2024-10-09T21:55:00Z"),
            // epoch seconds and milliseconds
            at("1728510900", "2024-10-09T21:55:00Z"),
            at("1728510900123", "2024-10-09T21:55:00.123Z"),
            // weekdays, whitespace and labels
            date("Wednesday, October 9, 2024", "2024-10-09"),
            date("Wed. Oct 9, 2024", "2024-10-09"),
            date("  \tOct 9, 2024 \n", "2024-10-09"),
            date("Published: Oct 9, 2024", "2024-10-09"),
            date("Posted on October 9, 2024", "2024-10-09"),
            at("Updated: 2024-10-09T21:55:00Z", "2024-10-09T21:55:00Z"),
            at("Last updated Oct 9, 2024 8:15 PM ET", "2024-10-10T00:15:00Z"),
            at("Published: Wednesday, October 9, 2024 8:15 PM ET", "2024-10-10T00:15:00Z"),
            // DST: the repeated autumn hour needs a daylight/standard abbreviation; the skipped spring hour never exists
            at("Nov 3, 2024 1:30 AM EDT", "2024-11-03T05:30:00Z"),
            at("Nov 3, 2024 1:30 AM EST", "2024-11-03T06:30:00Z"),
            rejected("Nov 3, 2024 1:30 AM ET"),
            rejected("Mar 10, 2024 2:30 AM ET"),
            // rejections
            rejected(null),
            rejected(""),
            rejected("   "),
            rejected("13/09/2024"),
            rejected("10/32/2024"),
            rejected("2024-02-30"),
            rejected("Feb 30, 2024"),
            rejected("2023-02-29"),
            rejected("1899-12-31"),
            rejected("2101-01-01"),
            rejected("9999999999"),
            rejected("12345"),
            rejected("172851090012"),
            rejected("09.10.2024"),
            rejected("10-09-2024"),
            rejected("Oct 9, 24"),
            rejected("Wed, 09 Oct 24 21:55:00 GMT"),
            rejected("Thursday, October 9, 2024"),
            rejected("Published: Thu, 09 Oct 2024 21:55:00 GMT"),
            rejected("Oct 9, 2024 8:15 PM XYZ"),
            rejected("Oct 9, 2024 8:15 PM IST"),
            rejected("Oct 9, 2024 13:15 PM"),
            rejected("Oct 9, 2024 0:15 AM"),
            rejected("Oct 9, 2024 25:00"),
            rejected("Oct 9, 2024 8"),
            rejected("2024-10-09T21:55:60Z"),
            rejected("2024-10-09T21:55:00+25:00"),
            rejected("2024-10-09T21:55:00 EST+0200"),
            rejected("2024-10-09 EDT"),
            rejected("Octember 9, 2024"),
            rejected("Oct 9, 2024 and more text"),
            rejected("yesterday"),
            rejected("2 hours ago"),
            rejected("-2024-10-09"));

    @TestFactory
    Stream<DynamicTest> table() {
        return TABLE.stream().map(k -> dynamicTest("[" + k.raw() + "]", () -> assertParsesTo(k.raw(), k.expected())));
    }

    @Test
    void tableIsLargeEnough() {
        assertTrue(TABLE.size() >= 50, "need at least 50 inputs, have " + TABLE.size());
    }

    @Test
    void instantBucketsToTheZonesLocalDate() {
        PublishedDate d = PublishedDates.parse("2024-10-09T23:30:00-04:00").orElseThrow();
        assertEquals(LocalDate.parse("2024-10-10"), d.bucketDate(ZoneOffset.UTC));
        assertEquals(LocalDate.parse("2024-10-09"), d.bucketDate(ZoneId.of("America/New_York")));
        assertEquals(Instant.parse("2024-10-10T03:30:00Z"), d.instantOrNull());
    }

    @Test
    void dateOnlyIsTheSameDayInEveryZone() {
        PublishedDate d = PublishedDates.parse("2024-10-09").orElseThrow();
        LocalDate expected = LocalDate.parse("2024-10-09");
        for (String zone : List.of("Pacific/Kiritimati", "America/Adak", "UTC", "Asia/Tokyo", "Pacific/Pago_Pago")) {
            assertEquals(expected, d.bucketDate(ZoneId.of(zone)), zone);
        }
        assertNull(d.instantOrNull());
    }

    @Test
    void exactlyOneComponent() {
        assertThrows(IllegalArgumentException.class, () -> new PublishedDate(null, null));
        assertThrows(IllegalArgumentException.class,
                () -> new PublishedDate(LocalDate.parse("2024-10-09"), Instant.parse("2024-10-09T00:00:00Z")));
    }

    @Test
    void dateLines() {
        assertTrue(PublishedDates.looksLikeDateLine("Oct 9, 2024"));
        assertTrue(PublishedDates.looksLikeDateLine("  Published: October 9, 2024 8:15 PM ET  "));
        assertTrue(PublishedDates.looksLikeDateLine("Wed, 09 Oct 2024 21:55:00 GMT"));
        assertFalse(PublishedDates.looksLikeDateLine("1728510900"), "bare numbers are not date lines");
        assertFalse(PublishedDates.looksLikeDateLine("The vote is on Oct 9, 2024."));
        assertFalse(PublishedDates.looksLikeDateLine("Published: Wednesday, October 9, 2024 8:15 PM ET, by staff"));
        String longLine = "Last updated: Wednesday, September 11, 2024 at 11:15:00 p.m. EDT";
        assertTrue(PublishedDates.parse(longLine).isPresent());
        assertFalse(PublishedDates.looksLikeDateLine(longLine), "over 60 characters");
        assertFalse(PublishedDates.looksLikeDateLine(""));
        assertFalse(PublishedDates.looksLikeDateLine(null));
    }

    @Test
    void manyCallsStayCheap() {
        String[] inputs = {"2024-10-09T21:55:00Z", "Wed, 09 Oct 2024 21:55:00 GMT", "Oct 9, 2024 8:15 PM ET",
            "not a date at all", "10/09/2024", "1728510900"};
        long start = System.nanoTime();
        int parsed = 0;
        for (int i = 0; i < 300_000; i++) {
            if (PublishedDates.parse(inputs[i % inputs.length]).isPresent()) {
                parsed++;
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(250_000, parsed);
        assertTrue(millis < 20_000, "300k parses took " + millis + " ms");
    }
}
