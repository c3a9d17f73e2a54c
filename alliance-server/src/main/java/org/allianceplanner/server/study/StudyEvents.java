package org.allianceplanner.server.study;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-sent events of a study: {@code state} (the whole {@link StudyView}) when its state changes and
 * {@code progress} when its progress does, read by polling the study's row, so that they work whichever
 * process runs the study. The stream ends after the study's end.
 */
@Component
public class StudyEvents implements DisposableBean {
    private final StudyRepository studies;
    private final long pollMillis;
    private final ScheduledExecutorService poller = Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "study-events");
        thread.setDaemon(true);
        return thread;
    });

    public StudyEvents(
            StudyRepository studies, @Value("${alliance.studies.events-poll:PT0.5S}") java.time.Duration poll) {
        this.studies = studies;
        this.pollMillis = poll.toMillis();
    }

    /** A stream of study {@code id}'s events (the caller checked that it may see it). */
    public SseEmitter stream(StudyJobs jobs, long id) {
        SseEmitter emitter = new SseEmitter(0L);
        AtomicReference<@Nullable StudyRow> last = new AtomicReference<>();
        AtomicReference<@Nullable ScheduledFuture<?>> task = new AtomicReference<>();
        Runnable poll = () -> {
            try {
                Optional<StudyRow> now = studies.find(id);
                if (now.isEmpty()) {
                    emitter.complete();
                    cancel(task);
                    return;
                }
                StudyRow row = now.get();
                StudyRow before = last.getAndSet(row);
                if (before == null
                        || before.state() != row.state()
                        || before.attempts() != row.attempts()
                        || before.cancelRequested() != row.cancelRequested()) {
                    emitter.send(SseEmitter.event()
                            .name("state")
                            .data(StudyView.of(row, jobs.reused(row)), MediaType.APPLICATION_JSON));
                }
                StudyView.Progress progress =
                        new StudyView.Progress(row.progressDone(), row.progressTotal(), row.progressMessage());
                if (before == null
                        || before.progressDone() != row.progressDone()
                        || before.progressTotal() != row.progressTotal()
                        || !Objects.equals(before.progressMessage(), row.progressMessage())) {
                    emitter.send(SseEmitter.event().name("progress").data(progress, MediaType.APPLICATION_JSON));
                }
                if (row.state().finished()) {
                    emitter.complete();
                    cancel(task);
                }
            } catch (IOException | IllegalStateException gone) {
                // The client went away (or the stream ended): stop polling for it.
                cancel(task);
            } catch (RuntimeException unreachable) {
                // The database is away for a moment; the next poll tries again.
            }
        };
        emitter.onCompletion(() -> cancel(task));
        emitter.onTimeout(() -> cancel(task));
        emitter.onError(error -> cancel(task));
        task.set(poller.scheduleWithFixedDelay(poll, 0, pollMillis, TimeUnit.MILLISECONDS));
        return emitter;
    }

    private static void cancel(AtomicReference<@Nullable ScheduledFuture<?>> task) {
        ScheduledFuture<?> running = task.get();
        if (running != null) {
            running.cancel(false);
        }
    }

    @Override
    public void destroy() {
        poller.shutdownNow();
    }
}
