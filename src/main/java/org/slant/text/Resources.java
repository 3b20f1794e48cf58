package org.slant.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.slant.config.ConfigText;

/**
 * Opens the lexicons and models bundled on the classpath, the one way every stage loads them.
 *
 * <p>A resource name is relative to the package of its owner class ({@code "frames.tsv"} beside
 * {@code FrameLexicon}), or absolute with a leading {@code /} ({@code "/langdetect-183.bin"} from a
 * model jar), as {@link Class#getResourceAsStream} reads it. A missing resource means a broken
 * build or classpath, so it is an {@link IllegalStateException} naming the resource and where it
 * was looked for. Text is strict UTF-8 (a leading byte order mark is dropped): bytes that are not
 * UTF-8 are an error naming the resource and line, never a silent U+FFFD in a lexicon key.
 */
public final class Resources {
    private Resources() {
    }

    /** One line of a text resource, numbered from 1. */
    public record Line(int number, String text) {
    }

    /**
     * Opens a resource for reading; the caller closes it.
     *
     * @throws IllegalStateException when the resource is not on the classpath
     */
    public static InputStream open(Class<?> owner, String name) {
        InputStream in = owner.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("resource " + name + " is missing from the classpath (looked for "
                    + where(owner, name) + ")");
        }
        return in;
    }

    /**
     * The whole text of a resource.
     *
     * @throws IllegalStateException when the resource is missing
     * @throws IllegalArgumentException {@code name:line: invalid UTF-8 ...} for bytes that are not UTF-8
     * @throws UncheckedIOException when it cannot be read
     */
    public static String text(Class<?> owner, String name) {
        try (InputStream in = open(owner, name)) {
            return ConfigText.read(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }

    /** The lines of a resource (split as {@link BufferedReader#readLine} does), with their numbers. */
    public static List<Line> lines(Class<?> owner, String name) {
        return lines(text(owner, name));
    }

    /** The lines of {@code text}, split as {@link BufferedReader#readLine} does, with their numbers. */
    public static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new StringReader(text))) {
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                out.add(new Line(++number, line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return out;
    }

    private static String where(Class<?> owner, String name) {
        if (name.startsWith("/")) {
            return name;
        }
        String pkg = owner.getPackageName();
        return "/" + (pkg.isEmpty() ? "" : pkg.replace('.', '/') + "/") + name;
    }
}
