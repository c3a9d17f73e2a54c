package org.allianceplanner.server;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.springframework.boot.web.server.PortInUseException;

/** Why the service could not start, in a user's words. */
final class StartFailure {
    private StartFailure() {}

    static String describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PortInUseException portInUse) {
                return "port " + portInUse.getPort() + " is already in use; choose another with --port.";
            }
            if (cause instanceof BindException) {
                return "the port is already in use; choose another with --port.";
            }
            if (cause instanceof ConnectException) {
                return "the database cannot be reached; check --db-url and that the database is running.";
            }
            if (cause instanceof SQLException sql && "28P01".equals(sql.getSQLState())) {
                return "the database refused the user or password; check --db-user and $ALLIANCE_DB_PASSWORD.";
            }
            if (cause instanceof SQLException sql && "90020".equals(sql.getSQLState())) {
                return "the embedded database in the --data folder is in use by another server (H2: \"database may"
                        + " be already in use\"); stop that server or choose another --data.";
            }
        }
        return "an unexpected failure (" + failure.getClass().getSimpleName() + ").";
    }

    /**
     * As {@link #describe(Throwable)}; an unexpected failure's details go to {@code start-failure.log} in
     * {@code dataFolder} for the operator, and the message says where.
     */
    static String describe(Throwable failure, Path dataFolder) {
        String known = describe(failure);
        if (!known.startsWith("an unexpected failure")) {
            return known;
        }
        Path log = dataFolder.toAbsolutePath().resolve("start-failure.log");
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8))) {
            failure.printStackTrace(out);
            return known + " Its details are in " + log + ".";
        } catch (IOException | RuntimeException unwritable) {
            return known;
        }
    }
}
