package org.slant.ingest;

import com.google.common.net.InternetDomainName;
import com.ibm.icu.text.SpoofChecker;
import com.opencsv.CSVParserBuilder;
import com.opencsv.ICSVParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slant.text.Resources;

/**
 * The canonical outlet id for an outlet name as sources spell it. A pure function of the name and the
 * alias tables, so ids stay stable from run to run:
 * <ol>
 *   <li>Unicode NFKC, lower case ({@link Locale#ROOT}), trimmed;</li>
 *   <li>a URL or bare domain ({@code https://www.huffingtonpost.com/entry/x}, {@code edition.cnn.com},
 *       {@code bbc.co.uk}) becomes its registrable domain without the public suffix
 *       ({@code huffingtonpost}, {@code cnn}, {@code bbc});</li>
 *   <li>everything but letters and digits is removed, combining marks included ({@code The Huffington
 *       Post} → {@code thehuffingtonpost}, {@code ../../etc} → {@code etc}, {@code İstanbul} →
 *       {@code istanbul}), so ids are safe in paths;</li>
 *   <li>the alias tables map variants to one id: the user's table first, then the built-in
 *       {@code outlet-aliases.csv} ({@code huffpost} → {@code thehuffingtonpost}).</li>
 * </ol>
 * Immutable and thread-safe.
 */
public final class OutletNames {
    private static final String BUILT_IN_RESOURCE = "outlet-aliases.csv";

