package org.slant.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

class ResourcesTest {

    @Test
    void missingResourceNamesWhereItWasLookedFor() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Resources.open(ResourcesTest.class, "no-such.tsv"));
        assertTrue(e.getMessage().contains("/org/slant/text/no-such.tsv"), e.getMessage());
        e = assertThrows(IllegalStateException.class, () -> Resources.lines(ResourcesTest.class, "/absent.bin"));
        assertTrue(e.getMessage().contains("/absent.bin"), e.getMessage());
    }

    @Test
    void linesAreNumberedWithoutByteOrderMarkAndAnyLineEnd() {
        assertEquals(List.of(new Resources.Line(1, "one"), new Resources.Line(2, "two"), new Resources.Line(3, ""),
                new Resources.Line(4, "three")), Resources.lines(ResourcesTest.class, "lines.txt"));
    }

    @Test
    void bytesThatAreNotUtf8AreAnErrorNamingResourceAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Resources.text(ResourcesTest.class, "latin1.tsv"));
        assertTrue(e.getMessage().startsWith("latin1.tsv:1: invalid UTF-8"), e.getMessage());
    }

    @Test
    void binaryModelsOpenAsStreams() throws IOException {
        try (InputStream in = Resources.open(ResourcesTest.class, "/langdetect-183.bin")) {
            assertTrue(in.read() >= 0);
        }
    }
}
