package org.slant.ingest;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the publication dates found in news metadata and article headers into {@link PublishedDate}.
 *
 * <p>Expects: one raw date value as a source wrote it. Produces: a date-only value when no time of
 * day is given, otherwise an instant; or empty when the value is unparseable <em>or ambiguous</em>.
 * It never guesses: the caller rejects empty results.
 *
 * <p>Accepted layouts (after an optional {@code Published:}, {@code Updated:}, {@code Last updated},
 * {@code First published}, {@code Posted on} label and an optional weekday, which must then match the date):
 * <ul>
 *   <li>ISO 8601: {@code 2024-10-09}, {@code 2024-10-09T21:55}, seconds, fractions, {@code Z} or
 *       offset, {@code T} or a space ({@code 2024-10-09 23:55:00}, the news-please layout);</li>
 *   <li>RFC 1123 / RFC 822 with four-digit years: {@code Wed, 09 Oct 2024 21:55:00 GMT} or {@code +0200};</li>
 *   <li>month first: {@code Oct 9, 2024}, {@code October 9, 2024}, {@code Oct. 9, 2024},
 *       {@code Sept. 9, 2024}, {@code Oct.10 - 2024 7:39 AM CET}, with an optional time such as
 *       {@code 8:15 PM ET} or {@code 7:39 a.m. EDT};</li>
 *   <li>day first: {@code 9 October 2024}, {@code 9th of Oct 2024}, with an optional time;</li>
 *   <li>slashes: {@code 2024/10/09}, and US {@code 10/09/2024} which is <em>always month/day/year</em>
 *       (a month above 12 is rejected, never swapped), each with an optional time;</li>
 *   <li>a bare 10-digit (epoch seconds) or 13-digit (epoch milliseconds) number.</li>
 * </ul>
 *
 * <p>Zones: numeric offsets, or the abbreviations ET/EST/EDT (America/New_York), CT/CST/CDT
 * (America/Chicago), MT/MST/MDT (America/Denver), PT/PST/PDT (America/Los_Angeles), CET/CEST
 * (Europe/Paris), BST (Europe/London), GMT/UTC/UT/Z (UTC). An abbreviation selects the region and
 * the region's rules decide the offset, so {@code EST} written in July still means New York local
 * time. Only in the repeated autumn hour does the abbreviation pick the offset (EDT the earlier,
 * EST the later); a generic {@code ET} there, and a local time skipped by a spring-forward gap, are
 * ambiguous and rejected. Unknown abbreviations are rejected. A time with no zone is UTC.
 *
 * <p>Rejected: two-digit years, years outside 1900..2100, invalid calendar dates (Feb 30),
 * hours above 12 with AM/PM, leap seconds, a time without minutes unless it has AM/PM,
 * day-first numeric dates ({@code 09.10.2024}, {@code 09-10-2024}), and any trailing text.
 *
 * <p>Cost: a cheap shape check on the first characters picks one regular expression, so each call
 * runs at most three anchored matches and throws no exceptions on well-formed input.
 * Stateless and thread-safe.
 */
public final class PublishedDates {

    private static final int MAX_INPUT = 200;
    private static final int MAX_DATE_LINE = 60;
    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2100;

