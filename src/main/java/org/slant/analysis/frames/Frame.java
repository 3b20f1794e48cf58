package org.slant.analysis.frames;

import java.util.List;
import java.util.Locale;

/**
 * The 15 frames of the Policy Frames Codebook (Boydstun et al. 2014), in codebook order, with the
 * snake_case ids that slant's tables use ({@code primary_frame}, {@code frame}). {@link #OTHER} is
 * last and never has cues: it is what a text without enough frame cues gets.
 */
public enum Frame {
    ECONOMIC("economic"),
    CAPACITY_RESOURCES("capacity_resources"),
    MORALITY("morality"),
    FAIRNESS_EQUALITY("fairness_equality"),
    LEGALITY("legality"),
    POLICY_PRESCRIPTION("policy_prescription"),
    CRIME_PUNISHMENT("crime_punishment"),
    SECURITY_DEFENSE("security_defense"),
    HEALTH_SAFETY("health_safety"),
    QUALITY_OF_LIFE("quality_of_life"),
    CULTURAL_IDENTITY("cultural_identity"),
    PUBLIC_OPINION("public_opinion"),
    POLITICAL("political"),
    EXTERNAL_REGULATION("external_regulation"),
    OTHER("other");

    /** Number of frames, including {@link #OTHER}; the length of every per-frame score array. */
    public static final int COUNT = 15;

    private static final Frame[] VALUES = values();

    /** All frame ids in codebook order ({@code other} last). */
    public static final List<String> IDS = java.util.Arrays.stream(VALUES).map(Frame::id).toList();

    private final String id;

    Frame(String id) {
        this.id = id;
    }

    /** The id used in tables and labelled data, e.g. {@code capacity_resources}. */
    public String id() {
        return id;
    }

    /** The frame at position {@code index} of a score array. */
    public static Frame at(int index) {
        return VALUES[index];
    }

    /**
     * The frame whose id is {@code id} (case and surrounding blanks ignored).
     *
     * @throws IllegalArgumentException if no frame has that id
     */
    public static Frame fromId(String id) {
        Frame f = lookup(id);
        if (f == null) {
            throw new IllegalArgumentException("unknown frame id '" + id + "', expected one of " + IDS);
        }
        return f;
    }

    /** The frame whose id is {@code id}, or {@code null}. */
    static Frame lookup(String id) {
        if (id == null) {
            return null;
        }
        String key = id.strip().toLowerCase(Locale.ROOT);
        for (Frame f : VALUES) {
            if (f.id.equals(key)) {
                return f;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return id;
    }
}
