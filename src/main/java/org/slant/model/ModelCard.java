package org.slant.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.slant.failure.UsageException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A saved model's folder and its card, {@code DIR/model.json}: task, classes, features, the data it was
 * trained on, cross-validated figures, hyper-parameters and versions. The Spark pipeline lives in
 * {@code DIR/pipeline}; the card holds that folder's SHA-256, so a changed or damaged pipeline is found
 * before Spark starts. Every problem is a {@link UsageException} naming the folder (exit 2).
 *
 * @param dir      the model folder
 * @param task     the task it was trained for
 * @param classes  its classes, in the order of the model's weight rows
 * @param spec     its features
 * @param fields   the whole card, as read
 * @param sha256   SHA-256 of the folder (card and pipeline): what a manifest records
 */
public record ModelCard(Path dir, ModelTask task, List<String> classes, FeatureSpec spec, Map<String, Object> fields,
                        String sha256) {
    public static final String FORMAT = "slant-model/1";
    public static final String CARD = "model.json";
    public static final String PIPELINE = "pipeline";

    public ModelCard {
        classes = List.copyOf(classes);
        fields = Map.copyOf(fields);
    }

    /**
     * Reads and checks {@code DIR/model.json} and the pipeline's hash. {@code built-in:TASK} names the
     * model that ships with slant for that task ({@link BuiltInModels}).
     *
     * @param given        the folder, or {@code built-in:TASK}
     * @param flag         the option that named the folder, for messages
     * @param expectedTask the task the caller needs, or null for any (then one model per task is the caller's check)
     * @throws UsageException naming the folder when it is missing, not a model, damaged or for another task
     */
    @SuppressWarnings("unchecked")
    public static ModelCard read(Path given, String flag, ModelTask expectedTask) {
        Path dir = BuiltInModels.resolve(given, flag);
        String where = flag + " " + given;
        if (!Files.isDirectory(dir)) {
            throw new UsageException(where + ": no such model folder (train one with 'slant train')");
        }
        Path card = dir.resolve(CARD);
        if (!Files.isRegularFile(card)) {
            throw new UsageException(where + ": not a model folder, it has no " + CARD);
        }
        Map<String, Object> m;
        try {
            m = new ObjectMapper().readValue(Files.readString(card), Map.class);
        } catch (JsonProcessingException e) {
            throw new UsageException(where + ": " + CARD + " is not valid JSON (" + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw new UsageException(where + ": " + CARD + " cannot be read: " + e.getMessage(), e);
        }
        if (m == null || !FORMAT.equals(m.get("format"))) {
            throw new UsageException(where + ": " + CARD + " is not a slant model card (format '" + FORMAT + "' expected)");
        }
        ModelTask task;
        FeatureSpec spec;
        List<String> classes;
        try {
            task = ModelTask.of(String.valueOf(m.get("task")));
            spec = FeatureSpec.from((Map<?, ?>) m.get("features"));
            classes = List.copyOf((List<String>) m.get("classes"));
        } catch (RuntimeException e) {
            throw new UsageException(where + ": " + CARD + " lacks or garbles task, features or classes: " + e.getMessage(), e);
        }
        Object set = m.get("features") instanceof Map<?, ?> f ? f.get("feature_set") : null;
        int featureSet = set instanceof Number n ? n.intValue() : 1;
        if (featureSet != FeatureSpec.FEATURE_SET) {
            throw new UsageException(where + ": trained on feature set " + featureSet + ", and this slant computes feature set "
                    + FeatureSpec.FEATURE_SET + "; train it again with this version (its data files are listed in "
                    + CARD + ")");
        }
        if (expectedTask != null && task != expectedTask) {
            throw new UsageException(where + ": a '" + task.id() + "' model, not a '" + expectedTask.id() + "' one");
        }
        Path pipeline = dir.resolve(PIPELINE);
        if (!Files.isDirectory(pipeline)) {
            throw new UsageException(where + ": the saved pipeline (" + PIPELINE + "/) is missing");
        }
        String expected = String.valueOf(m.get("pipeline_sha256"));
        String actual = sha256(pipeline);
        if (!expected.equals(actual)) {
            throw new UsageException(where + ": the files under " + PIPELINE + "/ do not match the card's pipeline_sha256 "
                    + "(changed or damaged since training; train again)");
        }
        return new ModelCard(dir, task, classes, spec, m, sha256(dir));
    }

    /** {@link ArticleText#UNIT} for a model that reads whole articles, else {@code sentence}. */
    public String unit() {
        return readsArticles() ? ArticleText.UNIT : "sentence";
    }

    /** Whether the model reads whole articles ({@link ArticleText}) rather than sentences. */
    public boolean readsArticles() {
        return ArticleText.UNIT.equals(fields.get("unit"));
    }

    /** The targets an article model was trained on (the only ones it reads), empty for a sentence model. */
    public java.util.Set<String> targets() {
        return fields.get("targets") instanceof List<?> l
                ? l.stream().map(String::valueOf).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new))
                : java.util.Set.of();
    }

    /**
     * SHA-256 over a folder: each regular file's path relative to it and its bytes, in path order.
     * Spark's {@code .crc} side files are left out (they follow the files they check).
     */
    public static String sha256(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<Path> sorted = files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().endsWith(".crc"))
                    .sorted().toList();
            byte[] buffer = new byte[1 << 16];
            for (Path p : sorted) {
                digest.update(folder.relativize(p).toString().replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update((byte) 0);
                try (InputStream in = new DigestInputStream(Files.newInputStream(p), digest)) {
                    while (in.read(buffer) >= 0) {
                        // the stream feeds the digest
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UsageException(folder + ": cannot be read: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SHA-256 of one file's bytes. */
    public static String fileSha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int r; (r = in.read(buffer)) >= 0; ) {
                digest.update(buffer, 0, r);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
