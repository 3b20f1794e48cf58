package org.slant.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.slant.failure.UsageException;

/**
 * The models that ship inside slant's jar: a saved model folder (card and pipeline, as {@code train}
 * writes it) under {@code org/slant/models/TASK/}, with a {@code FILES} list because a jar's folders
 * cannot be listed. Spark reads a pipeline from a file system, so a model is copied once per JVM into a
 * temporary folder, removed at exit. Only tasks whose training data slant may redistribute and whose
 * model beat the rules on a test set never used for training have one (today: stance).
 */
public final class BuiltInModels {
    /** What {@code --model} and the manifest call a built-in model, instead of its temporary folder. */
    public static final String PREFIX = "built-in:";

    /** The built-in article-level stance model ({@link ArticleText}): {@code built-in:stance-article}. */
    public static final String STANCE_ARTICLE = "stance-article";

    private static final Map<String, Path> EXTRACTED = new ConcurrentHashMap<>();

    private BuiltInModels() {
    }

    /** The task's built-in model folder, copied out of the jar on first use; empty if it has none. */
    public static Optional<Path> folder(ModelTask task) {
        return folder(task.id());
    }

    /** The built-in model folder {@code id} (a task id, or {@link #STANCE_ARTICLE}), copied out of the jar on first use. */
    public static Optional<Path> folder(String id) {
        String base = "/org/slant/models/" + id + "/";
        if (BuiltInModels.class.getResource(base + "FILES") == null) {
            return Optional.empty();
        }
        return Optional.of(EXTRACTED.computeIfAbsent(id, t -> extract(base)));
    }

    /** {@code built-in:TASK} for a folder {@link #folder} returned, else the folder as given. */
    public static String name(Path dir) {
        for (Map.Entry<String, Path> e : EXTRACTED.entrySet()) {
            if (e.getValue().equals(dir)) {
                return PREFIX + e.getKey();
            }
        }
        return dir.toString();
    }

    /**
     * A {@code --model} value: {@code built-in:TASK} is the built-in model's folder, anything else a folder.
     *
     * @throws UsageException for a task without a built-in model
     */
    public static Path resolve(Path given, String flag) {
        String s = given.toString();
        if (!s.startsWith(PREFIX)) {
            return given;
        }
        if (s.equals(PREFIX + STANCE_ARTICLE)) {
            return folder(STANCE_ARTICLE).orElseThrow(() -> new UsageException(flag + " " + s + ": this build has no built-in "
                    + "article stance model"));
        }
        ModelTask task;
        try {
            task = ModelTask.of(s.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new UsageException(flag + " " + s + ": " + e.getMessage());
        }
        return folder(task).orElseThrow(() -> new UsageException(flag + " " + s
                + ": slant has no built-in '" + task.id() + "' model (only stance has one, and stance-article); train one with 'slant train'"));
    }

    private static Path extract(String base) {
        try {
            Path root = Files.createTempDirectory("slant-model-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(root)));
            String list;
            try (InputStream in = BuiltInModels.class.getResourceAsStream(base + "FILES")) {
                list = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            for (String name : list.split("\n")) {
                if (name.isBlank()) {
                    continue;
                }
                Path to = root.resolve(name.strip()).normalize();
                if (!to.startsWith(root)) {
                    throw new IllegalStateException("built-in model list names a file outside its folder: " + name);
                }
                Files.createDirectories(to.getParent());
                try (InputStream in = BuiltInModels.class.getResourceAsStream(base + name.strip())) {
                    if (in == null) {
                        throw new IllegalStateException("built-in model file missing from the jar: " + base + name.strip());
                    }
                    Files.copy(in, to);
                }
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the built-in model " + base + " to a temporary folder", e);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // Best effort at exit: a leftover temporary folder is harmless.
        }
    }
}
