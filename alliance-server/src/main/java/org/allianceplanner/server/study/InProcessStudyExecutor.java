package org.allianceplanner.server.study;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.allianceplanner.engine.solver.Cancellation;

/**
 * Runs each study on a thread of its own in this JVM, cancelled through a {@link Cancellation}. A
 * HiGHS solve cannot be interrupted here: it runs to its own end (its time limit) before the cancel is
 * seen; the process executor stops it at once.
 */
public final class InProcessStudyExecutor implements StudyExecutor {
    private static final AtomicInteger THREADS = new AtomicInteger();

    @Override
    public RunningStudy start(StudyInput input, StudyProgressListener progress) {
        Cancellation cancellation = new Cancellation();
        CompletableFuture<StudyOutcome> outcome = new CompletableFuture<>();
        Thread thread = new Thread(
                () -> {
                    try {
                        outcome.complete(StudyRun.run(input, progress, cancellation));
                    } catch (Throwable failed) {
                        outcome.completeExceptionally(failed);
                    }
                },
                "study-" + input.studyId() + "-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        thread.start();
        return new RunningStudy() {
            @Override
            public void cancel() {
                cancellation.cancel();
            }

            @Override
            public StudyOutcome await() throws InterruptedException {
                try {
                    return outcome.get();
                } catch (ExecutionException failed) {
                    return new StudyOutcome.Failed(
                            "The study failed because of an error in the service itself; the server's log has the details.");
                }
            }
        };
    }
}
