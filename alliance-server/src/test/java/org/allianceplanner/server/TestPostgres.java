package org.allianceplanner.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server for the tests of this JVM (zonky's embedded binaries, on loopback), with
 * a fresh database for each caller.
 */
public final class TestPostgres {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestPostgres() {}

    /** The JDBC URL of a new, empty database (user and password {@code postgres}). */
    public static synchronized String newDatabase() {
        try {
            if (server == null) {
                server = EmbeddedPostgres.start();
                Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::stop));
            }
            String name = "alliance_test_" + DATABASES.incrementAndGet();
            try (Connection connection = server.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
            }
            return server.getJdbcUrl("postgres", name);
        } catch (IOException failed) {
            throw new UncheckedIOException("The embedded PostgreSQL did not start.", failed);
        } catch (SQLException failed) {
            throw new IllegalStateException("The embedded PostgreSQL refused a new database.", failed);
        }
    }

    private static synchronized void stop() {
        try {
            if (server != null) {
                server.close();
            }
        } catch (IOException ignored) {
            // The JVM is ending; the server's files are in a temporary folder.
        }
    }
}
