package org.allianceplanner.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.allianceplanner.server.ServerTestBase;
import org.junit.jupiter.api.Test;

/** The API's description and its Swagger UI open without signing in, as docs/server.md says. */
class ApiDocsTest extends ServerTestBase {
    private final HttpClient browser =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    private HttpResponse<String> open(String path) throws Exception {
        return browser.send(
                HttpRequest.newBuilder(URI.create(base() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theSwaggerUiPageAndItsConfigurationOpenWithoutSigningIn() throws Exception {
        HttpResponse<String> page = open("/api/docs");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).containsIgnoringCase("swagger-ui");
        HttpResponse<String> config = open("/api/v1/openapi.json/swagger-config");
        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(config.body()).contains("/api/v1/openapi.json");
    }

    @Test
    void theOpenApiDocumentListsTheStudiesAndScenarios() throws Exception {
        HttpResponse<String> document = open("/api/v1/openapi.json");

        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body()).contains("/api/v1/studies/{studyId}/report.xlsx", "/api/v1/scenarios/demo");
    }
}
