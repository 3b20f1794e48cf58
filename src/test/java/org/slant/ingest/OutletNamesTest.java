package org.slant.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutletNamesTest {
    private final OutletNames outlets = new OutletNames();

    private String id(String raw) {
        return outlets.canonical(raw).orElseThrow(() -> new AssertionError("no id for " + raw));
    }

    @Test
    void namesAndDomains() {
        assertEquals("thehuffingtonpost", id("The Huffington Post"));
        assertEquals("thehuffingtonpost", id("https://www.huffingtonpost.com/entry/x"));
        assertEquals("thehuffingtonpost", id("HuffPost"));
        assertEquals("foxnews", id("www.foxnews.com"));
        assertEquals("foxnews", id("Fox News"));
        assertEquals("cnn", id("edition.cnn.com"));
        assertEquals("bbc", id("bbc.co.uk"));
        assertEquals("bbc", id("news.bbc.co.uk"));
        assertEquals("bbc", id("BBC News"));
        assertEquals("thenewyorktimes", id("nytimes.com"));
        assertEquals("thenewyorktimes", id("The New York Times"));
        assertEquals("associatedpress", id("http://apnews.com:443/article/abc?x=1"));
        assertEquals("wiredaily", id("wire_daily"));
        assertEquals("lemonde", id("Le Monde"));
        assertEquals("süddeutschezeitung", id("Süddeutsche Zeitung"));
        assertEquals("theguardian", id("ＴＨＥ　ＧＵＡＲＤＩＡＮ")); // full-width forms fold under NFKC
    }

    @Test
    void pathTraversalAndEmptyNames() {
        assertEquals("etc", id("../../etc"));
        assertEquals("etcpasswd", id("/etc/passwd"));
        assertEquals("cnn", id("..\\..\\cnn"));
        for (String empty : new String[] {"", "   ", "../..", "///", "—", "🙂", "\u0301"}) {
            assertEquals(Optional.empty(), outlets.canonical(empty), empty);
        }
        assertEquals(Optional.empty(), outlets.canonical(null));
    }

    @Test
    void combiningMarksAreRemovedAsTheContractSays() {
        // Lower-casing İ gives i + U+0307; the mark is neither letter nor digit.
        assertEquals("istanbultimes", id("İstanbul Times"));
        assertEquals(id("Istanbul Times"), id("İSTANBUL TIMES"));
        assertEquals("café", id("cafe\u0301")); // NFKC composes e + U+0301 into the letter é, which stays
        assertEquals("ab", id("a\u20DDb")); // an enclosing mark that composes with nothing goes
    }

    @Test
    void lookAlikeIdsAcrossScriptsAreGroupedNotFolded() {
        String cyrillic = id("Сnn"); // Cyrillic С
        assertEquals("сnn", cyrillic);
        assertTrue(!cyrillic.equals(id("CNN")), "the id stays a pure function of the name");
        List<List<String>> groups = OutletNames.confusableGroups(List.of("foxnews", "cnn", cyrillic, "bbc", "cnn",
                "thеguardian", "theguardian")); // Cyrillic е in the first
        assertEquals(List.of(List.of("cnn", "сnn"), List.of("theguardian", "thеguardian")), groups);
        assertEquals(List.of(), OutletNames.confusableGroups(List.of("cnn", "foxnews", "bbc", "lemonde")));
        assertEquals(List.of(), OutletNames.confusableGroups(List.of()));
    }

    @Test
    void builtInTableIsCanonical() {
        // Loading the table checks that every key and value is already a canonical id.
        assertEquals("thewallstreetjournal", id("WSJ"));
        assertEquals("associatedpress", id("AP"));
    }

    @Test
    void userFileOverridesBuiltInAndCanonicalisesVariants(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("outlets.csv");
        Files.writeString(file, "variant,outlet\n# mine\n\nFox,Fox Business\n\"Daily, The\",thedaily\n", StandardCharsets.UTF_8);
        OutletNames mine = OutletNames.withUserFile(file);
        assertEquals(Optional.of("foxbusiness"), mine.canonical("FOX"));
        assertEquals(Optional.of("thedaily"), mine.canonical("daily the"));
        assertEquals(Optional.of("cnn"), mine.canonical("CNN"));
    }

    @Test
    void malformedUserFileNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "variant,outlet\nfox,foxnews\njust-one-column\n", StandardCharsets.UTF_8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OutletNames.withUserFile(file));
        assertTrue(e.getMessage().contains("bad.csv line 3"), e.getMessage());
        Files.writeString(file, "a,b,c\n", StandardCharsets.UTF_8);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> OutletNames.withUserFile(file))
                .getMessage().contains("line 1"));
        Files.writeString(file, "x,...\n", StandardCharsets.UTF_8);
        assertThrows(IllegalArgumentException.class, () -> OutletNames.withUserFile(file));
    }

    @Test
    void narrativeFramesOutletSpellingsCollapse() throws IOException {
        Path file = Path.of("../shared/data/narrative_frames/articles.tsv");
        Assumptions.assumeTrue(Files.isRegularFile(file), "../shared/data not present: outlet names test skipped");
        Set<String> spellings = new TreeSet<>(String.CASE_INSENSITIVE_ORDER.thenComparing(s -> s));
        try (InputStream in = Files.newInputStream(file)) {
            Read.drain(CsvRecordReader.tsv().read(in, file.toString()))
                    .forEach(r -> spellings.add(((RawRecord) r).fields().get("outlet")));
        }
        assertEquals(63, spellings.size());
        Map<String, List<String>> byId = new TreeMap<>(spellings.stream()
                .collect(Collectors.groupingBy(this::id, Collectors.toList())));
        byId.forEach((id, names) -> System.out.println("outlet " + id + " <- " + names));
        assertEquals(36, byId.size());
        List<List<String>> sameOutlet = List.of(
                List.of("The Huffington Post", "thehuffingtonpost"),
                List.of("Fox News", "foxnews"),
                List.of("The Daily Caller", "thedailycaller"),
                List.of("TheBlaze", "theblaze"),
                List.of("Talking Points Memo", "talkingpointsmemo"),
                List.of("Politicus USA", "politicususa"),
                List.of("The New York Times", "thenewyorktimes"),
                List.of("Drudge Report", "drudgereport"),
                List.of("BBC", "bbc"),
                List.of("RT", "rt"));
        for (List<String> group : sameOutlet) {
            assertEquals(1, group.stream().map(this::id).distinct().count(), group.toString());
        }
        assertEquals(id("The Daily Caller"), id("dailycaller.com"));
        assertEquals(id("The Huffington Post"), id("huffpost.com"));
        assertEquals(id("Yahoo News"), id("yahoonews"));
    }
}
