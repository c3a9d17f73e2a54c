package org.allianceplanner.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeOptionsTest {
    @TempDir
    Path folder;

    private static String problems(List<String> args) {
        try {
            ServeOptions.parse(args, Map.of());
        } catch (ServeOptions.UsageException wrong) {
            return wrong.problems();
        }
        throw new AssertionError("accepted: " + args);
    }

    @Test
    void everyWrongOptionIsNamedAtOnce() {
        String problems = problems(List.of(
                "--port", "80x", "--frobnicate", "--db-url", "jdbc:mysql://db/alliance", "--tls-keystore", "nope.p12"));

        assertThat(problems.lines())
                .hasSize(5)
                .anySatisfy(line -> assertThat(line).contains("--port").contains("80x"))
                .anySatisfy(line -> assertThat(line).contains("unknown option --frobnicate"))
                .anySatisfy(line -> assertThat(line).contains("jdbc:mysql://db/alliance"))
                .anySatisfy(line -> assertThat(line).contains("nope.p12 cannot be read"))
                .anySatisfy(line -> assertThat(line).contains("$ALLIANCE_TLS_KEYSTORE_PASSWORD"));
    }

    @Test
    void aPasswordOnTheCommandLineIsRefusedWithTheHintAndNeverRepeated() {
        String spaced = problems(List.of("--db-url", "jdbc:postgresql://db/a", "--db-password", "hunter2-secret"));
        String inline = problems(List.of("--db-password=hunter2-secret"));

        for (String problems : List.of(spaced, inline)) {
            assertThat(problems)
                    .contains("--db-password")
                    .contains("$ALLIANCE_DB_PASSWORD")
                    .contains("--db-password-file")
                    .doesNotContain("hunter2");
            assertThat(problems.lines()).hasSize(1);
        }
    }

    @Test
    void thePasswordFileIsReadWithoutItsLineEnd() throws Exception {
        Path file = folder.resolve("db-password");
        Files.writeString(file, "s3cret from a file\n");

        ServeOptions options = ServeOptions.parse(
                List.of(
                        "--db-url",
                        "jdbc:postgresql://db:5432/alliance",
                        "--db-user",
                        "planner",
                        "--db-password-file",
                        file.toString()),
                Map.of("ALLIANCE_DB_PASSWORD", "from-the-environment"));

        assertThat(options.properties())
                .containsEntry("spring.datasource.url", "jdbc:postgresql://db:5432/alliance")
                .containsEntry("spring.datasource.username", "planner")
                .containsEntry("spring.datasource.password", "s3cret from a file");
        assertThat(options.embeddedDatabase()).isFalse();
    }

    @Test
    void thePasswordComesFromTheEnvironmentWithoutAFile() throws Exception {
        ServeOptions options = ServeOptions.parse(
                List.of("--db-url=jdbc:postgresql://db/alliance", "--db-user=planner"),
                Map.of("ALLIANCE_DB_PASSWORD", "from-the-environment"));

        assertThat(options.properties()).containsEntry("spring.datasource.password", "from-the-environment");
    }

    @Test
    void anUnreadablePasswordFileIsNamed() {
        assertThat(problems(List.of(
                        "--db-url",
                        "jdbc:postgresql://db/a",
                        "--db-password-file",
                        folder.resolve("none").toString())))
                .contains("--db-password-file")
                .contains("none cannot be read");
    }

    @Test
    void withoutADatabaseUrlTheH2FileLivesUnderTheDataFolder() throws Exception {
        Path data = folder.resolve("my data");
        ServeOptions options = ServeOptions.parse(List.of("--data", data.toString(), "--port", "9090"), Map.of());

        String url = (String) options.properties().get("spring.datasource.url");
        assertThat(url)
                .startsWith("jdbc:h2:file:" + data.toAbsolutePath().resolve("alliance"))
                .contains("MODE=PostgreSQL");
        assertThat(options.properties()).containsEntry("server.port", 9090).doesNotContainKey("server.ssl.enabled");
        assertThat(options.embeddedDatabase()).isTrue();
        assertThat(options.address()).isEqualTo("http://localhost:9090/");
    }

    @Test
    void theDefaultsAreTheEmbeddedDatabaseInAllianceDataOnPort8080() throws Exception {
        ServeOptions options = ServeOptions.parse(List.of(), Map.of("ALLIANCE_DB_PASSWORD", "unused"));

        assertThat(options.port()).isEqualTo(8080);
        assertThat(options.dataFolder()).isEqualTo(Path.of("alliance-data"));
        assertThat((String) options.properties().get("spring.datasource.url"))
                .startsWith("jdbc:h2:file:" + Path.of("alliance-data").toAbsolutePath());
        assertThat(options.properties()).doesNotContainEntry("spring.datasource.password", "unused");
    }

    @Test
    void databaseUserWithoutUrlIsRefused() {
        assertThat(problems(List.of("--db-user", "planner"))).contains("go with --db-url");
    }

    @Test
    void aKeystoreWithItsPasswordTurnsOnHttps() throws IOException, ServeOptions.UsageException {
        Path keystore = Files.write(folder.resolve("server.p12"), new byte[] {1});

        ServeOptions options = ServeOptions.parse(
                List.of("--tls-keystore", keystore.toString(), "--port", "8443"),
                Map.of("ALLIANCE_TLS_KEYSTORE_PASSWORD", "changeit"));

        assertThat(options.properties())
                .containsEntry("server.ssl.enabled", true)
                .containsEntry("server.ssl.key-store", keystore.toAbsolutePath().toString())
                .containsEntry("server.ssl.key-store-type", "PKCS12")
                .containsEntry("server.ssl.key-store-password", "changeit");
        assertThat(options.address()).isEqualTo("https://localhost:8443/");
    }

    @Test
    void aValueMissingAtTheEndIsNamed() {
        assertThatThrownBy(() -> ServeOptions.parse(List.of("--port"), Map.of()))
                .isInstanceOf(ServeOptions.UsageException.class)
                .hasMessageContaining("--port needs a value");
    }
}
