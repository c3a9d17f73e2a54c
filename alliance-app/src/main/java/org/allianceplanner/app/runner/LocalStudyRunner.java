package org.allianceplanner.app.runner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
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
import org.jspecify.annotations.Nullable;

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
        List<Piece<PartnerStandalone>> pieces = new ArrayList<>();
        for (String partnerId : partnerIds) {
            pieces.add(new Piece<>(
                    () -> CoalitionPlanner.planAlone(context.scenario(), partnerId, context.options()),
                    nameOf(context, partnerId) + " alone"));
        }
        return runAll(context, pieces);
    }

    @Override
    public List<CoalitionResult> planCoalitions(StudyContext context, List<CoalitionJob> jobs) {
        List<Piece<CoalitionResult>> pieces = new ArrayList<>();
        for (CoalitionJob job : jobs) {
            pieces.add(new Piece<>(
                    () -> CoalitionPlanner.plan(context.scenario(), job, context.options()), job.coalitionId()));
        }
        return runAll(context, pieces);
    }

    @Override
    public List<BreakEvenFriction> searchBreakEven(StudyContext context, List<CoalitionJob> alliances) {
        List<Piece<BreakEvenFriction>> pieces = new ArrayList<>();
        for (CoalitionJob alliance : alliances) {
            pieces.add(new Piece<>(
                    () -> BreakEvenSearch.search(context.scenario(), alliance.membersAlone(), context.options()),
                    "break-even friction of " + alliance.coalitionId()));
        }
        return runAll(context, pieces);
    }

    /** Stops the pool's threads; pieces still running are interrupted. */
    @Override
    public void close() {
        pool.shutdownNow();
    }

    /** A piece of work and the label it reports when done. */
    private record Piece<T>(Supplier<T> work, String label) {}

    /**
     * Runs the pieces under a part of the study's cancellation and returns their results in order. The
     * first piece to fail fails the layer at once: the others are cancelled (a running HiGHS solve
     * still goes on to its own end, on its pool thread).
     */
    private <T> List<T> runAll(StudyContext context, List<Piece<T>> pieces) {
        return context.cancellation().part(layer -> {
            ExecutorCompletionService<Integer> done = new ExecutorCompletionService<>(pool);
            List<Future<Integer>> futures = new ArrayList<>();
            List<@Nullable T> results = new ArrayList<>(Collections.nCopies(pieces.size(), null));
            for (int i = 0; i < pieces.size(); i++) {
                int index = i;
                Piece<T> piece = pieces.get(i);
                futures.add(done.submit(() -> {
                    results.set(index, layer.run(piece.work()));
                    context.pieceDone().accept(piece.label());
                    return index;
                }));
            }
            try {
                for (int finished = 0; finished < pieces.size(); finished++) {
                    await(take(done));
                }
            } catch (RuntimeException | Error failed) {
                layer.cancel();
                futures.forEach(future -> future.cancel(true));
                throw failed;
            }
            List<T> ordered = new ArrayList<>();
            for (T result : results) {
                ordered.add(Objects.requireNonNull(result, "every piece has finished"));
            }
            return ordered;
        });
    }

    private static Future<Integer> take(ExecutorCompletionService<Integer> done) {
        try {
            return done.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the study's pieces.", e);
        }
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
