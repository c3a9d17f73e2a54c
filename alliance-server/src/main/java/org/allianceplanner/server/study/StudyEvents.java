package org.allianceplanner.server.study;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
 * process runs the study. The stream ends after the study's end, or after {@link #STREAM_LIFETIME}
 * (a client reconnects, as browsers' EventSource do by themselves); a comment every {@link #KEEP_ALIVE}
 * finds a client that went away, so that no poll goes on for nobody.
 */
@Component
public class StudyEvents implements DisposableBean {
    /** The longest a stream stays open. */
    static final java.time.Duration STREAM_LIFETIME = java.time.Duration.ofHours(1);

    /** How often a stream with nothing to say sends a comment, to find a client that went away. */
    static final java.time.Duration KEEP_ALIVE = java.time.Duration.ofSeconds(15);

    private final Set<SseEmitter> open = ConcurrentHashMap.newKeySet();
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
        SseEmitter emitter = new SseEmitter(STREAM_LIFETIME.toMillis());
        open.add(emitter);
        AtomicLong lastSent = new AtomicLong(System.nanoTime());
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
                    lastSent.set(System.nanoTime());
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
                    lastSent.set(System.nanoTime());
                    emitter.send(SseEmitter.event().name("progress").data(progress, MediaType.APPLICATION_JSON));
                }
                if (System.nanoTime() - lastSent.get() > KEEP_ALIVE.toNanos()) {
                    lastSent.set(System.nanoTime());
                    emitter.send(SseEmitter.event().comment("still waiting"));
                }
                if (row.state().finished()) {
                    emitter.complete();
                    cancel(task);
                }
            } catch (IOException | IllegalStateException gone) {
                // The client went away (or the stream ended): stop polling for it.
                cancel(task);
                open.remove(emitter);
            } catch (RuntimeException unreachable) {
                // The database is away for a moment; the next poll tries again.
            }
        };
        Runnable forget = () -> {
            cancel(task);
            open.remove(emitter);
        };
        emitter.onCompletion(forget);
        emitter.onTimeout(forget);
        emitter.onError(error -> forget.run());
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
        for (SseEmitter emitter : open) {
            emitter.complete();
        }
        open.clear();
    }
}
