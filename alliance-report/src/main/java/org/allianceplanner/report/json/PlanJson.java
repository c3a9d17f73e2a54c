package org.allianceplanner.report.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.allianceplanner.model.alliance.AllianceStudyResult;

/**
 * The whole {@link AllianceStudyResult} as JSON ({@code plan.json}): pretty-printed, keys in alphabetical
 * order so that the same result always gives the same bytes. Non-finite numbers (a top price tier has
 * no next tier: {@code NaN}) are written as the strings {@code "NaN"}, {@code "Infinity"}.
 *
 * <p>Thread-safe: the mapper is configured once and only read.
 */
public final class PlanJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private PlanJson() {}

    /** The result as pretty-printed JSON text, ending with a newline. */
    public static String toJson(AllianceStudyResult result) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return MAPPER.writer(printer).writeValueAsString(result) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "Could not write the study result of " + result.scenarioName() + " as JSON.", e);
        }
    }

    /** The result read back from JSON text written by {@link #toJson}. */
    public static AllianceStudyResult fromJson(String json) {
        try {
            return MAPPER.readValue(json, AllianceStudyResult.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "This is not a study result written by Alliance Planner: "
                            + e.getOriginalMessage()
                            + " at line " + e.getLocation().getLineNr()
                            + ", column " + e.getLocation().getColumnNr() + ".",
                    e);
        }
    }

    /** Writes {@code result} to {@code file} (UTF-8), replacing it. */
    public static void write(AllianceStudyResult result, Path file) {
        try {
            Files.writeString(file, toJson(result), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not write the plan JSON " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a study result from {@code file}.
     *
     * @throws UncheckedIOException when the file cannot be read
     * @throws IllegalArgumentException when it is not a study result, naming the file, line and column
     */
    public static AllianceStudyResult read(Path file) {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not read the plan JSON " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        try {
            return fromJson(json);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }
}
