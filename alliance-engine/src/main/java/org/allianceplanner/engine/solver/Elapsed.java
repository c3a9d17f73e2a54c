package org.allianceplanner.engine.solver;

/** Wall-clock time measured with {@link System#nanoTime()}, as every lever's time limit is. */
public final class Elapsed {
    private Elapsed() {}

    /** Seconds since {@code startNanos}, a value of {@link System#nanoTime()}. */
    public static double secondsSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
