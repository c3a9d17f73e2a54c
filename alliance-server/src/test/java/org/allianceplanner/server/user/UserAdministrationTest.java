package org.allianceplanner.server.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.allianceplanner.server.ApiClient;
import org.allianceplanner.server.ServerTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The administrator's user management over HTTP. A database of its own (the last-administrator rule
 * needs to know every administrator there is); run on H2 and on PostgreSQL by the subclasses.
 */
@TestPropertySource(properties = "alliance.test.database=user-administration")
abstract class UserAdministrationTest extends ServerTestBase {
    private static long id(ApiClient client) {
        return client.get("/api/v1/me").json().get("id").asLong();
    }

    private static void assertProblem(ApiClient.Response response, int status, String type) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asText()).endsWith("/" + type);
    }

    @Test
    void addedUsersAreListedAndANameIsTakenOnlyOnce() {
        ApiClient admin = admin();
        ApiClient.Response added = admin.post("/api/v1/users", Map.of("username", "listed-1", "role", "ANALYST"));
        ApiClient.Response again = admin.post("/api/v1/users", Map.of("username", "listed-1", "role", "ADMIN"));

        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().get("oneTimePassword").asText()).hasSizeGreaterThanOrEqualTo(16);
        assertProblem(again, 409, "user-exists");
        JsonNode list = admin.get("/api/v1/users").json();
        assertThat(list.findValuesAsText("username"))
                .containsOnlyOnce("listed-1")
                .contains("admin");
        long id = added.json().get("user").get("id").asLong();
        assertThat(admin.get("/api/v1/users/" + id).json().get("role").asText()).isEqualTo("ANALYST");
        assertProblem(admin.get("/api/v1/users/987654321"), 404, "not-found");
    }

    @Test
    void disablingEndsTheTokensAndRefusesSignInUntilEnabledAgain() {
        ApiClient admin = admin();
        ApiClient analyst = newAnalyst();
        long id = id(analyst);
        String name = analyst.get("/api/v1/me").json().get("username").asText();

        ApiClient.Response disabled = admin.send(admin.request("/api/v1/users/" + id)
                .header("Content-Type", "application/json")
                .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString("{\"enabled\":false}")));

        assertThat(disabled.status()).isEqualTo(200);
        assertThat(disabled.json().get("enabled").asBoolean()).isFalse();
        assertThat(analyst.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(ApiClient.anonymous(base())
                        .post("/api/v1/tokens", Map.of("username", name, "password", ANALYST_PASSWORD))
                        .status())
                .isEqualTo(401);

        patch(admin, id, "{\"enabled\":true}");
        ApiClient again = ApiClient.signIn(base(), name, ANALYST_PASSWORD);
        assertThat(again.get("/api/v1/me").status()).isEqualTo(200);
        assertThat(analyst.get("/api/v1/me").status())
                .as("the old token stays dead")
                .isEqualTo(401);
    }

    @Test
    void aResetGivesAOneTimePasswordThatAllowsOnlyMeThePasswordChangeAndSigningOut() {
        ApiClient admin = admin();
        ApiClient analyst = newAnalyst();
        long id = id(analyst);
        String name = analyst.get("/api/v1/me").json().get("username").asText();

        ApiClient.Response reset = admin.post("/api/v1/users/" + id + "/password-reset", Map.of());

        assertThat(reset.status()).isEqualTo(200);
        String oneTime = reset.json().get("oneTimePassword").asText();
        assertThat(reset.json().get("user").get("mustChangePassword").asBoolean())
                .isTrue();
        assertThat(analyst.get("/api/v1/me").status())
                .as("tokens end with a reset")
                .isEqualTo(401);
        assertThat(ApiClient.anonymous(base())
                        .post("/api/v1/tokens", Map.of("username", name, "password", ANALYST_PASSWORD))
                        .status())
                .as("the old password is gone")
                .isEqualTo(401);

        ApiClient limited = ApiClient.signIn(base(), name, oneTime);
        assertThat(limited.get("/api/v1/me").json().get("mustChangePassword").asBoolean())
                .isTrue();
        assertProblem(limited.get("/api/v1/scenarios"), 403, "password-change-required");
        assertProblem(limited.post("/api/v1/scenarios", Map.of()), 403, "password-change-required");
        assertProblem(limited.get("/api/v1/users"), 403, "password-change-required");
        assertThat(limited.get("/api/v1/scenarios").json().get("detail").asText())
                .contains("one-time password");

        ApiClient signingOut = ApiClient.signIn(base(), name, oneTime);
        assertThat(signingOut.delete("/api/v1/tokens/current").status()).isEqualTo(204);
        assertThat(signingOut.get("/api/v1/me").status()).isEqualTo(401);

        assertThat(limited.put(
                                "/api/v1/me/password",
                                Map.of("currentPassword", oneTime, "newPassword", "a-new-password-3"))
                        .status())
                .isEqualTo(204);
        ApiClient free = ApiClient.signIn(base(), name, "a-new-password-3");
        assertThat(free.get("/api/v1/me").json().get("mustChangePassword").asBoolean())
                .isFalse();
        assertThat(free.get("/api/v1/scenarios").status()).isNotEqualTo(403).isNotEqualTo(401);
    }

    @Test
    void theLastEnabledAdministratorCanBeNeitherDisabledNorDemoted() {
        ApiClient admin = admin();
        long adminId = id(admin);

        assertProblem(patch(admin, adminId, "{\"enabled\":false}"), 409, "last-administrator");
        assertProblem(patch(admin, adminId, "{\"role\":\"ANALYST\"}"), 409, "last-administrator");
        assertThat(admin.get("/api/v1/users").status())
                .as("still an administrator")
                .isEqualTo(200);

        ApiClient.Response second = admin.post("/api/v1/users", Map.of("username", "second-admin", "role", "ADMIN"));
        long secondId = second.json().get("user").get("id").asLong();
        assertThat(patch(admin, secondId, "{\"enabled\":false}").status())
                .as("another administrator stays")
                .isEqualTo(200);
        assertProblem(patch(admin, adminId, "{\"enabled\":false}"), 409, "last-administrator");
        assertThat(patch(admin, secondId, "{\"enabled\":true,\"role\":\"ANALYST\"}")
                        .json()
                        .get("role")
                        .asText())
                .isEqualTo("ANALYST");
        assertProblem(patch(admin, adminId, "{\"role\":\"ANALYST\"}"), 409, "last-administrator");
    }

    @Test
    void aChangeTakesOnlyEnabledAndRole() {
        ApiClient admin = admin();
        long id = id(newAnalyst());

        ApiClient.Response sneaky = patch(admin, id, "{\"mustChangePassword\":false,\"username\":\"root\"}");

        assertProblem(sneaky, 400, "bad-request-body");
        assertThat(sneaky.json().get("detail").asText()).contains("\"mustChangePassword\"");
        assertProblem(patch(admin, id, "{\"role\":\"ROOT\"}"), 400, "bad-request-body");
    }

    private static ApiClient.Response patch(ApiClient admin, long id, String json) {
        return admin.send(admin.request("/api/v1/users/" + id)
                .header("Content-Type", "application/json")
                .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString(json)));
    }
}
