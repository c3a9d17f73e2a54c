package org.allianceplanner.server.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.allianceplanner.app.StudyRequestException;
import org.allianceplanner.server.scenario.ScenarioPolicy;
import org.allianceplanner.server.scenario.StoredScenario;
import org.allianceplanner.server.user.SignedInUser;
import org.allianceplanner.server.web.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Studies as their owners see them: submit (idempotent by key), look, cancel, delete, and the result
 * of a completed one. Every method checks that the caller owns the study (or the scenario): another
 * analyst's study answers as a missing one.
 */
@Service
public class StudyJobs {
    /** The longest Idempotency-Key accepted. */
    static final int MAX_KEY_LENGTH = 200;

    private final StudyRepository studies;
    private final ScenarioPolicy scenarioPolicy;
    private final StudySettings settings;
    private final StudyWorkers workers;

    public StudyJobs(
            StudyRepository studies, ScenarioPolicy scenarioPolicy, StudySettings settings, StudyWorkers workers) {
        this.studies = studies;
        this.scenarioPolicy = scenarioPolicy;
        this.settings = settings;
        this.workers = workers;
    }

    /** A submitted study, and whether it is new (false: the same key gave an earlier one). */
    public record Submitted(StudyRow study, boolean created) {}

    /** Queues the study {@code request} asks for, or returns the one submitted before with the same key. */
    public Submitted submit(SignedInUser user, NewStudy request, @Nullable String idempotencyKey) {
        List<StudyRequestException.Problem> problems = new ArrayList<>();
        if (request.scenarioId() == null) {
            problems.add(new StudyRequestException.Problem("scenarioId", "The scenario to study must be named."));
        }
        StudyOptions options = request.options();
        try {
            StudyRequestJson.request(options);
        } catch (InvalidStudyOptions invalid) {
            problems.addAll(invalid.problems());
        }
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_LENGTH)) {
            problems.add(new StudyRequestException.Problem(
                    "Idempotency-Key", "The Idempotency-Key header must have 1 to " + MAX_KEY_LENGTH + " characters."));
        }
        if (!problems.isEmpty() || request.scenarioId() == null) {
            throw invalid(problems);
        }
        long scenarioId = request.scenarioId();
        ownScenario(user, scenarioId);
        String requestJson = StudyRequestJson.write(options);
        if (idempotencyKey != null) {
            Optional<StudyRow> earlier = studies.findByKey(user.id(), idempotencyKey);
            if (earlier.isPresent()) {
                return new Submitted(sameRequest(earlier.get(), scenarioId, requestJson), false);
            }
        }
        long id;
        try {
            id = studies.insert(user.id(), scenarioId, idempotencyKey, requestJson, settings.maxAttempts());
        } catch (DuplicateKeyException sameKeyAtOnce) {
            // Another request with the same key was inserted between the look-up and this insert.
            StudyRow earlier =
                    studies.findByKey(user.id(), String.valueOf(idempotencyKey)).orElseThrow(() -> sameKeyAtOnce);
            return new Submitted(sameRequest(earlier, scenarioId, requestJson), false);
        }
        workers.wake();
        return new Submitted(studies.find(id).orElseThrow(), true);
    }

    /** The studies of {@code user}, newest first. */
    public List<StudyRow> list(SignedInUser user) {
        return studies.findByOwner(user.id());
    }

    /** The caller's study {@code id}. */
    public StudyRow find(SignedInUser user, long id) {
        return studies.find(id)
                .filter(study -> study.ownerId() == user.id())
                .orElseThrow(() -> Problems.notFound("study", id));
    }

    /** Whether the completed study's result was reused; null when it has no result. */
    public @Nullable Boolean reused(StudyRow study) {
        return study.state() == StudyState.COMPLETED
                ? studies.reused(study.id()).orElse(null)
                : null;
    }

    /** Cancels the caller's study: a queued one at once, a running one by its worker within a heartbeat. */
    public StudyRow cancel(SignedInUser user, long id) {
        StudyRow study = find(user, id);
        if (study.state().finished()) {
            throw Problems.of(
                    HttpStatus.CONFLICT,
                    "study-finished",
                    "Study finished",
                    "Study " + id + " is " + study.state() + " already; there is nothing to cancel.");
        }
        studies.cancel(id);
        return find(user, id);
    }

    /** Deletes the caller's finished study and its result. */
    public void delete(SignedInUser user, long id) {
        StudyRow study = find(user, id);
        if (!study.state().finished() || !studies.deleteFinished(id)) {
            throw Problems.of(
                    HttpStatus.CONFLICT,
                    "study-not-finished",
                    "Study not finished",
                    "Study " + id + " is " + study.state() + "; cancel it first, or wait for its end.");
        }
    }

    /** The summary of the caller's completed study. */
    public String summary(SignedInUser user, long id) {
        completed(user, id);
        return studies.summary(id).orElseThrow(() -> noResult(id));
    }

    /** The plan.json of the caller's completed study. */
    public String planJson(SignedInUser user, long id) {
        completed(user, id);
        return studies.result(id).map(StudyRepository.StoredResult::planJson).orElseThrow(() -> noResult(id));
    }

    private void completed(SignedInUser user, long id) {
        StudyRow study = find(user, id);
        if (study.state() != StudyState.COMPLETED) {
            throw Problems.of(
                    HttpStatus.CONFLICT,
                    "study-not-completed",
                    "Study not completed",
                    "Study " + id + " is " + study.state() + "; its result is there once it is COMPLETED.");
        }
    }

    private static RuntimeException noResult(long id) {
        return new IllegalStateException("Study " + id + " is COMPLETED without its result.");
    }

    private StudyRow sameRequest(StudyRow earlier, long scenarioId, String requestJson) {
        if (earlier.scenarioId() != scenarioId || !earlier.requestJson().equals(requestJson)) {
            throw Problems.of(
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    "idempotency-key-reused",
                    "Idempotency key reused",
                    "The Idempotency-Key was used for study " + earlier.id() + " with another scenario or other"
                            + " options; use a new key for a new study.",
                    Map.of("studyId", earlier.id()));
        }
        return earlier;
    }

    /** The caller's scenario, or 404 as for a missing one (the scenarios feature's policy). */
    private StoredScenario ownScenario(SignedInUser user, long scenarioId) {
        return scenarioPolicy.readable(user, scenarioId);
    }

    private static RuntimeException invalid(List<StudyRequestException.Problem> problems) {
        List<Map<String, String>> named = new ArrayList<>();
        for (StudyRequestException.Problem problem : problems) {
            Map<String, String> one = new LinkedHashMap<>();
            one.put("option", problem.option());
            one.put("message", problem.message());
            named.add(one);
        }
        return Problems.of(
                HttpStatus.BAD_REQUEST,
                "invalid-study-request",
                "Invalid study request",
                problems.size() + " problem(s) with the study's options: "
                        + String.join(
                                " ",
                                problems.stream()
                                        .map(StudyRequestException.Problem::message)
                                        .toList()),
                Map.of("problems", named));
    }
}
