package org.allianceplanner.server.scenario;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.allianceplanner.server.user.SignedInUser;
import org.allianceplanner.server.web.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/v1/scenarios}: upload (a zipped CSV folder or a workbook), list, summary, download and
 * delete of the caller's own scenarios, and a copy of the built-in demo. Another analyst's scenario is
 * answered exactly as a missing one (404).
 */
@RestController
@RequestMapping("/api/v1/scenarios")
public class ScenarioController {
    /** The workbook's media type. */
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ScenarioService scenarios;
    private final ScenarioPolicy policy;
    private final UploadLimits limits;

    public ScenarioController(ScenarioService scenarios, ScenarioPolicy policy, UploadLimits limits) {
        this.scenarios = scenarios;
        this.policy = policy;
        this.limits = limits;
    }

    /** Upload as a form: the file in the field {@code file}, an optional {@code name}. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ScenarioSummary> upload(
            @AuthenticationPrincipal SignedInUser user,
            @RequestPart("file") MultipartFile file,
            @RequestParam(name = "name", required = false) @Nullable String name)
            throws IOException {
        if (file.getSize() > limits.maxBytes()) {
            throw ScenarioService.tooLarge(limits.maxBytes());
        }
        String fileName = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        return created(scenarios.upload(user, name, fileName, file.getBytes()));
    }

    /**
     * Upload as the raw body ({@code curl --data-binary @scenario.xlsx}), the file's name in {@code
     * fileName} and an optional {@code name}.
     */
    @PostMapping(consumes = {"application/zip", "application/x-zip-compressed", XLSX, "application/octet-stream"})
    ResponseEntity<ScenarioSummary> uploadRaw(
            @AuthenticationPrincipal SignedInUser user,
            HttpServletRequest request,
            @RequestParam(name = "fileName", required = false) @Nullable String fileName,
            @RequestParam(name = "name", required = false) @Nullable String name)
            throws IOException {
        long max = limits.maxBytes();
        if (request.getContentLengthLong() > max) {
            throw ScenarioService.tooLarge(max);
        }
        byte[] content;
        try (InputStream body = request.getInputStream()) {
            // A body without a length (chunked) is read one byte past the limit at most.
            content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        }
        if (content.length > max) {
            throw ScenarioService.tooLarge(max);
        }
        return created(scenarios.upload(user, name, fileName == null ? "" : fileName, content));
    }

    /** The caller's own copy of the built-in demo scenario. */
    @PostMapping("/demo")
    ResponseEntity<ScenarioSummary> demo(@AuthenticationPrincipal SignedInUser user) {
        return created(scenarios.demoCopy(user));
    }

    /** The caller's scenarios, newest first. */
    @GetMapping
    List<ScenarioSummary> list(@AuthenticationPrincipal SignedInUser user) {
        return scenarios.list(user).stream().map(scenarios::summary).toList();
    }

    /** One scenario's summary. */
    @GetMapping("/{scenarioId}")
    ScenarioSummary get(@AuthenticationPrincipal SignedInUser user, @PathVariable("scenarioId") long id) {
        return scenarios.summary(policy.readable(user, id));
    }

    /** The uploaded file itself, byte for byte. */
    @GetMapping("/{scenarioId}/file")
    ResponseEntity<byte[]> file(@AuthenticationPrincipal SignedInUser user, @PathVariable("scenarioId") long id) {
        StoredScenario scenario = policy.readable(user, id);
        byte[] content = scenarios.content(scenario);
        return ResponseEntity.ok()
                .contentType(
                        scenario.format() == ScenarioFormat.XLSX
                                ? MediaType.parseMediaType(XLSX)
                                : MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(scenario.fileName()))
                .body(content);
    }

    /** Deletes a scenario no study refers to. */
    @DeleteMapping("/{scenarioId}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal SignedInUser user, @PathVariable("scenarioId") long id) {
        scenarios.delete(policy.deletable(user, id));
        return ResponseEntity.noContent().build();
    }

    /**
     * A form the container could not read: over the size limit (413), cut short, empty or with too many
     * parts (400). The multipart body is read lazily, when the upload method asks for its file, so these
     * come here.
     */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> unreadableForm(MultipartException failure) {
        if (failure instanceof MaxUploadSizeExceededException
                || String.valueOf(failure.getMessage()).contains("exceed")) {
            return problem(HttpStatus.PAYLOAD_TOO_LARGE, ScenarioService.tooLarge(limits.maxBytes()));
        }
        return problem(
                HttpStatus.BAD_REQUEST,
                Problems.of(
                        HttpStatus.BAD_REQUEST,
                        "bad-upload",
                        "Bad upload",
                        "The request is not a readable multipart form (empty, cut short, or too many parts); send"
                                + " the scenario file in the form field \"file\", and optionally \"name\"."));
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, ErrorResponseException problem) {
        ProblemDetail body = problem.getBody();
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }

    private ResponseEntity<ScenarioSummary> created(StoredScenario scenario) {
        return ResponseEntity.created(URI.create("/api/v1/scenarios/" + scenario.id()))
                .body(scenarios.summary(scenario));
    }

    /** {@code attachment} with an ASCII name for old clients and the exact name in UTF-8 (RFC 6266). */
    static String attachment(String fileName) {
        String ascii =
                fileName.replaceAll("[^\\x20-\\x7e]", "_").replace("\"", "_").replace("\\", "_");
        StringBuilder encoded = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
