package org.allianceplanner.server.study;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.allianceplanner.app.StudyHash;
import org.allianceplanner.app.StudyRequest;
import org.allianceplanner.app.StudyRequestException;
import org.allianceplanner.model.scenario.Scenario;
import org.allianceplanner.server.scenario.ScenarioRepository;
import org.allianceplanner.server.scenario.StoredScenario;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Claims queued studies one at a time and runs each on a {@link StudyExecutor}: its heartbeat and
 * progress are written every {@link StudySettings#heartbeat()}, which also carries its owner's cancel
 * request back; its end is written only while this worker still holds it. A study of the same inputs
 * as a completed one is not planned again: its result is reused.
 *
 * <p>One thread calls {@link #runOne()} at a time; several workers (threads, processes) may share a
 * database.
 */
public final class StudyWorker {
    private static final Logger LOG = LoggerFactory.getLogger(StudyWorker.class);

    private final String workerId;
    private final StudyRepository studies;
    private final ScenarioRepository scenarios;
    private final StudyExecutor executor;
    private final Duration heartbeat;
    private final ScheduledExecutorService ticker;

    /**
     * @param workerId unique among every worker on the database (host, process, and more)
     * @param ticker runs the heartbeats
     */
    public StudyWorker(
            String workerId,
            StudyRepository studies,
            ScenarioRepository scenarios,
            StudyExecutor executor,
            Duration heartbeat,
            ScheduledExecutorService ticker) {
        this.workerId = workerId;
        this.studies = studies;
        this.scenarios = scenarios;
        this.executor = executor;
        this.heartbeat = heartbeat;
        this.ticker = ticker;
    }

    public String workerId() {
        return workerId;
    }

    /**
     * Claims the oldest queued study, runs it and records its end.
     *
     * @return whether there was a study to run
     * @throws InterruptedException when stopped while a study ran: the study is cancelled and queued again
     */
    public boolean runOne() throws InterruptedException {
        Optional<StudyRow> claimed = studies.claim(workerId);
        if (claimed.isEmpty()) {
            return false;
        }
        run(claimed.get());
        return true;
    }

    private void run(StudyRow study) throws InterruptedException {
        long id = study.id();
        Optional<StoredScenario> scenario = scenarios.find(study.scenarioId());
        Optional<byte[]> content = scenarios.content(study.scenarioId());
        if (scenario.isEmpty() || content.isEmpty()) {
            studies.end(id, workerId, StudyState.FAILED, "The study's scenario was deleted before it ran.");
            return;
        }
        StudyInput input = new StudyInput(
                id, scenario.get().format(), scenario.get().fileName(), content.get(), study.requestJson());
        String hash;
        // Reading a large scenario to hash it takes a while: the heartbeat goes on meanwhile, so that
        // the reaper does not take the study for one whose server died.
        ScheduledFuture<?> reading = ticker.scheduleAtFixedRate(
                () -> keepAlive(id), heartbeat.toMillis(), heartbeat.toMillis(), TimeUnit.MILLISECONDS);
        try {
            hash = hash(input);
        } catch (StudyRun.StudyFailure failure) {
            studies.end(id, workerId, StudyState.FAILED, failure.reason());
            return;
        } catch (InvalidStudyOptions | StudyRequestException invalid) {
            studies.end(
                    id,
                    workerId,
                    StudyState.FAILED,
                    "The study's options do not fit its scenario: " + invalid.getMessage());
            return;
        } finally {
            reading.cancel(false);
        }
        Optional<StudyRepository.StoredResult> earlier = studies.resultByHash(study.ownerId(), hash);
        if (earlier.isPresent()) {
            boolean written = studies.complete(
                    id,
                    workerId,
                    new StudyRepository.Result(
                            earlier.get().planJson(), earlier.get().summaryJson(), true, hash));
            if (!written) {
                cancelledMeanwhile(id);
            }
            return;
        }
        execute(input, hash);
    }

    /**
     * A result was not written: either the owner asked to cancel the study meanwhile (it ends CANCELLED
     * now), or another worker took it over (then nothing here may write).
     */
    private void cancelledMeanwhile(long id) {
        if (!studies.end(id, workerId, StudyState.CANCELLED, null)) {
            LOG.info("Study {} was planned by {} after another worker took it over; not written.", id, workerId);
        }
    }

    /** The hash of the study's inputs (the scenario is read here, once more than the executor does). */
    private static String hash(StudyInput input) {
        Scenario scenario = StudyRun.scenario(input);
        StudyRequest request = StudyRequestJson.request(input.requestJson());
        return StudyHash.of(scenario, request.options(scenario));
    }

    private record Progress(int done, int total, @Nullable String message) {}

    private void execute(StudyInput input, String hash) throws InterruptedException {
        long id = input.studyId();
        AtomicReference<Progress> progress = new AtomicReference<>(new Progress(0, 0, null));
        RunningStudy running =
                executor.start(input, (done, total, message) -> progress.set(new Progress(done, total, message)));
        AtomicBoolean cancelled = new AtomicBoolean();
        ScheduledFuture<?> beats = ticker.scheduleAtFixedRate(
                () -> beat(id, Objects.requireNonNull(progress.get()), running, cancelled),
                heartbeat.toMillis(),
                heartbeat.toMillis(),
                TimeUnit.MILLISECONDS);
        StudyOutcome outcome;
        try {
            outcome = running.await();
        } catch (InterruptedException stopping) {
            running.cancel();
            studies.release(id, workerId);
            throw stopping;
        } finally {
            beats.cancel(false);
        }
        if (outcome instanceof StudyOutcome.Completed completed) {
            boolean written = studies.complete(
                    id,
                    workerId,
                    new StudyRepository.Result(completed.planJson(), completed.summaryJson(), false, hash));
            if (!written) {
                cancelledMeanwhile(id);
            }
        } else if (outcome instanceof StudyOutcome.Failed failed) {
            studies.end(id, workerId, StudyState.FAILED, failed.reason());
        } else {
            studies.end(id, workerId, StudyState.CANCELLED, null);
        }
    }

    private void keepAlive(long id) {
        try {
            studies.heartbeat(id, workerId, 0, 0, "reading the scenario");
        } catch (RuntimeException databaseAway) {
            // The next beat tries again; a study silent for stale-after is taken over, as it should be.
        }
    }

    private void beat(long id, Progress progress, RunningStudy running, AtomicBoolean cancelled) {
        try {
            Optional<Boolean> held =
                    studies.heartbeat(id, workerId, progress.done(), progress.total(), progress.message());
            boolean stop = held.isEmpty() || held.get();
            if (stop && cancelled.compareAndSet(false, true)) {
                if (held.isEmpty()) {
                    LOG.warn(
                            "Study {} was taken from worker {} (its heartbeat was late); stopping it here.",
                            id,
                            workerId);
                }
                running.cancel();
            }
        } catch (RuntimeException unreachable) {
            // The database is unreachable for a moment: the next beat tries again; when it stays away
            // the reaper of some other server takes the study over.
            LOG.warn(
                    "Study {}: its heartbeat could not be written ({}).",
                    id,
                    unreachable.getClass().getSimpleName());
        }
    }
}
