package org.allianceplanner.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.allianceplanner.server.ApiClient;
import org.allianceplanner.server.Browser;
import org.allianceplanner.server.ServerTestBase;
import org.junit.jupiter.api.Test;

/**
 * The browser's side of signing in: a session from the form, the API's JSON with that session, CSRF on
 * its unsafe requests, signing out; and no session at all for bearer-token requests. Also the security
 * headers on every kind of response.
 */
class BrowserSessionTest extends ServerTestBase {
    private static String name(ApiClient client) {
        return client.get("/api/v1/me").json().get("username").asText();
    }

    private Browser signedIn(String name, String password) {
        Browser browser = new Browser(base());
        String before = browser.session();
        ApiClient.Response signIn = browser.signIn(name, password);
        assertThat(signIn.status()).as(signIn.toString()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        assertThat(browser.session()).isNotEmpty().isNotEqualTo(before);
        return browser;
    }

    private static void assertProblem(ApiClient.Response response, int status, String type) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asText()).endsWith("/" + type);
    }

    @Test
    void theFormGivesASessionThatTheApiAccepts() {
        String name = name(newAnalyst());
        Browser browser = signedIn(name, ANALYST_PASSWORD);

        ApiClient.Response me = browser.get("/api/v1/me");

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("username").asText()).isEqualTo(name);
        assertThat(new Browser(base()).get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void anUnsafeRequestWithTheSessionCookieNeedsTheCsrfToken() {
        Browser browser = signedIn("admin", ADMIN_PASSWORD);

        ApiClient.Response without =
                browser.json("POST", "/api/v1/users", Map.of("username", "csrf-victim", "role", "ADMIN"), "");
        ApiClient.Response forged =
                browser.json("POST", "/api/v1/users", Map.of("username", "csrf-victim", "role", "ADMIN"), "forged");

        assertProblem(without, 403, "csrf-token-missing");
        assertProblem(forged, 403, "csrf-token-missing");
        assertThat(admin().get("/api/v1/users").json().findValuesAsText("username"))
                .doesNotContain("csrf-victim");
        ApiClient.Response with = browser.json(
                "POST", "/api/v1/users", Map.of("username", "csrf-ok", "role", "ANALYST"), browser.csrfToken());
        assertThat(with.status()).as(with.toString()).isEqualTo(201);
    }

    @Test
    void signingOutEndsTheSessionByTheFormsAddressOrTheApi() {
        String name = name(newAnalyst());
        Browser byLogout = signedIn(name, ANALYST_PASSWORD);
        Browser byApi = signedIn(name, ANALYST_PASSWORD);

        ApiClient.Response noToken = byLogout.json("POST", "/logout", "", "");
        assertThat(noToken.status()).isEqualTo(403);
        assertThat(byLogout.get("/api/v1/me").status())
                .as("a forged sign-out does nothing")
                .isEqualTo(200);
        assertThat(byLogout.json("POST", "/logout", "", byLogout.csrfToken()).status())
                .isEqualTo(204);
        assertThat(byLogout.get("/api/v1/me").status()).isEqualTo(401);

        assertThat(byApi.json("DELETE", "/api/v1/tokens/current", "", byApi.csrfToken())
                        .status())
                .isEqualTo(204);
        assertThat(byApi.get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void disablingAUserOrResettingThePasswordEndsTheirSessions() {
        ApiClient analyst = newAnalyst();
        String name = name(analyst);
        long id = analyst.get("/api/v1/me").json().get("id").asLong();
        Browser browser = signedIn(name, ANALYST_PASSWORD);
        ApiClient admin = admin();

        admin.send(admin.request("/api/v1/users/" + id)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"enabled\":false}")));
        assertProblem(browser.get("/api/v1/me"), 401, "unauthorized");
        admin.send(admin.request("/api/v1/users/" + id)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"enabled\":true}")));
        assertThat(browser.get("/api/v1/me").status())
                .as("the session stays ended")
                .isEqualTo(401);

        Browser another = signedIn(name, ANALYST_PASSWORD);
        admin.post("/api/v1/users/" + id + "/password-reset", Map.of());
        assertThat(another.get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void bearerAndAnonymousApiRequestsGetNoSessionCookie() {
        ApiClient analyst = newAnalyst();
        ApiClient anonymous = ApiClient.anonymous(base());
        List<ApiClient.Response> answers = List.of(
                anonymous.get("/api/v1/me"),
                anonymous.post("/api/v1/users", Map.of("username", "x-anon", "role", "ANALYST")),
                analyst.get("/api/v1/me"),
                analyst.get("/api/v1/users"),
                analyst.withToken("ap_forged").get("/api/v1/me"),
                analyst.get("/api/v1/nothing-here"),
                admin().post("/api/v1/users", Map.of("username", "x-bearer", "role", "ANALYST")));

        assertThat(answers).extracting(ApiClient.Response::status).containsExactly(401, 401, 200, 403, 401, 404, 201);
        assertThat(answers).allSatisfy(answer -> assertThat(answer.headers().allValues("Set-Cookie"))
                .as(answer.toString())
                .isEmpty());
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        ApiClient analyst = newAnalyst();
        ApiClient anonymous = ApiClient.anonymous(base());
        List<ApiClient.Response> answers = List.of(
                analyst.get("/api/v1/me"),
                anonymous.get("/api/v1/me"),
                analyst.get("/api/v1/users"),
                analyst.get("/api/v1/nothing-here"),
                anonymous.post("/api/v1/tokens", "{not json"),
                anonymous.get("/api/v1/openapi.json"),
                anonymous.get("/api/v1/actuator/health"),
                anonymous.get("/login"));

        assertThat(answers)
                .extracting(ApiClient.Response::status)
                .containsExactly(200, 401, 403, 404, 400, 200, 200, 200);
        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.headers().firstValue("Content-Security-Policy"))
                    .contains(SecurityConfig.CONTENT_SECURITY_POLICY);
            assertThat(answer.headers().firstValue("X-Frame-Options")).contains("DENY");
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(answer.headers().firstValue("Referrer-Policy")).contains("no-referrer");
            assertThat(answer.headers().firstValue("Strict-Transport-Security"))
                    .as("HSTS only over TLS (TlsServeTest)")
                    .isEmpty();
        });
    }
}
