package org.slant.output;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * {@code manifest.json}: what a run read, how it was configured and what it wrote, so any number in
 * the output can be traced to the run, code version and settings that produced it.
 */
public final class Manifest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private final Map<String, Object> fields = new LinkedHashMap<>();

    public Manifest put(String key, Object value) {
        fields.put(key, value);
        return this;
    }

    public String toJson() {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(fields) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("manifest is not serialisable", e);
        }
    }

    /** SHA-256 of the settings' canonical JSON (keys sorted): equal settings give equal hashes. */
    public static String configHash(Map<String, Object> settings) {
        try {
            byte[] canonical = JSON.writeValueAsString(settings).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash configuration", e);
        }
    }
}
