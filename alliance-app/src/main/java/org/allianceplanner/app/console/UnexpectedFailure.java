package org.allianceplanner.app.console;

import java.io.PrintWriter;

/**
 * How a command-line program reports a failure that is not the user's input: its message on one line,
 * and the stack trace only when {@code ALLIANCE_DEBUG} is set.
 */
public final class UnexpectedFailure {
    private UnexpectedFailure() {}

    /** Writes {@code failure} to {@code err} as {@code alliance: message}, with a hint for the stack trace. */
    public static void print(Exception failure, PrintWriter err) {
        err.println("alliance: " + failure.getMessage());
        if (System.getenv("ALLIANCE_DEBUG") != null) {
            failure.printStackTrace(err);
        } else {
            err.println("(set ALLIANCE_DEBUG=1 to see the stack trace)");
        }
    }
}
