package org.slant.analysis.targets;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.slant.config.ConfigText;
import org.slant.text.Resources;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The targets and actors an analysis looks for, read from YAML (format documented at the top of
 * {@code default-targets.yaml}, the built-in catalog).
 *
 * <p>Parsing is strict because a silently ignored typo ({@code alias:} for {@code aliases:}) would
 * quietly change published numbers: a YAML syntax error, an unknown key, a missing or duplicate
 * {@code id}, an unknown {@code kind} or {@code window}, a regular expression that does not
 * compile or that runs out of its {@link MatchBudget} on short test strings (catastrophic
 * backtracking), or bytes that are not UTF-8 throw {@link IllegalArgumentException} whose message
 * starts with {@code file:line:}.
 * Immutable and thread-safe.
 */
public final class TargetCatalog implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    /** Classpath location of the built-in catalog. */
    public static final String BUILT_IN = "default-targets.yaml";

    private static final Set<String> TOP_KEYS = Set.of("version", "targets");
    private static final Set<String> ENTRY_KEYS = Set.of("id", "label", "kind", "aliases", "patterns", "ambiguous",
            "requires_context", "window", "exclude", "speaker_aliases", "speaker_aliases_during");
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

    private final List<Target> targets;
    private final Map<String, Target> byId;

    private TargetCatalog(List<Target> targets) {
        this.targets = List.copyOf(targets);
        Map<String, Target> m = new LinkedHashMap<>();
        for (Target t : targets) {
            m.put(t.id(), t);
        }
        this.byId = Map.copyOf(m);
    }

    /** A catalog of the given entries (ids must be unique). */
    public static TargetCatalog of(List<Target> targets) {
        Set<String> seen = new HashSet<>();
        for (Target t : targets) {
            if (!seen.add(t.id())) {
                throw new IllegalArgumentException("duplicate target id '" + t.id() + "'");
            }
        }
        return new TargetCatalog(targets);
    }

    /** The catalog shipped with slant. */
    public static TargetCatalog builtIn() {
        try (InputStream in = Resources.open(TargetCatalog.class, BUILT_IN)) {
            return parse(in, BUILT_IN);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUILT_IN, e);
        }
    }

    /** Reads a catalog file (for {@code --targets FILE}). */
    public static TargetCatalog load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        }
    }

    /**
     * Parses a catalog.
     *
     * @param in       UTF-8 YAML (strict: bytes that are not UTF-8 are an error); read to its end, not closed
     * @param fileName used in error messages only
     * @throws IllegalArgumentException {@code fileName:line: problem} for any malformed or invalid content
     */
    public static TargetCatalog parse(InputStream in, String fileName) {
        Node root;
        try {
            Reader reader = new StringReader(ConfigText.read(in, fileName));
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            root = new Yaml(new SafeConstructor(options)).compose(reader);
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            throw new IllegalArgumentException(where(fileName, m) + "YAML syntax error: " + problem.strip(), e);
        } catch (YAMLException e) {
            throw new IllegalArgumentException(fileName + ": YAML error: " + e.getMessage(), e);
        }
        if (root == null) {
            throw new IllegalArgumentException(fileName + ":1: empty target catalog (expected a mapping with 'targets:')");
        }
        return new Parser(fileName).catalog(root);
    }

    public List<Target> targets() {
        return targets;
    }

    public Optional<Target> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public int size() {
        return targets.size();
    }

    private static String where(String fileName, Mark mark) {
        return mark == null ? fileName + ": " : fileName + ":" + (mark.getLine() + 1) + ": ";
    }

    /** Walks the node tree, keeping each node's start mark for messages. */
    private static final class Parser {
        private final String file;

        Parser(String file) {
            this.file = file;
        }

        TargetCatalog catalog(Node root) {
            MappingNode top = mapping(root, "the top level");
            Map<String, Node> fields = fields(top, TOP_KEYS, "top-level");
            Node version = fields.get("version");
            if (version != null && !"1".equals(scalar(version, "version"))) {
                throw error(version, "unsupported version '" + scalar(version, "version") + "' (expected 1)");
            }
            Node list = fields.get("targets");
            if (list == null) {
                throw error(root, "missing key 'targets'");
            }
            if (!(list instanceof SequenceNode seq)) {
                throw error(list, "'targets' must be a list of entries");
            }
            List<Target> out = new ArrayList<>();
            Map<String, Integer> lines = new HashMap<>();
            for (Node n : seq.getValue()) {
                Target t = target(n);
                Integer previous = lines.putIfAbsent(t.id(), line(n));
                if (previous != null) {
                    throw error(n, "duplicate id '" + t.id() + "' (first defined on line " + previous + ")");
                }
                out.add(t);
            }
            return new TargetCatalog(out);
        }

        Target target(Node node) {
            MappingNode map = mapping(node, "a target entry");
            Map<String, Node> f = fields(map, ENTRY_KEYS, "target");
            Node idNode = f.get("id");
            if (idNode == null) {
                throw error(node, "target entry without 'id'");
            }
            String id = scalar(idNode, "id");
            if (!ID.matcher(id).matches()) {
                throw error(idNode, "id '" + id + "' must be lower case letters, digits and '_', starting with a letter");
            }
            String label = f.containsKey("label") ? scalar(f.get("label"), "label") : id;
            TargetKind kind = TargetKind.ISSUE;
            if (f.containsKey("kind")) {
                String k = scalar(f.get("kind"), "kind");
                try {
                    kind = TargetKind.valueOf(k.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw error(f.get("kind"), "unknown kind '" + k + "' (expected issue, actor or both)");
                }
            }
            ContextWindow window = ContextWindow.PREVIOUS;
            if (f.containsKey("window")) {
                String w = scalar(f.get("window"), "window");
                try {
                    window = ContextWindow.valueOf(w.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw error(f.get("window"), "unknown window '" + w + "' (expected sentence, previous or article)");
                }
            }
            List<String> aliases = phrases(f.get("aliases"), "aliases");
            List<String> ambiguous = phrases(f.get("ambiguous"), "ambiguous");
            List<String> context = phrases(f.get("requires_context"), "requires_context");
            if (!ambiguous.isEmpty() && context.isEmpty()) {
                throw error(f.get("ambiguous"), "'ambiguous' aliases of '" + id + "' need 'requires_context'");
            }
            List<Pattern> patterns = new ArrayList<>();
            Node pn = f.get("patterns");
            if (pn != null) {
                for (Node p : list(pn, "patterns")) {
                    String regex = scalar(p, "patterns");
                    Pattern compiled;
                    try {
                        compiled = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
                    } catch (PatternSyntaxException e) {
                        throw error(p, "bad regular expression '" + regex + "': " + e.getDescription());
                    }
                    String runaway = MatchBudget.probe(compiled);
                    if (runaway != null) {
                        throw error(p, "regular expression '" + regex + "' exceeded its matching budget on a test"
                                + " string (" + runaway + "): it backtracks catastrophically and would stall on"
                                + " real text; rewrite it without nested or repeated wildcards such as (.*a){12}");
                    }
                    patterns.add(compiled);
                }
            }
            if (aliases.isEmpty() && patterns.isEmpty() && ambiguous.isEmpty()) {
                throw error(node, "target '" + id + "' has no aliases, patterns or ambiguous aliases");
            }
            List<String> speakers = phrases(f.get("speaker_aliases"), "speaker_aliases");
            List<Period> during = new ArrayList<>();
            Node dn = f.get("speaker_aliases_during");
            if (dn != null) {
                if (speakers.isEmpty()) {
                    throw error(dn, "'speaker_aliases_during' of '" + id + "' needs 'speaker_aliases'");
                }
                for (Node d : list(dn, "speaker_aliases_during")) {
                    try {
                        during.add(Period.parse(scalar(d, "speaker_aliases_during")));
                    } catch (IllegalArgumentException e) {
                        throw error(d, "speaker_aliases_during: " + e.getMessage());
                    }
                }
            }
            return new Target(id, label, kind, aliases, patterns, ambiguous, context, window,
                    phrases(f.get("exclude"), "exclude"), speakers, during);
        }

        private List<String> phrases(Node node, String key) {
            List<String> out = new ArrayList<>();
            if (node == null) {
                return out;
            }
            for (Node n : list(node, key)) {
                String s = scalar(n, key);
                if (SentenceTokens.normalize(s).length == 0) {
                    throw error(n, "'" + key + "' entry '" + s + "' has no letters or digits");
                }
                out.add(s);
            }
            return out;
        }

        private List<Node> list(Node node, String key) {
            if (node instanceof SequenceNode seq) {
                return seq.getValue();
            }
            if (node instanceof ScalarNode) {
                return List.of(node); // a single phrase may be written without brackets
            }
            throw error(node, "'" + key + "' must be a list");
        }

        private Map<String, Node> fields(MappingNode map, Set<String> allowed, String what) {
            Map<String, Node> out = new LinkedHashMap<>();
            for (NodeTuple t : map.getValue()) {
                String key = scalar(t.getKeyNode(), "key");
                if (!allowed.contains(key)) {
                    throw error(t.getKeyNode(), "unknown " + what + " key '" + key + "' (expected one of "
                            + allowed.stream().sorted().toList() + ")");
                }
                if (out.put(key, t.getValueNode()) != null) {
                    throw error(t.getKeyNode(), "duplicate key '" + key + "'");
                }
            }
            return out;
        }

        private MappingNode mapping(Node node, String what) {
            if (node instanceof MappingNode m) {
                return m;
            }
            throw error(node, what + " must be a mapping");
        }

        private String scalar(Node node, String key) {
            if (node instanceof ScalarNode s) {
                String v = s.getValue().strip();
                if (v.isEmpty()) {
                    throw error(node, "'" + key + "' is empty");
                }
                return v;
            }
            throw error(node, "'" + key + "' must be a single value");
        }

        private int line(Node node) {
            return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
        }

        private IllegalArgumentException error(Node node, String message) {
            return new IllegalArgumentException(where(file, node == null ? null : node.getStartMark()) + message);
        }
    }
}
