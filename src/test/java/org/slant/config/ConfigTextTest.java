package org.slant.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ConfigTextTest {
    private static byte[] bytes(String before, int bad, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        out.write(bad);
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void invalidByteIsAnErrorNamingFileLineAndByte() {
        // Latin-1 "café" on line 2: a lenient decoder would give "caf\uFFFD" and the outlet id "caf".
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConfigText.decode(bytes("variant,outlet\ncaf", 0xE9, ",cafe\n"), "outlets.csv"));
        assertTrue(e.getMessage().startsWith("outlets.csv:2: invalid UTF-8 (byte 0xE9 at byte 4 of the line)"),
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ConfigText.decode(bytes("a\nb\nc", 0xFF, ""), "f"));
        assertTrue(e.getMessage().startsWith("f:3:"), e.getMessage());
        // A truncated sequence at the very end is caught too.
        e = assertThrows(IllegalArgumentException.class, () -> ConfigText.decode(bytes("x", 0xC3, ""), "f"));
        assertTrue(e.getMessage().startsWith("f:1:"), e.getMessage());
    }

    @Test
    void validTextKeepsEverythingButALeadingBom() {
        assertEquals("café,Сnn\nİ\n", ConfigText.decode("\uFEFFcafé,Сnn\nİ\n".getBytes(StandardCharsets.UTF_8), "f"));
        assertEquals("", ConfigText.decode(new byte[0], "f"));
    }
}
