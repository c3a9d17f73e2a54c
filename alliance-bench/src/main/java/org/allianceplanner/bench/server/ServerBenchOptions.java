package org.allianceplanner.bench.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** Where the benchmarked server comes from and which database it uses; shared by the serve-... commands. */
final class ServerBenchOptions {
    /** The databases a benchmark can run the server on. */
    enum Database {
        h2,
        postgres
    }

    @Option(
            names = "--server-jar",
            defaultValue = "alliance-server/target/alliance-server.jar",
            paramLabel = "JAR",
            description = "The server's jar (default ${DEFAULT-VALUE}, from the project folder).")
    Path serverJar = Path.of("alliance-server/target/alliance-server.jar");

    @Option(
            names = "--db",
            defaultValue = "h2",
            description = "The server's database: h2 (its embedded file) or postgres (an embedded PostgreSQL 14"
                    + " started for the run) (default ${DEFAULT-VALUE}).")
    Database database = Database.h2;

    /** A started server and what it needs; closing stops both. */
    static final class Started implements AutoCloseable {
        final ServerProcess server;
        final String adminPassword;
        private final @Nullable EmbeddedPostgres postgres;

        Started(ServerProcess server, String adminPassword, @Nullable EmbeddedPostgres postgres) {
            this.server = server;
            this.adminPassword = adminPassword;
            this.postgres = postgres;
        }

        @Override
        public void close() throws Exception {
            server.close();
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    /** Starts the server on a fresh data folder (and database), with {@code environment} added. */
    Started start(Map<String, String> environment) throws IOException {
        Path data = Files.createTempDirectory("alliance-bench-server-");
        String adminPassword = "bench-" + UUID.randomUUID();
        Map<String, String> env = new HashMap<>(environment);
        env.put("ALLIANCE_ADMIN_PASSWORD", adminPassword);
        List<String> options = new ArrayList<>();
        EmbeddedPostgres postgres = null;
        if (database == Database.postgres) {
            postgres = EmbeddedPostgres.start();
            options.addAll(List.of("--db-url", postgres.getJdbcUrl("postgres", "postgres"), "--db-user", "postgres"));
            env.put("ALLIANCE_DB_PASSWORD", "postgres");
        }
        return new Started(ServerProcess.start(serverJar, data, env, options), adminPassword, postgres);
    }
}
