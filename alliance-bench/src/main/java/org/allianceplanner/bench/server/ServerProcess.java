package org.allianceplanner.bench.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code alliance-server.jar} started as a process of its own on a free loopback port, with its output
 * kept in a log file. It can be killed as a crash would ({@link #kill}) and started again on the same
 * data.
 */
final class ServerProcess implements AutoCloseable {
    private final Path jar;
    private final Path dataFolder;
    private final Map<String, String> environment;
    private final List<String> options;
    private final int port;
    private final Path log;
    private Process process;

    private ServerProcess(Path jar, Path dataFolder, Map<String, String> environment, List<String> options, int port)
            throws IOException {
        this.jar = jar;
        this.dataFolder = dataFolder;
        this.environment = Map.copyOf(environment);
        this.options = List.copyOf(options);
        this.port = port;
        this.log = dataFolder.resolve("server.log");
        this.process = launch();
    }

    /**
     * Starts the server of {@code jar} keeping its data in {@code dataFolder} (the embedded H2 file unless
     * {@code options} name a database), with {@code environment} added to this one's.
     */
    static ServerProcess start(Path jar, Path dataFolder, Map<String, String> environment, List<String> options)
            throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException(jar + " does not exist; build it with"
                    + " ./mvnw -pl alliance-server -am -DskipTests package, or run ./alliance serve --help once.");
        }
        Files.createDirectories(dataFolder);
        return new ServerProcess(jar, dataFolder, environment, options, freePort());
    }

    /** The server's base address, e.g. {@code http://127.0.0.1:41234}. */
    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** The pid of the running server. */
    long pid() {
        return process.pid();
    }

    /** Kills the server as a crash would (SIGKILL), and waits until it is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Starts the server again on the same data and port after {@link #kill}. */
    void restart() throws IOException {
        if (process.isAlive()) {
            throw new IllegalStateException("The server still runs.");
        }
        process = launch();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private Process launch() throws IOException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-jar",
                jar.toString(),
                "--port",
                Integer.toString(port),
                "--data",
                dataFolder.toString()));
        command.addAll(options);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process started = builder.start();
        CountDownLatch listening = new CountDownLatch(1);
        Thread copier = new Thread(() -> copyOutput(started, listening), "server-log-" + started.pid());
        copier.setDaemon(true);
        copier.start();
        try {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
            while (!listening.await(200, TimeUnit.MILLISECONDS)) {
                if (!started.isAlive() || Instant.now().isAfter(deadline)) {
                    started.destroyForcibly();
                    throw new IllegalStateException("The server did not start; its log is " + log);
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            started.destroyForcibly();
            throw new IllegalStateException("Interrupted while the server started.", interrupted);
        }
        return started;
    }

    private void copyOutput(Process started, CountDownLatch listening) {
        try (BufferedReader lines =
                        new BufferedReader(new InputStreamReader(started.getInputStream(), StandardCharsets.UTF_8));
                var out = Files.newBufferedWriter(
                        log,
                        StandardCharsets.UTF_8,
                        java.nio.file.StandardOpenOption.CREATE,
                        java.nio.file.StandardOpenOption.APPEND)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                out.write(line);
                out.newLine();
                out.flush();
                if (line.startsWith("Alliance Planner listens on")) {
                    listening.countDown();
                }
            }
        } catch (IOException ended) {
            // The process ended (or was killed); its log so far is kept.
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException failed) {
            throw new UncheckedIOException("No free port on 127.0.0.1.", failed);
        }
    }
}