    private static final Pattern LABEL = Pattern.compile(
            "(?:(?:last\\s+)?updated|(?:first\\s+)?published|posted)(?:\\s+(?:on|at))?\\s*:?\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEKDAY = Pattern.compile("([a-z]{3,9})\\.?,?\\s+", Pattern.CASE_INSENSITIVE);

    private static final String TIME = "(?<h>\\d{1,2})(?::(?<mi>\\d{2})(?::(?<s>\\d{2})(?:[.,](?<f>\\d{1,9}))?)?)?"
            + "(?:\\s*(?<ap>[ap]\\.?\\s?m\\.?))?"
            + "(?:\\s*(?<z>[a-z]{1,5})?(?<off>[+-]\\d{2}(?::?\\d{2})?)?)?"
            + "(?:\\s*\\[(?<region>[A-Za-z0-9_/+-]{1,40})])?";
    private static final String SEP = "(?:\\s*,\\s*|\\s+at\\s+|\\s*[-\u2013|]\\s*|\\s+)";

    private static final Pattern ISO = compile(
            "(?<y>\\d{4})-(?<mo>\\d{2})-(?<d>\\d{2})(?:(?:T|\\s+)" + TIME + ")?");
    private static final Pattern YMD_SLASH = compile(
            "(?<y>\\d{4})/(?<mo>\\d{1,2})/(?<d>\\d{1,2})(?:" + SEP + TIME + ")?");
    private static final Pattern MDY_SLASH = compile(
            "(?<mo>\\d{1,2})/(?<d>\\d{1,2})/(?<y>\\d{4})(?:" + SEP + TIME + ")?");
    private static final Pattern MONTH_FIRST = compile(
            "(?<mon>[a-z]{3,9})(?:\\.\\s*|\\s+)(?<d>\\d{1,2})(?:st|nd|rd|th)?(?:\\s*,\\s*|\\s+|\\s*[-\u2013]\\s*)"
                    + "(?<y>\\d{4})(?:" + SEP + TIME + ")?");
    private static final Pattern DAY_FIRST = compile(
            "(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<mon>[a-z]{3,9})\\.?,?\\s+(?<y>\\d{4})(?:" + SEP + TIME + ")?");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("january", 1), Map.entry("feb", 2), Map.entry("february", 2),
            Map.entry("mar", 3), Map.entry("march", 3), Map.entry("apr", 4), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("june", 6), Map.entry("jul", 7),
            Map.entry("july", 7), Map.entry("aug", 8), Map.entry("august", 8), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("september", 9), Map.entry("oct", 10), Map.entry("october", 10),
            Map.entry("nov", 11), Map.entry("november", 11), Map.entry("dec", 12), Map.entry("december", 12));

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("mon", DayOfWeek.MONDAY), Map.entry("monday", DayOfWeek.MONDAY),
            Map.entry("tue", DayOfWeek.TUESDAY), Map.entry("tues", DayOfWeek.TUESDAY),
            Map.entry("tuesday", DayOfWeek.TUESDAY), Map.entry("wed", DayOfWeek.WEDNESDAY),
            Map.entry("weds", DayOfWeek.WEDNESDAY), Map.entry("wednesday", DayOfWeek.WEDNESDAY),
            Map.entry("thu", DayOfWeek.THURSDAY), Map.entry("thur", DayOfWeek.THURSDAY),
            Map.entry("thurs", DayOfWeek.THURSDAY), Map.entry("thursday", DayOfWeek.THURSDAY),
            Map.entry("fri", DayOfWeek.FRIDAY), Map.entry("friday", DayOfWeek.FRIDAY),
            Map.entry("sat", DayOfWeek.SATURDAY), Map.entry("saturday", DayOfWeek.SATURDAY),
            Map.entry("sun", DayOfWeek.SUNDAY), Map.entry("sunday", DayOfWeek.SUNDAY));

    /** A zone abbreviation: its region, and whether it names daylight time (null: does not say). */
    private record ZoneName(ZoneId zone, Boolean daylight) {
    }

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final ZoneId DENVER = ZoneId.of("America/Denver");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static final Map<String, ZoneName> ZONES = Map.ofEntries(
            Map.entry("ET", new ZoneName(NEW_YORK, null)), Map.entry("EST", new ZoneName(NEW_YORK, false)),
            Map.entry("EDT", new ZoneName(NEW_YORK, true)), Map.entry("CT", new ZoneName(CHICAGO, null)),
            Map.entry("CST", new ZoneName(CHICAGO, false)), Map.entry("CDT", new ZoneName(CHICAGO, true)),
            Map.entry("MT", new ZoneName(DENVER, null)), Map.entry("MST", new ZoneName(DENVER, false)),
            Map.entry("MDT", new ZoneName(DENVER, true)), Map.entry("PT", new ZoneName(LOS_ANGELES, null)),
            Map.entry("PST", new ZoneName(LOS_ANGELES, false)), Map.entry("PDT", new ZoneName(LOS_ANGELES, true)),
            Map.entry("CET", new ZoneName(PARIS, false)), Map.entry("CEST", new ZoneName(PARIS, true)),
            Map.entry("BST", new ZoneName(LONDON, true)), Map.entry("GMT", new ZoneName(ZoneOffset.UTC, null)),
            Map.entry("UTC", new ZoneName(ZoneOffset.UTC, null)), Map.entry("UT", new ZoneName(ZoneOffset.UTC, null)),
            Map.entry("Z", new ZoneName(ZoneOffset.UTC, null)));

    private PublishedDates() {
    }

    /** Parses {@code raw}; empty when it is missing, unparseable or ambiguous. */
    public static Optional<PublishedDate> parse(String raw) {
        if (raw == null || raw.length() > MAX_INPUT) {
            return Optional.empty();
        }
        String s = normaliseSpaces(raw).strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (isAsciiLetter(s.charAt(0))) {
            Matcher label = LABEL.matcher(s);
            if (label.lookingAt()) {
                s = s.substring(label.end());
            }
        }
        DayOfWeek weekday = null;
        if (!s.isEmpty() && isAsciiLetter(s.charAt(0))) {
            Matcher w = WEEKDAY.matcher(s);
            if (w.lookingAt()) {
                weekday = WEEKDAYS.get(w.group(1).toLowerCase(Locale.ROOT));
                if (weekday != null) {
                    s = s.substring(w.end());
                }
            }
        }
        if (s.isEmpty()) {
            return Optional.empty();
        }
        return dispatch(s, weekday);
    }

    /** True when the whole of a short line (at most 60 characters) is a date or date-time. */
    public static boolean looksLikeDateLine(String line) {
        if (line == null) {
            return false;
        }
        String s = line.strip();
        if (s.isEmpty() || s.length() > MAX_DATE_LINE || allDigits(s)) {
            // A bare number inside an article is far likelier a phone number or an id than an epoch.
            return false;
        }
        return parse(s).isPresent();
    }

    /** Picks the one layout the first characters allow; {@code weekday}, when given, must match the date. */
    private static Optional<PublishedDate> dispatch(String s, DayOfWeek weekday) {
        char c0 = s.charAt(0);
        if (isAsciiDigit(c0)) {
            if (allDigits(s)) {
                return weekday == null ? epoch(s) : Optional.empty();
            }
            if (s.length() > 4 && allDigits(s.substring(0, 4))) {
                char c4 = s.charAt(4);
                if (c4 == '-') {
                    return build(ISO.matcher(s), false, weekday);
                }
                if (c4 == '/') {
                    return build(YMD_SLASH.matcher(s), false, weekday);
                }
            }
            if (s.indexOf('/') > 0 && s.indexOf('/') <= 2) {
                return build(MDY_SLASH.matcher(s), false, weekday);
            }
            return build(DAY_FIRST.matcher(s), true, weekday);
        }
        if (isAsciiLetter(c0)) {
            return build(MONTH_FIRST.matcher(s), true, weekday);
        }
        return Optional.empty();
    }

    private static Optional<PublishedDate> epoch(String digits) {
        Instant instant;
        if (digits.length() == 10) {
            instant = Instant.ofEpochSecond(Long.parseLong(digits));
        } else if (digits.length() == 13) {
            instant = Instant.ofEpochMilli(Long.parseLong(digits));
        } else {
            return Optional.empty();
        }
        int year = LocalDate.ofInstant(instant, ZoneOffset.UTC).getYear();
        return yearInRange(year) ? Optional.of(PublishedDate.ofInstant(instant)) : Optional.empty();
    }

    private static Optional<PublishedDate> build(Matcher m, boolean namedMonth, DayOfWeek weekday) {
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group("y"));
        if (!yearInRange(year)) {
            return Optional.empty();
        }
        int month;
        if (namedMonth) {
            Integer named = MONTHS.get(m.group("mon").toLowerCase(Locale.ROOT));
            if (named == null) {
                return Optional.empty();
            }
            month = named;
        } else {
            month = Integer.parseInt(m.group("mo"));
        }
        int day = Integer.parseInt(m.group("d"));
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return Optional.empty();
        }
        LocalDate date;
        try {
            date = LocalDate.of(year, month, day);
        } catch (DateTimeException invalidDate) {
            return Optional.empty();
        }
        if (weekday != null && date.getDayOfWeek() != weekday) {
            // The weekday names the written (local) date; a mismatch means one of the two is wrong.
            return Optional.empty();
        }
        if (m.group("h") == null) {
            return Optional.of(PublishedDate.ofDate(date));
        }
        LocalTime time = time(m);
        if (time == null) {
            return Optional.empty();
        }
        Instant instant = resolve(LocalDateTime.of(date, time), m);
        return instant == null ? Optional.empty() : Optional.of(PublishedDate.ofInstant(instant));
    }

    private static LocalTime time(Matcher m) {
        int hour = Integer.parseInt(m.group("h"));
        String ampm = m.group("ap");
        String minuteText = m.group("mi");
        if (minuteText == null && ampm == null) {
            return null;
        }
        int minute = minuteText == null ? 0 : Integer.parseInt(minuteText);
        int second = m.group("s") == null ? 0 : Integer.parseInt(m.group("s"));
        int nanos = 0;
        if (m.group("f") != null) {
            String f = m.group("f");
            nanos = Integer.parseInt(f) * (int) Math.pow(10, 9 - f.length());
        }
        if (ampm != null) {
            if (hour < 1 || hour > 12) {
                return null;
            }
            boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
            hour = hour % 12 + (pm ? 12 : 0);
        } else if (hour > 23) {
            return null;
        }
        if (minute > 59 || second > 59) {
            return null;
        }
        return LocalTime.of(hour, minute, second, nanos);
    }

    /** The instant for a local date-time and the zone written after it; null when unknown or ambiguous. */
    private static Instant resolve(LocalDateTime local, Matcher m) {
        String letters = m.group("z");
        String offset = m.group("off");
        String region = m.group("region");
        ZoneName name = null;
        if (letters != null) {
            name = ZONES.get(letters.toUpperCase(Locale.ROOT));
            if (name == null) {
                return null;
            }
        }
        if (offset != null) {
            if (name != null && !name.zone().equals(ZoneOffset.UTC)) {
                return null; // "EST+0200" states two different zones
            }
            ZoneOffset parsed = parseOffset(offset);
            return parsed == null ? null : local.toInstant(parsed);
        }
        if (name == null && region != null) {
            try {
                name = new ZoneName(ZoneId.of(region), null);
            } catch (DateTimeException unknownRegion) {
                return null;
            }
        }
        if (name == null) {
            return local.toInstant(ZoneOffset.UTC);
        }
        List<ZoneOffset> valid = name.zone().getRules().getValidOffsets(local);
        if (valid.size() == 1) {
            return local.toInstant(valid.get(0));
        }
        if (valid.size() == 2 && name.daylight() != null) {
            // In the repeated hour the earlier offset is still daylight time (northern-hemisphere zones only here).
            return local.toInstant(valid.get(name.daylight() ? 0 : 1));
        }
        return null;
    }

    private static ZoneOffset parseOffset(String text) {
        int sign = text.charAt(0) == '-' ? -1 : 1;
        String digits = text.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.substring(0, 2));
        int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0;
        if (hours > 18 || minutes > 59) {
            return null;
        }
        try {
            return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        } catch (DateTimeException outOfRange) {
            return null;
        }
    }

    private static String normaliseSpaces(String raw) {
        boolean unusual = false;
        for (int i = 0; i < raw.length() && !unusual; i++) {
            char c = raw.charAt(i);
            unusual = c > 0x7F && Character.isSpaceChar(c);
        }
        if (!unusual) {
            return raw;
        }
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            sb.append(c > 0x7F && Character.isSpaceChar(c) ? ' ' : c);
        }
        return sb.toString();
    }

    private static boolean yearInRange(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isAsciiDigit(s.charAt(i))) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static Pattern compile(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }
}
