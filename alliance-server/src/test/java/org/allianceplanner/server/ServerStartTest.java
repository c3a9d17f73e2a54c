package org.allianceplanner.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code alliance serve} as an operator meets it: first and second start, and starts that fail. */
class ServerStartTest {
    private static final Pattern ONE_TIME_PASSWORD = Pattern.compile("one-time password (\\S+)");

    @TempDir
    Path data;

    /** What the server printed while starting, and the server. */
    private record Started(ConfigurableApplicationContext server, String printed) {}

    private static Started start(ServeOptions options) {
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            ConfigurableApplicationContext server = AllianceServer.start(options);
            return new Started(server, printed.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
            original.print(printed.toString(StandardCharsets.UTF_8));
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private ServeOptions options(int port) throws ServeOptions.UsageException {
        return ServeOptions.parse(List.of("--port", Integer.toString(port), "--data", data.toString()), Map.of());
    }

    @Test
    void theFirstStartPrintsTheAdministratorsOneTimePasswordOnceAndTheSecondNone() throws Exception {
        int port = freePort();
        String password;
        Started first = start(options(port));
        try (ConfigurableApplicationContext server = first.server()) {
            Matcher shown = ONE_TIME_PASSWORD.matcher(first.printed());
            assertThat(shown.find()).as(first.printed()).isTrue();
            password = shown.group(1);
            assertThat(shown.find()).as("printed once").isFalse();
            assertThat(first.printed().split(Pattern.quote(password), -1)).hasSize(2);
            assertThat(first.printed()).contains("listens on http://localhost:" + port + "/");

            ApiClient.Response token = ApiClient.anonymous("http://localhost:" + port)
                    .post("/api/v1/tokens", Map.of("username", "admin", "password", password));
            assertThat(token.status()).isEqualTo(201);
            assertThat(token.json().get("mustChangePassword").asBoolean()).isTrue();
        }

        Started second = start(options(port));
        try (ConfigurableApplicationContext server = second.server()) {
            assertThat(second.printed())
                    .contains("listens on")
                    .doesNotContain("one-time password")
                    .doesNotContain("First start")
                    .doesNotContain(password);
            // The same database: the administrator of the first start signs in.
            assertThat(ApiClient.anonymous("http://localhost:" + port)
                            .post("/api/v1/tokens", Map.of("username", "admin", "password", password))
                            .status())
                    .isEqualTo(201);
        }
    }

    @Test
    void aTakenPortIsNamedInOurWords() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            Throwable failure = catchThrowable(() -> start(options(taken.getLocalPort())));

            assertThat(failure).isNotNull();
            assertThat(StartFailure.describe(failure))
                    .isEqualTo("port " + taken.getLocalPort() + " is already in use; choose another with --port.");
        }
    }

    @Test
    void aSecondServerOnTheSameDataFolderSaysTheDatabaseIsInUse() throws Exception {
        Started first = start(options(freePort()));
        try (ConfigurableApplicationContext server = first.server()) {
            // Another process, as a second `alliance serve --data` would be: H2 locks the file against it.
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Process second = new ProcessBuilder(
                            java.toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            AllianceServer.class.getName(),
                            "--port",
                            Integer.toString(freePort()),
                            "--data",
                            data.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(data.resolve("second-server.err").toFile())
                    .start();
            boolean ended = second.waitFor(180, TimeUnit.SECONDS);
            if (!ended) {
                second.destroyForcibly();
            }
            String errors = Files.readString(data.resolve("second-server.err"));

            assertThat(ended).as("the second server gave up").isTrue();
            assertThat(second.exitValue()).as(errors).isEqualTo(AllianceServer.START_FAILED);
            assertThat(errors)
                    .contains("alliance serve: the service could not start: the embedded database in the --data"
                            + " folder is in use by another server")
                    .doesNotContain("Exception");
        }
    }
}
