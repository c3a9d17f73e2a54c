package org.allianceplanner.server.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.allianceplanner.server.ApiClient;
import org.allianceplanner.server.Browser;
import org.allianceplanner.server.ServerTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Password guessing over HTTP, by the API and by the browser's form. A server of its own, so that the
 * failures here count against nobody else's tests (they all come from one address).
 */
@TestPropertySource(properties = "alliance.sign-in.address-failures=1000")
class SignInThrottleTest extends ServerTestBase {
    private String analystName() {
        return newAnalyst().get("/api/v1/me").json().get("username").asText();
    }

    private ApiClient.Response tokenSignIn(String name, String password) {
        return ApiClient.anonymous(base()).post("/api/v1/tokens", Map.of("username", name, "password", password));
    }

    private static void assertThrottled(ApiClient.Response refused) {
        assertThat(refused.status()).as(refused.toString()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("type").asText()).endsWith("/too-many-sign-ins");
        long retryAfter =
                Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 30L);
        assertThat(refused.json().get("retryAfterSeconds").asLong()).isEqualTo(retryAfter);
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneIsRefusedWith429AndRetryAfter() {
        String name = analystName();
        for (int i = 0; i < 5; i++) {
            assertThat(tokenSignIn(name, "guess-" + i).status()).isEqualTo(401);
        }

        assertThrottled(tokenSignIn(name, ANALYST_PASSWORD));
        assertThrottled(tokenSignIn(name.toUpperCase(java.util.Locale.ROOT), "guess-6"));
        assertThat(tokenSignIn("admin", ADMIN_PASSWORD).status())
                .as("another user is not held up")
                .isEqualTo(201);
        Browser browser = new Browser(base());
        ApiClient.Response form = browser.postForm(
                "/login", Map.of("username", name, "password", ANALYST_PASSWORD, "_csrf", browser.signInFormToken()));
        assertThrottled(form);
    }

    @Test
    void aSuccessResetsTheCount() {
        String name = analystName();
        for (int i = 0; i < 4; i++) {
            assertThat(tokenSignIn(name, "guess-" + i).status()).isEqualTo(401);
        }
        assertThat(tokenSignIn(name, ANALYST_PASSWORD).status()).isEqualTo(201);
        for (int i = 0; i < 4; i++) {
            assertThat(tokenSignIn(name, "guess-" + i).status()).isEqualTo(401);
        }

        assertThat(tokenSignIn(name, ANALYST_PASSWORD).status()).isEqualTo(201);
    }

    @Test
    void theSignInFormIsThrottledTooAndCountsTowardsTheSameName() {
        String name = analystName();
        Browser browser = new Browser(base());
        for (int i = 0; i < 5; i++) {
            ApiClient.Response wrong = browser.signIn(name, "guess-" + i);
            assertThat(wrong.status()).isEqualTo(302);
            assertThat(wrong.headers().firstValue("Location").orElseThrow()).contains("/login?error");
        }

        ApiClient.Response right = browser.signIn(name, ANALYST_PASSWORD);

        assertThrottled(right);
        assertThat(browser.get("/api/v1/me").status())
                .as("no session was opened")
                .isEqualTo(401);
        assertThrottled(tokenSignIn(name, ANALYST_PASSWORD));
    }
}
