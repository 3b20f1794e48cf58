package org.slant.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON Lines: each non-blank line one JSON object, one {@link RawRecord} per line at {@code line N}.
 *
 * <p>Field values become text: strings as they are, numbers and booleans as written in the line
 * ({@code 1.50} stays {@code 1.50}), nested objects and arrays as compact JSON, {@code null} as an absent
 * field. Anything else is a reject: invalid UTF-8, a line that is not JSON ({@code malformed JSON: ...}),
 * JSON that is not an object ({@code not a JSON object}), a repeated key, text after the object, and
 * escapes that make a lone surrogate. Lines may be very long (up to {@code maxLineChars}).
 *
 * <p>Immutable and thread-safe: the one {@link ObjectMapper} is only used to create parsers and write trees.
 */
public final class JsonLinesReader implements RecordReader {
    private final ObjectMapper mapper;
    private final int maxLineChars;

    public JsonLinesReader() {
        this(CsvRecordReader.DEFAULT_MAX_RECORD_CHARS);
    }

    /** @param maxLineChars longest line read; a longer one is rejected without being held in memory */
    public JsonLinesReader(int maxLineChars) {
        if (maxLineChars < 1) {
            throw new IllegalArgumentException("maxLineChars must be positive: " + maxLineChars);
        }
        this.maxLineChars = maxLineChars;
        JsonFactory factory = JsonFactory.builder()
                // Jackson caps strings at 20M chars by default; a line this reader accepts must parse.
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(maxLineChars).build())
                .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.mapper = new ObjectMapper(factory);
    }

    @Override
    public Iterator<ReadResult> read(InputStream in, String source) throws IOException {
        return lines(new LineSource(StrictUtf8.newReader(in), maxLineChars), source);
    }

    @Override
    public Iterator<ReadResult> readPart(InputStream in, String source, long firstLine, List<String> header)
            throws IOException {
        return lines(new LineSource(StrictUtf8.newReader(in, false), maxLineChars, firstLine), source);
    }

    private Iterator<ReadResult> lines(LineSource lines, String source) {
        return new SteppedReader(lines, source) {
            @Override
            protected void step() throws IOException {
                LineSource.Line line = lines.next();
                if (line == null) {
                    finished = true;
                } else if (line.overlong() || !line.text().isBlank()) {
                    ready.add(parse(source, line));
                }
            }
        };
    }

    private ReadResult parse(String source, LineSource.Line line) {
        String location = "line " + line.number();
        String text = line.text();
        if (line.overlong()) {
            return Reject.of(source, location, "line too long: more than " + maxLineChars + " characters", text);
        }
        if (StrictUtf8.hasInvalid(text)) {
            return Reject.of(source, location, StrictUtf8.INVALID_UTF8, text);
        }
        try (JsonParser parser = mapper.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                // Tell a bare value apart from a line that is not JSON at all, for the reject reason.
                mapper.readTree(text);
                return Reject.of(source, location, "not a JSON object", text);
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                String asText = switch (value) {
                    case VALUE_NULL -> null;
                    case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getText();
                    case VALUE_TRUE -> "true";
                    case VALUE_FALSE -> "false";
                    default -> mapper.writeValueAsString(parser.<JsonNode>readValueAsTree());
                };
                if (StrictUtf8.hasLoneSurrogate(name) || asText != null && StrictUtf8.hasLoneSurrogate(asText)) {
                    return Reject.of(source, location, "malformed JSON: \\u escape makes an unpaired surrogate", text);
                }
                if (asText != null) {
                    fields.put(name, asText);
                }
            }
            if (parser.nextToken() != null) {
                return Reject.of(source, location, "malformed JSON: text after the object", text);
            }
            return new RawRecord(source, location, fields);
        } catch (JsonProcessingException e) {
            return Reject.of(source, location, "malformed JSON: " + shortReason(e), text);
        } catch (IOException e) {
            return Reject.of(source, location, "malformed JSON: " + e.getMessage(), text);
        }
    }

    /** Jackson's message without the source excerpt and location it appends. */
    private static String shortReason(JsonProcessingException e) {
        String reason = e.getOriginalMessage();
        if (reason == null) {
            return e.getClass().getSimpleName();
        }
        int newline = reason.indexOf('\n');
        reason = newline >= 0 ? reason.substring(0, newline) : reason;
        if (e instanceof JsonParseException && e.getLocation() != null) {
            reason += " at column " + e.getLocation().getColumnNr();
        }
        return reason.length() > 160 ? reason.substring(0, 160) + "…" : reason;
    }
}
