package org.allianceplanner.app.runner;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.allianceplanner.engine.alliance.BreakEvenSearch;
import org.allianceplanner.engine.alliance.CoalitionJob;
import org.allianceplanner.engine.alliance.CoalitionPlanner;
import org.allianceplanner.model.alliance.CoalitionResult;
import org.allianceplanner.model.alliance.PartnerStandalone;
import org.allianceplanner.model.partner.Partner;
import org.allianceplanner.model.rnd.plan.BreakEvenFriction;

/**
 * Runs a layer's pieces on a fixed pool of threads of this process. Close it when the study is done.
 *
 * <p>Thread-safe; one layer at a time is the intended use.
 */
public final class LocalStudyRunner implements StudyRunner, AutoCloseable {
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final ExecutorService pool;

    /** A runner planning {@code threads} pieces at the same time. */
    public LocalStudyRunner(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("At least one thread is needed, not " + threads + ".");
        }
        int number = POOLS.incrementAndGet();
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "study-" + number + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public List<PartnerStandalone> planAlone(StudyContext context, List<String> partnerIds) {
        List<Callable<PartnerStandalone>> pieces = new ArrayList<>();
        for (String partnerId : partnerIds) {
            pieces.add(piece(
                    context,
                    () -> CoalitionPlanner.planAlone(context.scenario(), partnerId, context.options()),
                    nameOf(context, partnerId) + " alone"));
        }
        return runAll(pieces);
    }

    @Override
    public List<CoalitionResult> planCoalitions(StudyContext context, List<CoalitionJob> jobs) {
        List<Callable<CoalitionResult>> pieces = new ArrayList<>();
        for (CoalitionJob job : jobs) {
            pieces.add(piece(
                    context,
                    () -> CoalitionPlanner.plan(context.scenario(), job, context.options()),
                    job.coalitionId()));
        }
        return runAll(pieces);
    }

    @Override
    public List<BreakEvenFriction> searchBreakEven(StudyContext context, List<CoalitionJob> alliances) {
        List<Callable<BreakEvenFriction>> pieces = new ArrayList<>();
        for (CoalitionJob alliance : alliances) {
            pieces.add(piece(
                    context,
                    () -> BreakEvenSearch.search(context.scenario(), alliance.membersAlone(), context.options()),
                    "break-even friction of " + alliance.coalitionId()));
        }
        return runAll(pieces);
    }

    /** Stops the pool's threads; pieces still running are interrupted. */
    @Override
    public void close() {
        pool.shutdownNow();
    }

    private static <T> Callable<T> piece(StudyContext context, Supplier<T> work, String label) {
        return () -> {
            T result = context.cancellation().run(work);
            context.pieceDone().accept(label);
            return result;
        };
    }

    private <T> List<T> runAll(List<Callable<T>> pieces) {
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> piece : pieces) {
            futures.add(pool.submit(piece));
        }
        List<T> results = new ArrayList<>();
        try {
            for (Future<T> future : futures) {
                results.add(await(future));
            }
        } finally {
            // After a failure the other pieces of the layer are no longer wanted.
            futures.forEach(future -> future.cancel(true));
        }
        return results;
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the study's pieces.", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static String nameOf(StudyContext context, String partnerId) {
        return context.scenario().partners().stream()
                .filter(partner -> partner.partnerId().equals(partnerId))
                .map(Partner::name)
                .findFirst()
                .orElse(partnerId);
    }
}
