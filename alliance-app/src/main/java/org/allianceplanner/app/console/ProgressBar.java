package org.allianceplanner.app.console;

import java.io.PrintWriter;
import java.util.Locale;
import org.allianceplanner.engine.solver.Elapsed;

/**
 * A text progress bar for long runs, on standard error so that standard output stays clean for the
 * results. On a terminal it redraws one line; otherwise (a log, a pipe) it writes one line per step.
 * Not thread-safe.
 */
public final class ProgressBar {
    private static final int WIDTH = 24;

    private final PrintWriter err;
    private final boolean redraw;
    private final long startNanos = System.nanoTime();
    private int lastLength;

    /** A bar on {@code err} that redraws one line when this process has a console. */
    public ProgressBar(PrintWriter err) {
        this(err, System.console() != null);
    }

    /** A bar on {@code err}, redrawing one line or writing one line per step. */
    public ProgressBar(PrintWriter err, boolean redraw) {
        this.err = err;
        this.redraw = redraw;
    }

    /** Shows that {@code label}, the {@code done}-th of {@code total} pieces of work, has finished. */
    public void finished(String label, int done, int total) {
        int filled = total <= 0 ? WIDTH : WIDTH * Math.min(done, total) / total;
        String line = String.format(
                Locale.ROOT,
                "[%s%s] %d/%d %s (%.1f s)",
                "#".repeat(filled),
                "-".repeat(WIDTH - filled),
                done,
                total,
                label,
                Elapsed.secondsSince(startNanos));
        print(line);
    }

    /** Shows the run as done and ends the line. */
    public void done(String summary) {
        print(String.format(
                Locale.ROOT, "[%s] %s (%.1f s)", "#".repeat(WIDTH), summary, Elapsed.secondsSince(startNanos)));
        if (redraw) {
            err.println();
        }
        err.flush();
    }

    private void print(String line) {
        if (redraw) {
            err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
            lastLength = line.length();
        } else {
            err.println(line);
        }
        err.flush();
    }
}
