package org.allianceplanner.server.study;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.allianceplanner.server.ApiClient;
import org.jspecify.annotations.Nullable;

/**
 * The packaged server ({@code target/alliance-server.jar}) started as a process of its own on
 * 127.0.0.1, as {@code alliance serve} starts it, for the tests that kill it.
 */
final class ServerProcess implements AutoCloseable {
    static final String ADMIN_PASSWORD = "first-admin-password";
    static final Path JAR = Path.of("target", "alliance-server.jar");

    private final Process process;
    private final int port;
    private final Path log;

    private ServerProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts the server on {@code dataFolder} and the PostgreSQL database {@code dbUrl} (user and password
     * {@code postgres}), with {@code environment} added (Spring properties such as {@code
     * ALLIANCE_STUDIES_STALE_AFTER=PT3S}), and waits until it answers.
     */
    static ServerProcess start(Path dataFolder, @Nullable String dbUrl, Map<String, String> environment) {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing; the ITs run after package.");
        }
        try {
            int port = freePort();
            Files.createDirectories(dataFolder);
            Path log = Files.createTempFile(dataFolder, "server-", ".log");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m",
                    "-jar",
                    JAR.toAbsolutePath().toString(),
                    "--port",
                    Integer.toString(port),
                    "--data",
                    dataFolder.toAbsolutePath().toString()));
            if (dbUrl != null) {
                command.addAll(List.of("--db-url", dbUrl, "--db-user", "postgres"));
            }
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("ALLIANCE_DB_PASSWORD", "postgres");
            builder.environment().put("ALLIANCE_ADMIN_PASSWORD", ADMIN_PASSWORD);
            // The property is alliance.admin.initial-password: Spring maps the variable below to it.
            builder.environment().put("ALLIANCE_ADMIN_INITIAL_PASSWORD", ADMIN_PASSWORD);
            builder.environment().put("SERVER_ADDRESS", "127.0.0.1");
            builder.environment().put("ALLIANCE_STUDIES_PROCESS_JAVA_OPTIONS", "-Xmx1g");
            builder.environment().putAll(environment);
            ServerProcess server = new ServerProcess(builder.start(), port, log);
            server.awaitReady(Duration.ofSeconds(180));
            return server;
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    ApiClient admin() {
        return ApiClient.signIn(base(), "admin", ADMIN_PASSWORD);
    }

    long pid() {
        return process.pid();
    }

    /** The server's study processes (its children). */
    List<ProcessHandle> studyProcesses() {
        return process.toHandle().children().toList();
    }

    /** {@code kill -9}: no shutdown hook, no last write. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    String log() {
        try {
            return Files.readString(log);
        } catch (IOException failed) {
            return "(no log: " + failed + ")";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    kill();
                }
            } catch (InterruptedException interrupted) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private void awaitReady(Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server ended at start-up:\n" + log());
            }
            try {
                // The announcement comes after the first administrator exists.
                if (log().contains("Alliance Planner listens on")
                        && ApiClient.anonymous(base())
                                        .get("/api/v1/actuator/health")
                                        .status()
                                == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // Not listening yet.
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", interrupted);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("The server did not answer within " + within + ":\n" + log());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