    private static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9+.-]*://(.*)");

    /** A bare domain, optionally followed by a port or path; no spaces anywhere. */
    private static final Pattern BARE_DOMAIN =
            Pattern.compile("([\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+)\\.?(?:[:/?#]\\S*)?");

    /** Declared after the patterns: loading it canonicalises its entries, which uses them. */
    private static final Map<String, String> BUILT_IN = loadBuiltIn();

    private final Map<String, String> userAliases;

    /** Built-in aliases only. */
    public OutletNames() {
        this(Map.of());
    }

    /**
     * @param userAliases variant → outlet, both as the user wrote them; canonicalised here and taking
     *     precedence over the built-in table
     * @throws IllegalArgumentException when a variant or outlet has no letters or digits
     */
    public OutletNames(Map<String, String> userAliases) {
        Map<String, String> user = new LinkedHashMap<>();
        userAliases.forEach((variant, outlet) -> user.put(
                normalise(variant).orElseThrow(() -> new IllegalArgumentException(
                        "outlet alias variant '" + variant + "' has no letters or digits")),
                normalise(outlet).orElseThrow(() -> new IllegalArgumentException(
                        "outlet alias target '" + outlet + "' has no letters or digits"))));
        this.userAliases = Map.copyOf(user);
    }

    /**
     * Loads the user's alias file ({@code --outlets}): CSV {@code variant,outlet}, optional header
     * {@code variant,outlet}, blank lines and {@code #} comments allowed, UTF-8.
     *
     * @throws IllegalArgumentException naming the file and line for a line that is not two non-empty names
     *     (or has invalid UTF-8)
     * @throws UncheckedIOException when the file cannot be read
     */
    public static OutletNames withUserFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new OutletNames(parseAliases(in, file.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read outlet alias file " + file, e);
        }
    }

    /**
     * The canonical id of {@code raw}, or empty when nothing of it is left (no letters or digits); the
     * caller rejects the record then.
     */
    public Optional<String> canonical(String raw) {
        return normalise(raw).map(id -> userAliases.getOrDefault(id, BUILT_IN.getOrDefault(id, id)));
    }

    /** Steps 1-3: the id before alias lookup. */
    static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String name = Normalizer.normalize(raw, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
        String id = lettersAndDigits(domainName(name).orElse(name));
        return id.isEmpty() ? Optional.empty() : Optional.of(id);
    }

    /** For a URL or bare domain, the registrable domain without its public suffix. */
    private static Optional<String> domainName(String name) {
        String host = null;
        Matcher scheme = SCHEME.matcher(name);
        if (scheme.matches()) {
            host = hostOf(name, scheme.group(1));
        } else {
            Matcher bare = BARE_DOMAIN.matcher(name);
            if (bare.matches()) {
                host = bare.group(1);
            }
        }
        if (host == null || host.isEmpty()) {
            return Optional.empty();
        }
        try {
            InternetDomainName domain = InternetDomainName.from(host);
            if (!domain.isUnderPublicSuffix()) {
                return Optional.empty();
            }
            String label = domain.topPrivateDomain().parts().get(0);
            // One letter left ("x.com", "u.s.news") says too little; then the whole name is the better id.
            return lettersAndDigits(label).length() >= 2 ? Optional.of(label) : Optional.empty();
        } catch (IllegalArgumentException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    private static String hostOf(String url, String afterScheme) {
        try {
            String host = URI.create(url).getHost();
            if (host != null) {
                return host;
            }
        } catch (IllegalArgumentException e) {
            // Not a strict URI (spaces, odd characters); take the authority by hand below.
        }
        String authority = afterScheme.split("[/?#]", 2)[0];
        authority = authority.substring(authority.lastIndexOf('@') + 1);
        int colon = authority.indexOf(':');
        return colon >= 0 ? authority.substring(0, colon) : authority;
    }

    /**
     * Letters and digits only, as the contract defines the id. Combining marks go too: lower-casing
     * {@code İ} gives {@code i} plus U+0307, and keeping the mark would make {@code İstanbul Times} a
     * different id from {@code Istanbul Times}, printed almost alike. (Marks that NFKC composes with
     * their letter, as in {@code é} or {@code ü}, are part of that letter and stay.)
     */
    private static String lettersAndDigits(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * Groups of two or more distinct ids that look alike on screen, by their Unicode confusable skeleton
     * (UTS #39, ICU's {@link SpoofChecker}): {@code cnn} and {@code сnn} with a Cyrillic {@code с}, or
     * {@code rnsnbc} and {@code msnbc}. Ids are never folded by this (an id stays a pure function of the
     * name); a run reports such groups so that a look-alike does not silently split an outlet in two.
     * Deterministic: each group and the list are sorted.
     */
    public static List<List<String>> confusableGroups(Collection<String> ids) {
        SpoofChecker checker = new SpoofChecker.Builder().build();
        Map<String, SortedSet<String>> bySkeleton = new TreeMap<>();
        for (String id : ids) {
            if (id != null) {
                bySkeleton.computeIfAbsent(checker.getSkeleton(id), k -> new TreeSet<>()).add(id);
            }
        }
        List<List<String>> groups = new ArrayList<>();
        for (SortedSet<String> group : bySkeleton.values()) {
            if (group.size() > 1) {
                groups.add(List.copyOf(group));
            }
        }
        groups.sort(Comparator.comparing(g -> g.get(0)));
        return List.copyOf(groups);
    }

    private static Map<String, String> loadBuiltIn() {
        try (InputStream in = Resources.open(OutletNames.class, BUILT_IN_RESOURCE)) {
            Map<String, String> raw = parseAliases(in, BUILT_IN_RESOURCE);
            Map<String, String> checked = new LinkedHashMap<>();
            raw.forEach((variant, outlet) -> {
                // The table promises canonical ids; a typo here would silently split an outlet in two.
                if (!normalise(variant).equals(Optional.of(variant)) || !normalise(outlet).equals(Optional.of(outlet))) {
                    throw new IllegalStateException(BUILT_IN_RESOURCE + ": not canonical ids: " + variant + "," + outlet);
                }
                checked.put(variant, outlet);
            });
            return Map.copyOf(checked);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses an alias file ({@code --outlets}) read from any file system: variant → outlet as written.
     *
     * @throws IllegalArgumentException naming the file and line of a malformed line, or a name with no letters or digits
     */
    public static Map<String, String> parseAliasFile(InputStream in, String name) throws IOException {
        Map<String, String> aliases = parseAliases(in, name);
        new OutletNames(aliases);
        return aliases;
    }

    /** variant → outlet as written; later lines override earlier ones. */
    static Map<String, String> parseAliases(InputStream in, String name) throws IOException {
        Map<String, String> aliases = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(StrictUtf8.newReader(in))) {
            String line;
            int number = 0;
            boolean first = true;
            while ((line = reader.readLine()) != null) {
                number++;
                String trimmed = line.replace("\uFEFF", "").strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String where = name + " line " + number;
                if (StrictUtf8.hasInvalid(trimmed)) {
                    throw new IllegalArgumentException(where + ": invalid UTF-8");
                }
                ICSVParser parser = new CSVParserBuilder().withSeparator(',').withQuoteChar('"')
                        .withEscapeChar(ICSVParser.NULL_CHARACTER).build();
                String[] cells;
                try {
                    cells = parser.parseLine(trimmed);
                } catch (IOException e) {
                    throw new IllegalArgumentException(where + ": unclosed quote in '" + trimmed + "'", e);
                }
                if (parser.isPending() || cells.length != 2 || cells[0].isBlank() || cells[1].isBlank()) {
                    throw new IllegalArgumentException(where + ": expected 'variant,outlet' but found '" + trimmed + "'");
                }
                boolean header = first && cells[0].strip().equalsIgnoreCase("variant")
                        && cells[1].strip().equalsIgnoreCase("outlet");
                first = false;
                if (header) {
                    continue;
                }
                if (normalise(cells[0]).isEmpty() || normalise(cells[1]).isEmpty()) {
                    throw new IllegalArgumentException(where + ": names without letters or digits: '" + trimmed + "'");
                }
                aliases.put(cells[0], cells[1]);
            }
        }
        return aliases;
    }
}
