package org.allianceplanner.server.study;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.allianceplanner.server.scenario.ScenarioRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * This process's bounded pool of {@link StudyWorker}s ({@code alliance.studies.workers}) and its reaper.
 * Idle workers look for queued studies every {@link StudySettings#poll()} and at once when a study is
 * submitted here; the reaper runs at start-up and every {@link StudySettings#reapEvery()}, queueing
 * again the studies whose server stopped (or failing them after their last attempt).
 */
@Component
public class StudyWorkers implements SmartLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(StudyWorkers.class);

    private final StudySettings settings;
    private final StudyRepository studies;
    private final ScenarioRepository scenarios;
    private final StudyExecutor executor;
    private final String processId;
    private final Object wakeUp = new Object();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;
    private ScheduledExecutorService ticker = newTicker();
    private long submitted;

    public StudyWorkers(
            StudySettings settings, StudyRepository studies, ScenarioRepository scenarios, StudyExecutor executor) {
        this.settings = settings;
        this.studies = studies;
        this.scenarios = scenarios;
        this.executor = executor;
        this.processId = newProcessId();
    }

    /** This process's id among the servers on the database: host, process id and a random part. */
    public String processId() {
        return processId;
    }

    private static String newProcessId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException | SecurityException unknown) {
            host = "localhost";
        }
        return host + ":" + ProcessHandle.current().pid() + ":"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * A new worker of this process on {@code executor}, with a unique id (tests run several side by
     * side; the pool's workers are made here too).
     */
    public StudyWorker newWorker(String name, StudyExecutor executor) {
        return new StudyWorker(
                processId + "/" + name + "/" + UUID.randomUUID().toString().substring(0, 8),
                studies,
                scenarios,
                executor,
                settings.heartbeat(),
                ticker);
    }

    /** Tells idle workers that a study was queued. */
    public void wake() {
        synchronized (wakeUp) {
            submitted++;
            wakeUp.notifyAll();
        }
    }

    /** Queues again (or fails) the studies whose heartbeat stopped; what it did. */
    public StudyRepository.Reaped reap() {
        StudyRepository.Reaped reaped = studies.reap(Instant.now().minus(settings.staleAfter()));
        if (reaped.total() > 0) {
            LOG.info(
                    "Studies whose server stopped: {} queued again, {} failed, {} cancelled.",
                    reaped.requeued(),
                    reaped.failed(),
                    reaped.cancelled());
            wake();
        }
        return reaped;
    }

    @Override
    public synchronized void start() {
        if (ticker.isShutdown()) {
            ticker = newTicker();
        }
        running = true;
        safeReap();
        ticker.scheduleWithFixedDelay(
                this::safeReap,
                settings.reapEvery().toMillis(),
                settings.reapEvery().toMillis(),
                TimeUnit.MILLISECONDS);
        for (int i = 1; i <= settings.workers(); i++) {
            StudyWorker worker = newWorker("w" + i, executor);
            Thread thread = new Thread(() -> loop(worker), "study-worker-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    private void safeReap() {
        try {
            reap();
        } catch (RuntimeException unreachable) {
            LOG.warn(
                    "The reaper could not look for stopped studies ({}).",
                    unreachable.getClass().getSimpleName());
        }
    }

    private void loop(StudyWorker worker) {
        while (running) {
            try {
                long seen;
                synchronized (wakeUp) {
                    seen = submitted;
                }
                if (!worker.runOne()) {
                    synchronized (wakeUp) {
                        if (seen == submitted && running) {
                            wakeUp.wait(settings.poll().toMillis());
                        }
                    }
                }
            } catch (InterruptedException stopping) {
                return;
            } catch (RuntimeException failed) {
                LOG.warn("Study worker {} failed and goes on after a pause.", worker.workerId(), failed);
                try {
                    Thread.sleep(settings.poll().toMillis());
                } catch (InterruptedException stopping) {
                    return;
                }
            }
        }
    }

    /** Heartbeats and the reaper: two threads, so that a slow reap does not hold back a heartbeat. */
    private static ScheduledExecutorService newTicker() {
        return Executors.newScheduledThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "study-heartbeats");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public synchronized void stop() {
        running = false;
        threads.forEach(Thread::interrupt);
        for (Thread thread : threads) {
            try {
                thread.join(5_000);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        threads.clear();
        ticker.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
