package org.allianceplanner.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SignInTest extends ServerTestBase {
    @Test
    void aWrongPasswordGetsNoTokenAndSaysSoAsProblemDetails() {
        ApiClient.Response refused =
                ApiClient.anonymous(base()).post("/api/v1/tokens", Map.of("username", "admin", "password", "guess"));

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asText()).contains("name or the password is wrong");
        assertThat(refused.text()).doesNotContain("Exception").doesNotContain("guess");
    }

    @Test
    void aTokenSignsInAndAForgedOneDoesNot() {
        ApiClient analyst = newAnalyst();

        assertThat(analyst.get("/api/v1/me").json().get("role").asText()).isEqualTo("ANALYST");
        ApiClient.Response forged = analyst.withToken(analyst.token() + "x").get("/api/v1/me");
        assertThat(forged.status()).isEqualTo(401);
        assertThat(ApiClient.anonymous(base()).get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void changingThePasswordEndsTheOldTokens() {
        ApiClient analyst = newAnalyst();
        ApiClient.Response changed = analyst.put(
                "/api/v1/me/password",
                Map.of("currentPassword", ANALYST_PASSWORD, "newPassword", "another-password-2"));

        assertThat(changed.status()).isEqualTo(204);
        assertThat(analyst.get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void anUnknownFieldIsNamedInA400() {
        ApiClient.Response bad = ApiClient.anonymous(base())
                .post("/api/v1/tokens", Map.of("username", "admin", "password", "x", "remember", true));

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("detail").asText()).contains("\"remember\"");
    }

    @Test
    void malformedJsonSaysWhereAndNothingOfTheParser() {
        ApiClient.Response bad = ApiClient.anonymous(base()).post("/api/v1/tokens", "{\"username\": ");

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.text()).doesNotContain("jackson").doesNotContain("Exception");
    }

    @Test
    void anAdministratorManagesUsersButCannotReachStudiesAndAnAnalystCannotManageUsers() {
        ApiClient analyst = newAnalyst();

        assertThat(admin().get("/api/v1/studies").status()).isEqualTo(403);
        assertThat(analyst.get("/api/v1/users").status()).isEqualTo(403);
        assertThat(analyst.post("/api/v1/users", Map.of("username", "mallory", "role", "ADMIN"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void anUnknownAddressIsA404ProblemForASignedInUser() {
        ApiClient.Response missing = newAnalyst().get("/api/v1/nothing-here");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
    }
}
