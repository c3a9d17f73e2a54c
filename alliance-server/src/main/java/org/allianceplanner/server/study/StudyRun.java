package org.allianceplanner.server.study;

import java.util.List;
import java.util.stream.Collectors;
import org.allianceplanner.app.StudyRequest;
import org.allianceplanner.app.StudyService;
import org.allianceplanner.app.StudyStore;
import org.allianceplanner.engine.solver.Cancellation;
import org.allianceplanner.engine.solver.PlanningCancelledException;
import org.allianceplanner.engine.solver.PlanningException;
import org.allianceplanner.io.Problem;
import org.allianceplanner.io.ScenarioLoad;
import org.allianceplanner.model.alliance.AllianceStudyResult;
import org.allianceplanner.model.scenario.Scenario;
import org.allianceplanner.report.json.PlanJson;
import org.allianceplanner.server.scenario.ScenarioArchive;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plans one study from its {@link StudyInput} on the calling thread and says how it ended, every
 * failure in a user's words: the one piece of work every executor runs (this JVM's thread, or a
 * study's own process). No Spring, no database.
 */
public final class StudyRun {
    /** The most bytes a zipped scenario may unpack to when a study reads it (it was checked on upload). */
    public static final long MAX_UNPACKED_BYTES = 2L * 1024 * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(StudyRun.class);

    private StudyRun() {}

    /** The scenario of {@code input}, or why it cannot be read, in a user's words. */
    public static Scenario scenario(StudyInput input) {
        ScenarioLoad load =
                ScenarioArchive.read(input.format(), input.fileName(), input.scenarioContent(), MAX_UNPACKED_BYTES);
        if (!load.isValid()) {
            throw new StudyFailure(scenarioProblems(load.problems()));
        }
        return load.scenario();
    }

    /**
     * Plans the study of {@code input} (never from a store: the worker looks for a reusable result
     * before it starts an executor).
     */
    public static StudyOutcome run(StudyInput input, StudyProgressListener progress, Cancellation cancellation) {
        try {
            Scenario scenario = scenario(input);
            StudyRequest request = StudyRequestJson.request(input.requestJson());
            if (StudyService.needsSampling(scenario)) {
                return new StudyOutcome.Failed("The scenario has too many partners for a full alliance study; "
                        + "the service does not run sampled studies yet.");
            }
            StudyService service = new StudyService(StudyStore.NONE);
            AllianceStudyResult result = service.run(
                            scenario,
                            request,
                            (label, done, total) -> progress.progress(done, total, label),
                            cancellation)
                    .result();
            return completed(result);
        } catch (PlanningCancelledException cancelled) {
            return new StudyOutcome.Cancelled();
        } catch (StudyFailure failure) {
            return new StudyOutcome.Failed(failure.reason());
        } catch (InvalidStudyOptions invalid) {
            return new StudyOutcome.Failed("The study's options cannot be planned: " + invalid.getMessage());
        } catch (PlanningException planning) {
            // The engine's own sentences: what could not be planned and which rules conflict.
            return new StudyOutcome.Failed(String.valueOf(planning.getMessage()));
        } catch (OutOfMemoryError memory) {
            return new StudyOutcome.Failed("The study needed more memory than the server has; "
                    + "maybe ask the operator for a larger heap (-Xmx) or plan fewer levers.");
        } catch (RuntimeException unexpected) {
            if (cancellation.isCancelled()) {
                return new StudyOutcome.Cancelled();
            }
            LOG.error("Study {} failed unexpectedly.", input.studyId(), unexpected);
            return new StudyOutcome.Failed(
                    "The study failed because of an error in the service itself; the server's log has the details.");
        }
    }

    /** The outcome of a planned {@code result}: its plan.json and summary. */
    public static StudyOutcome.Completed completed(AllianceStudyResult result) {
        return new StudyOutcome.Completed(PlanJson.toJson(result), StudySummary.json(result));
    }

    private static String scenarioProblems(List<Problem> problems) {
        return "The scenario cannot be read (" + problems.size() + " problem(s)): "
                + problems.stream().limit(10).map(Problem::describe).collect(Collectors.joining("; "));
    }

    /** A study that cannot be planned, with the reason in a user's words. */
    static final class StudyFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final String reason;

        StudyFailure(String reason) {
            super(reason);
            this.reason = reason;
        }

        String reason() {
            return reason;
        }
    }
}
