package org.allianceplanner.server.study;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.allianceplanner.report.ReportWriter;
import org.allianceplanner.server.user.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** {@code /api/v1/studies}: studies as durable jobs, their progress, results and reports. */
@RestController
@RequestMapping("/api/v1/studies")
public class StudyController {
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final StudyJobs jobs;
    private final StudyEvents events;
    private final StudyReports reports;

    public StudyController(StudyJobs jobs, StudyEvents events, StudyReports reports) {
        this.jobs = jobs;
        this.events = events;
        this.reports = reports;
    }

    @PostMapping
    @Operation(
            summary = "Submit a study of one of my scenarios",
            description = "With an Idempotency-Key header, the same key and body give the same study (200) instead"
                    + " of a new one (201); the same key with another body is refused (422).")
    ResponseEntity<StudyView> submit(
            @AuthenticationPrincipal SignedInUser user,
            @RequestBody NewStudy request,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey) {
        StudyJobs.Submitted submitted = jobs.submit(user, request, idempotencyKey);
        StudyView view = StudyView.of(submitted.study(), jobs.reused(submitted.study()));
        if (!submitted.created()) {
            return ResponseEntity.ok(view);
        }
        return ResponseEntity.created(URI.create("/api/v1/studies/" + view.id()))
                .body(view);
    }

    @GetMapping
    @Operation(summary = "My studies, newest first")
    List<StudyView> list(@AuthenticationPrincipal SignedInUser user) {
        return jobs.list(user).stream()
                .map(study -> StudyView.of(study, jobs.reused(study)))
                .toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "A study's state, attempts, times and progress")
    StudyView get(@AuthenticationPrincipal SignedInUser user, @PathVariable("id") long id) {
        StudyRow study = jobs.find(user, id);
        return StudyView.of(study, jobs.reused(study));
    }

    @GetMapping("/{id}/events")
    @Operation(
            summary = "Server-sent events of a study's state and progress",
            description = "Events named state (the study) and progress ({done,total,message}); the stream ends"
                    + " after the study ends.")
    SseEmitter events(@AuthenticationPrincipal SignedInUser user, @PathVariable("id") long id) {
        jobs.find(user, id);
        return events.stream(jobs, id);
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel a study: a queued one at once, a running one within a second or so")
    StudyView cancel(@AuthenticationPrincipal SignedInUser user, @PathVariable("id") long id) {
        StudyRow study = jobs.cancel(user, id);
        return StudyView.of(study, jobs.reused(study));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a finished study and its result")
    ResponseEntity<Void> delete(@AuthenticationPrincipal SignedInUser user, @PathVariable("id") long id) {
        jobs.delete(user, id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/result")
    @Operation(summary = "A completed study's summary: alliances ranked, synergy per lever, splits, the outline")
    ResponseEntity<String> result(@AuthenticationPrincipal SignedInUser user, @PathVariable("id") long id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(jobs.summary(user, id));
    }

    @GetMapping("/{id}/plan.json")
    @Operation(summary = "A completed study's whole result (plan.json)")
    ResponseEntity<byte[]> planJson(@AuthenticationPrincipal SignedInUser user, @PathVariable("id") long id) {
        return download(
                jobs.planJson(user, id).getBytes(StandardCharsets.UTF_8),
                MediaType.APPLICATION_JSON,
                "study-" + id + "-" + ReportWriter.JSON);
    }

    @GetMapping("/{id}/report.html")
    @Operation(summary = "A completed study's HTML report")
    ResponseEntity<byte[]> reportHtml(@AuthenticationPrincipal SignedInUser user, @PathVariable("id") long id) {
        return download(
                reports.render(jobs.planJson(user, id), ReportWriter.HTML),
                new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8),
                "study-" + id + "-" + ReportWriter.HTML);
    }

    @GetMapping("/{id}/report.xlsx")
    @Operation(summary = "A completed study's workbook")
    ResponseEntity<byte[]> reportXlsx(@AuthenticationPrincipal SignedInUser user, @PathVariable("id") long id) {
        return download(
                reports.render(jobs.planJson(user, id), ReportWriter.XLSX),
                XLSX,
                "study-" + id + "-" + ReportWriter.XLSX);
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.status(HttpStatus.OK)
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .body(body);
    }
}
