package org.allianceplanner.server.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.allianceplanner.io.ScenarioLoad;
import org.allianceplanner.io.demo.DemoScenarios;
import org.allianceplanner.model.scenario.Scenario;
import org.allianceplanner.server.user.SignedInUser;
import org.allianceplanner.server.web.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

/**
 * Keeps scenarios: checks an upload completely before anything is saved, keeps the bytes as uploaded
 * with a summary of what they hold, and reads a kept scenario back for a study. Authorization is {@link
 * ScenarioPolicy}'s; the methods taking a {@link StoredScenario} expect one the policy returned.
 * Thread-safe.
 */
@Service
public class ScenarioService {
    /** The longest scenario name. */
    public static final int MAX_NAME_LENGTH = 200;

    private static final int MAX_FILE_NAME_LENGTH = 255;

    private final ScenarioRepository scenarios;
    private final JdbcClient jdbc;
    private final UploadLimits limits;
    private final ObjectMapper json;

    public ScenarioService(ScenarioRepository scenarios, JdbcClient jdbc, UploadLimits limits, ObjectMapper json) {
        this.scenarios = scenarios;
        this.jdbc = jdbc;
        this.limits = limits;
        this.json = json;
    }

    /**
     * Checks and keeps an upload of {@code owner}.
     *
     * @param name the name to show, or {@code null} for the scenario's own
     * @param fileName the file's name as the client sent it (any path in it is dropped)
     * @throws org.springframework.web.ErrorResponseException 400 for a bad name, 413 above the upload
     *     limit, 415 for a file that is neither a zip nor a workbook, 422 with every problem for a
     *     scenario that does not pass its checks
     */
    public StoredScenario upload(SignedInUser owner, @Nullable String name, String fileName, byte[] content) {
        return keep(owner, name, fileName, content, false);
    }

    /** A copy of the built-in demo for {@code owner}, as a zipped scenario folder with its README and sources. */
    public StoredScenario demoCopy(SignedInUser owner) {
        String demo = DemoScenarios.NISSAN_TESLA_HONDA;
        return keep(owner, null, demo + ".zip", zippedDemo(demo), true);
    }

    /** The scenarios of {@code owner}, newest first. */
    public List<StoredScenario> list(SignedInUser owner) {
        return scenarios.findByOwner(owner.id());
    }

    /** The summary of a kept scenario. */
    public ScenarioSummary summary(StoredScenario scenario) {
        ScenarioContents contents;
        try {
            contents = json.readValue(scenario.summaryJson(), ScenarioContents.class);
        } catch (JsonProcessingException broken) {
            throw new IllegalStateException("The summary of scenario " + scenario.id() + " cannot be read.", broken);
        }
        return new ScenarioSummary(
                scenario.id(),
                scenario.name(),
                scenario.format(),
                scenario.fileName(),
                scenario.createdAt(),
                contents.demo(),
                contents);
    }

    /** The bytes of a kept scenario, exactly as uploaded. */
    public byte[] content(StoredScenario scenario) {
        return scenarios.content(scenario.id()).orElseThrow(() -> Problems.notFound("scenario", scenario.id()));
    }

    /**
     * Deletes a kept scenario.
     *
     * @throws org.springframework.web.ErrorResponseException 409 while studies refer to it
     */
    public void delete(StoredScenario scenario) {
        long studies = jdbc.sql("SELECT COUNT(*) FROM study WHERE scenario_id = ?")
                .param(scenario.id())
                .query(Long.class)
                .single();
        if (studies > 0) {
            throw inUse(scenario, studies);
        }
        try {
            scenarios.delete(scenario.id());
        } catch (DataIntegrityViolationException submittedMeanwhile) {
            throw inUse(scenario, 1);
        }
    }

    private static RuntimeException inUse(StoredScenario scenario, long studies) {
        return Problems.of(
                HttpStatus.CONFLICT,
                "scenario-in-use",
                "Scenario in use",
                "Scenario " + scenario.id() + " is used by " + (studies == 1 ? "a study" : studies + " studies")
                        + "; delete the studies first.",
                Map.of("studies", studies));
    }

