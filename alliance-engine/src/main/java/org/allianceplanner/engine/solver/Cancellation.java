package org.allianceplanner.engine.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A request to stop planning, sent from another thread. Work runs under a cancellation with {@link
 * #run}; while it does, every solve of the engine on that thread (and the genetic search's helper
 * threads) stops when {@link #cancel()} is called: CP-SAT by its stop, SCIP and GLOP by their
 * interrupt, the genetic search at its next schedule. HiGHS has no interrupt in OR-Tools 9.15, so a
 * HiGHS solve runs on to its own end (at most its time limit) before the cancellation is seen. A
 * cancelled piece of work ends with a {@link PlanningCancelledException}, never with a partial plan.
 *
 * <p>Thread-safe: {@link #cancel()} may be called from any thread, any number of times.
 */
public final class Cancellation {
    private static final ThreadLocal<@Nullable Cancellation> CURRENT = new ThreadLocal<>();

    private final Object lock = new Object();
    private final List<Runnable> stops = new ArrayList<>();
    private volatile boolean cancelled;

    /** A cancellation not yet cancelled. */
    public Cancellation() {}

    /** Stops the work running under this cancellation, now and from now on. */
    public void cancel() {
        synchronized (lock) {
            cancelled = true;
            // Under the lock: a solve removes its stop before its solver is freed, so no stop runs late.
            stops.forEach(Runnable::run);
        }
    }

    /** Whether {@link #cancel()} was called. */
    public boolean isCancelled() {
        return cancelled;
    }

    /**
     * Runs {@code work} on the calling thread with this cancellation in force.
     *
     * @throws PlanningCancelledException when cancelled before or while the work runs
     */
    public <T> T run(Supplier<T> work) {
        Cancellation outer = CURRENT.get();
        CURRENT.set(this);
        try {
            throwIfCancelled();
            T result = work.get();
            throwIfCancelled();
            return result;
        } finally {
            CURRENT.set(outer);
        }
    }

    /**
     * Runs {@code work} with a cancellation of its own that this one's cancel also cancels: a part of
     * the work that can be stopped alone (the rest of a layer when one of its pieces fails).
     *
     * @throws PlanningCancelledException when this cancellation is cancelled before the part starts
     */
    public <T> T part(Function<Cancellation, T> work) {
        Cancellation part = new Cancellation();
        Runnable forward = part::cancel;
        synchronized (lock) {
            throwIfCancelled();
            stops.add(forward);
        }
        try {
            return work.apply(part);
        } finally {
            synchronized (lock) {
                stops.remove(forward);
            }
        }
    }

    /**
     * Whether the cancellation in force on the calling thread has been cancelled, as a signal that
     * other threads may read (the genetic search's islands); never true outside {@link #run}.
     */
    public static BooleanSupplier signal() {
        Cancellation current = CURRENT.get();
        return current == null ? () -> false : current::isCancelled;
    }

    /**
     * Throws when the cancellation in force on the calling thread was cancelled; for loops of the
     * engine's own between solves.
     *
     * @throws PlanningCancelledException when cancelled
     */
    public static void check() {
        Cancellation current = CURRENT.get();
        if (current != null) {
            current.throwIfCancelled();
        }
    }

    /**
     * Runs one native solve that {@code stop} can end from another thread, under the cancellation in
     * force on the calling thread (if any).
     *
     * @param stop ends the solve early (the solver's interrupt); must not block
     * @throws PlanningCancelledException when cancelled before, during or right after the solve
     */
    public static <T> T solving(Runnable stop, Supplier<T> solve) {
        Cancellation current = CURRENT.get();
        if (current == null) {
            return solve.get();
        }
        synchronized (current.lock) {
            current.throwIfCancelled();
            current.stops.add(stop);
        }
        try {
            return solve.get();
        } finally {
            synchronized (current.lock) {
                current.stops.remove(stop);
            }
            current.throwIfCancelled();
        }
    }

    private void throwIfCancelled() {
        if (cancelled) {
            throw new PlanningCancelledException();
        }
    }
}
