package org.allianceplanner.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * HTTPS as docs/server.md tells an operator to set it up: a PKCS#12 keystore made by the JDK's keytool,
 * {@code --tls-keystore} and {@code $ALLIANCE_TLS_KEYSTORE_PASSWORD}.
 */
class TlsServeTest {
    private static final String KEYSTORE_PASSWORD = "keystore-secret-1";

    @TempDir
    Path folder;

    @Test
    void aKeystoreMadeByKeytoolServesHttpsWithHsts() throws Exception {
        Path keystore = folder.resolve("server.p12");
        Process keytool = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-genkeypair",
                        "-alias",
                        "alliance",
                        "-keyalg",
                        "RSA",
                        "-keysize",
                        "2048",
                        "-validity",
                        "2",
                        "-dname",
                        "CN=localhost",
                        "-ext",
                        "SAN=dns:localhost,ip:127.0.0.1",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        keystore.toString(),
                        "-storepass",
                        KEYSTORE_PASSWORD)
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("keytool.log").toFile())
                .start();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue())
                .as(Files.readString(folder.resolve("keytool.log")))
                .isZero();

        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ServeOptions options = ServeOptions.parse(
                List.of(
                        "--tls-keystore",
                        keystore.toString(),
                        "--port",
                        Integer.toString(port),
                        "--data",
                        folder.resolve("data").toString()),
                Map.of("ALLIANCE_TLS_KEYSTORE_PASSWORD", KEYSTORE_PASSWORD));
        assertThat(options.address()).isEqualTo("https://localhost:" + port + "/");
        Files.createDirectories(options.dataFolder());

        try (ConfigurableApplicationContext server = AllianceServer.start(options)) {
            HttpClient trusting =
                    HttpClient.newBuilder().sslContext(trusting(keystore)).build();
            HttpResponse<String> health = trusting.send(
                    HttpRequest.newBuilder(URI.create("https://localhost:" + port + "/api/v1/actuator/health"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.headers().firstValue("Strict-Transport-Security"))
                    .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
            HttpResponse<String> refused = trusting.send(
                    HttpRequest.newBuilder(URI.create("https://localhost:" + port + "/api/v1/me"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.headers().firstValue("Strict-Transport-Security"))
                    .isPresent();

            // A client that does not trust the certificate gets no answer at all.
            HttpClient untrusting = HttpClient.newHttpClient();
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> untrusting.send(
                            HttpRequest.newBuilder(URI.create("https://localhost:" + port + "/api/v1/actuator/health"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())))
                    .isInstanceOf(SSLHandshakeException.class);
        }
    }

    /** An SSL context that trusts exactly the certificate in {@code keystore}. */
    private static SSLContext trusting(Path keystore) throws Exception {
        KeyStore server = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            server.load(in, KEYSTORE_PASSWORD.toCharArray());
        }
        Certificate certificate = server.getCertificate("alliance");
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        trusted.setCertificateEntry("alliance", certificate);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
