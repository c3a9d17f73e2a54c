package org.allianceplanner.server;

import java.net.BindException;
import java.net.ConnectException;
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
        return "see the log above (" + failure.getClass().getSimpleName() + ").";
    }
}
