package org.allianceplanner.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What Tomcat refuses before any servlet sees it comes out as problem details, not Tomcat's page. */
class ContainerProblemsTest extends ServerTestBase {
    @Test
    void headersOverTheContainersLimitGetAProblem() {
        ApiClient analyst = newAnalyst();

        ApiClient.Response refused = analyst.send(analyst.request("/api/v1/scenarios")
                .header("X-Big", "a".repeat(20_000))
                .GET());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("status").asInt()).isEqualTo(400);
        assertThat(refused.text()).doesNotContain("Tomcat").doesNotContain("<html");
    }

    @Test
    void aRequestLineTheContainerCannotParseGetsAProblem() throws IOException {
        String answer;
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write("GET /api/v1/sc|enarios HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(answer).startsWith("HTTP/1.1 400");
        assertThat(answer).contains("Content-Type: application/problem+json");
        assertThat(answer).contains("\"status\":400").doesNotContain("Tomcat").doesNotContain("<html");
    }
}
