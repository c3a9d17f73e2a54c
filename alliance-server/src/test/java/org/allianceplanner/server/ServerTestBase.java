package org.allianceplanner.server;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A server on a random port with its own in-memory H2 database (PostgreSQL mode, as the embedded file
 * database), and clients signed in as its administrator or as new analysts.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:alliance-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "alliance.admin.initial-password=" + ServerTestBase.ADMIN_PASSWORD,
            // Studies on threads of the test JVM: quick; ProcessStudyExecutorTest and the ITs cover processes.
            "alliance.studies.isolation=thread"
        })
public abstract class ServerTestBase {
    /** The first administrator's password in tests. */
    public static final String ADMIN_PASSWORD = "first-admin-password";

    /** The password every test analyst chooses. */
    public static final String ANALYST_PASSWORD = "analyst-password-1";

    private static final AtomicInteger USERS = new AtomicInteger();

    @LocalServerPort
    protected int port;

    /** The server's address. */
    protected String base() {
        return "http://localhost:" + port;
    }

    /** A client signed in as the first administrator. */
    protected ApiClient admin() {
        return ApiClient.signIn(base(), "admin", ADMIN_PASSWORD);
    }

    /** A client signed in as a new analyst, who has replaced the one-time password. */
    protected ApiClient newAnalyst() {
        String name = "analyst" + USERS.incrementAndGet() + "-" + port;
        ApiClient.Response created = admin().post("/api/v1/users", Map.of("username", name, "role", "ANALYST"));
        if (created.status() != 201) {
            throw new IllegalStateException("could not add an analyst: " + created);
        }
        String oneTime = created.json().get("oneTimePassword").asText();
        ApiClient first = ApiClient.signIn(base(), name, oneTime);
        ApiClient.Response changed =
                first.put("/api/v1/me/password", Map.of("currentPassword", oneTime, "newPassword", ANALYST_PASSWORD));
        if (changed.status() != 204) {
            throw new IllegalStateException("could not change the analyst's password: " + changed);
        }
        return ApiClient.signIn(base(), name, ANALYST_PASSWORD);
    }
}