    private StoredScenario keep(
            SignedInUser owner, @Nullable String name, String uploadedName, byte[] content, boolean demo) {
        String shownName = checkedName(name);
        if (content.length > limits.maxBytes()) {
            throw tooLarge(limits.maxBytes());
        }
        String fileName = safeFileName(uploadedName);
        if (content.length == 0) {
            throw Problems.of(
                    HttpStatus.BAD_REQUEST,
                    "empty-upload",
                    "Empty upload",
                    "The file " + quoted(fileName) + " is empty; send a zipped scenario folder (.zip) or a workbook"
                            + " (.xlsx).");
        }
        ScenarioFormat format = ScenarioArchive.formatOf(fileName, content);
        if (format == null) {
            throw Problems.of(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "unsupported-scenario-file",
                    "Not a scenario file",
                    "The file " + quoted(fileName) + " is neither a zipped scenario folder (.zip) nor an Excel"
                            + " workbook (.xlsx).");
        }
        if (fileName.isEmpty()) {
            fileName = format == ScenarioFormat.XLSX ? "scenario.xlsx" : "scenario.zip";
        }
        ScenarioLoad load = ScenarioArchive.read(format, fileName, content, limits.maxUnpackedBytes());
        if (!load.isValid()) {
            List<ScenarioProblem> problems =
                    load.problems().stream().map(ScenarioProblem::of).toList();
            throw Problems.of(
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    "invalid-scenario",
                    "Invalid scenario",
                    problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in " + quoted(fileName)
                            + "; nothing was saved.",
                    Map.of("problems", problems));
        }
        Scenario scenario = load.scenario();
        ScenarioContents contents = ScenarioContents.of(scenario, demo);
        if (shownName == null) {
            shownName = firstChars(
                    scenario.settings().name().isBlank()
                            ? fileName
                            : scenario.settings().name().strip(),
                    MAX_NAME_LENGTH);
        }
        return scenarios.insert(owner.id(), shownName, format, fileName, content, sha256(content), toJson(contents));
    }

    /** 413 in the words of every other upload limit. */
    static ErrorResponseException tooLarge(long maxBytes) {
        return Problems.of(
                HttpStatus.PAYLOAD_TOO_LARGE,
                "upload-too-large",
                "Upload too large",
                "The upload is larger than the server accepts (" + maxBytes + " bytes, alliance.upload.max-bytes);"
                        + " split the scenario or ask the operator to raise the limit.");
    }

    private static @Nullable String checkedName(@Nullable String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String stripped = name.strip();
        if (stripped.length() > MAX_NAME_LENGTH || stripped.chars().anyMatch(Character::isISOControl)) {
            throw Problems.of(
                    HttpStatus.BAD_REQUEST,
                    "invalid-request",
                    "Invalid request",
                    "name must be at most " + MAX_NAME_LENGTH + " characters, without control characters.");
        }
        return stripped;
    }

    /**
     * The last part of a client's file name, without control characters, quotes or path separators, at
     * most 255 characters with its extension kept; "" when nothing is left.
     */
    static String safeFileName(String uploaded) {
        String last = uploaded.substring(Math.max(uploaded.lastIndexOf('/'), uploaded.lastIndexOf('\\')) + 1);
        String clean = last.replaceAll("[\\p{Cntrl}\"';:*?<>|]", "_").strip();
        while (clean.startsWith(".")) {
            clean = clean.substring(1);
        }
        if (clean.length() > MAX_FILE_NAME_LENGTH) {
            int dot = clean.lastIndexOf('.');
            String extension = dot > 0 && clean.length() - dot <= 10 ? clean.substring(dot) : "";
            clean = clean.substring(0, MAX_FILE_NAME_LENGTH - extension.length()) + extension;
        }
        return clean;
    }

    private static String quoted(String fileName) {
        return "\"" + (fileName.isEmpty() ? "(no name)" : firstChars(fileName, 120)) + "\"";
    }

    private static String firstChars(String text, int count) {
        return text.length() > count ? text.substring(0, count) : text;
    }

    private String toJson(ScenarioContents contents) {
        try {
            return json.writeValueAsString(contents);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("A scenario summary could not be written as JSON.", impossible);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256.", impossible);
        }
    }

    /** The demo's folder zipped under one top folder of its name, as a user would zip it. */
    private static byte[] zippedDemo(String demo) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("alliance-demo-");
            DemoScenarios.export(demo, folder);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes);
                    Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    String relative = folder.relativize(file).toString().replace('\\', '/');
                    zip.putNextEntry(new ZipEntry(demo + "/" + relative));
                    Files.copy(file, zip);
                    zip.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException failed) {
            throw new UncheckedIOException("The demo could not be zipped in the server's temporary folder.", failed);
        } finally {
            if (folder != null) {
                try (Stream<Path> all = Files.walk(folder)) {
                    for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(path);
                    }
                } catch (IOException ignored) {
                    // A temporary folder left behind is harmless; the demo was already zipped.
                }
            }
        }
    }
}
