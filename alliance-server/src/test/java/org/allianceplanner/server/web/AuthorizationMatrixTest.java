package org.allianceplanner.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.allianceplanner.server.ApiClient;
import org.allianceplanner.server.ServerTestBase;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.test.context.TestPropertySource;

/**
 * Every operation of the live OpenAPI document, called by everyone who must be refused:
 *
 * <ol>
 *   <li>anonymous: 401, except the open operations ({@link #OPEN});
 *   <li>an analyst on {@code /api/v1/users/**}: 403;
 *   <li>an administrator on {@code /api/v1/scenarios/**} and {@code /api/v1/studies/**}: 403;
 *   <li>an analyst with the path's ids standing for another analyst's objects: 404, as if they did not
 *       exist (never 200 or 204);
 * </ol>
 *
 * each answer as problem details, and the objects named in the path unchanged afterwards.
 *
 * <p><b>When a feature adds endpoints</b>, this test fails until {@link #PATH_OBJECTS} knows every path
 * variable (how to make such an object for an owner, and how its owner sees it) and {@link #BODIES}
 * holds a valid body for every operation with a body that an analyst may call on an object (else the
 * 404 check would meet a 400 first).
 */
@TestPropertySource(properties = "alliance.studies.workers=0")
class AuthorizationMatrixTest extends ServerTestBase {
    /** Operations that need no sign-in. */
    static final Set<String> OPEN = Set.of("POST /api/v1/tokens", "GET /api/v1/csrf");

    /** Operations that exist on this branch: the document must list at least these. */
    static final Set<String> EXISTING = Set.of(
            "POST /api/v1/tokens",
            "DELETE /api/v1/tokens/current",
            "GET /api/v1/csrf",
            "GET /api/v1/me",
            "PUT /api/v1/me/password",
            "GET /api/v1/users",
            "POST /api/v1/users",
            "GET /api/v1/users/{userId}",
            "PATCH /api/v1/users/{userId}",
            "POST /api/v1/users/{userId}/password-reset",
            "GET /api/v1/scenarios",
            "POST /api/v1/scenarios",
            "POST /api/v1/scenarios/demo",
            "GET /api/v1/scenarios/{scenarioId}",
            "GET /api/v1/scenarios/{scenarioId}/file",
            "DELETE /api/v1/scenarios/{scenarioId}",
            "GET /api/v1/studies",
            "POST /api/v1/studies",
            "GET /api/v1/studies/{studyId}",
            "GET /api/v1/studies/{studyId}/events",
            "POST /api/v1/studies/{studyId}/cancel",
            "DELETE /api/v1/studies/{studyId}",
            "GET /api/v1/studies/{studyId}/result",
            "GET /api/v1/studies/{studyId}/plan.json",
            "GET /api/v1/studies/{studyId}/report.html",
            "GET /api/v1/studies/{studyId}/report.xlsx");

    /** What a path variable stands for, made for the test. */
    interface PathObject {
        /** Makes one belonging to {@code owner} (an analyst) and returns its id as the path shows it. */
        String create(AuthorizationMatrixTest test, ApiClient owner);

        /** The object as someone allowed sees it, to compare before and after. */
        String snapshot(AuthorizationMatrixTest test, ApiClient owner, String id);

        /** Whether it belongs to one analyst, so that another analyst must get 404 for it. */
        boolean ownedByAnalyst();
    }

    /** Path variables by name; features add theirs ({@code scenarioId}, {@code studyId}, ...). */
    static final Map<String, PathObject> PATH_OBJECTS = Map.of(
            "userId",
            new PathObject() {
                @Override
                public String create(AuthorizationMatrixTest test, ApiClient owner) {
                    return test.admin()
                            .post("/api/v1/users", Map.of("username", "matrix-" + System.nanoTime(), "role", "ANALYST"))
                            .json()
                            .get("user")
                            .get("id")
                            .asText();
                }

                @Override
                public String snapshot(AuthorizationMatrixTest test, ApiClient owner, String id) {
                    return test.admin().get("/api/v1/users/" + id).text();
                }

                @Override
                public boolean ownedByAnalyst() {
                    return false; // users belong to no analyst; only administrators reach them
                }
            },
            "scenarioId",
            new AnalystObject() {
                @Override
                public String create(AuthorizationMatrixTest test, ApiClient owner) {
                    return demoScenario(owner);
                }

                @Override
                public String snapshot(AuthorizationMatrixTest test, ApiClient owner, String id) {
                    return owner.get("/api/v1/scenarios/" + id).text();
                }
            },
            "studyId",
            new AnalystObject() {
                @Override
                public String create(AuthorizationMatrixTest test, ApiClient owner) {
                    // No worker runs here, so the study stays queued and its snapshot cannot move.
                    return owner.post("/api/v1/studies", Map.of("scenarioId", Long.parseLong(demoScenario(owner))))
                            .json()
                            .get("id")
                            .asText();
                }

                @Override
                public String snapshot(AuthorizationMatrixTest test, ApiClient owner, String id) {
                    return owner.get("/api/v1/studies/" + id).text();
                }
            });

    /** An object that belongs to the analyst who made it. */
    abstract static class AnalystObject implements PathObject {
        @Override
        public boolean ownedByAnalyst() {
            return true;
        }

        static String demoScenario(ApiClient owner) {
            return owner.post("/api/v1/scenarios/demo", Map.of())
                    .json()
                    .get("id")
                    .asText();
        }
    }

    /** A valid body per operation ("METHOD /path"); others get {@code {}}. */
    static final Map<String, String> BODIES = Map.of(
            "PUT /api/v1/me/password",
            "{\"currentPassword\":\"" + ANALYST_PASSWORD + "\",\"newPassword\":\"matrix-password-9\"}",
            "POST /api/v1/users",
            "{\"username\":\"matrix-made\",\"role\":\"ADMIN\"}",
            "PATCH /api/v1/users/{userId}",
            "{\"enabled\":false,\"role\":\"ADMIN\"}");

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    /** One operation of the document. */
    record Operation(String method, String path, boolean hasBody) {
        String key() {
            return method + " " + path;
        }

        List<String> variables() {
            List<String> names = new ArrayList<>();
            Matcher variable = VARIABLE.matcher(path);
            while (variable.find()) {
                names.add(variable.group(1));
            }
            return names;
        }

        String area() {
            return path.startsWith("/api/v1/users")
                    ? "users"
                    : path.startsWith("/api/v1/scenarios") || path.startsWith("/api/v1/studies") ? "analysis" : "";
        }
    }

    private List<Operation> operations() {
        ApiClient.Response document = ApiClient.anonymous(base()).get("/api/v1/openapi.json");
        assertThat(document.status()).isEqualTo(200);
        List<Operation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths =
                document.json().get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (Set.of("get", "put", "post", "delete", "patch").contains(method.getKey())) {
                    operations.add(new Operation(
                            method.getKey().toUpperCase(java.util.Locale.ROOT),
                            path.getKey(),
                            method.getValue().has("requestBody")));
                }
            }
        }
        return operations;
    }

    @Test
    void theDocumentListsAtLeastTheOperationsThatExistAndEveryPathVariableHasAnObject() {
        List<Operation> operations = operations();

        assertThat(operations).extracting(Operation::key).containsAll(EXISTING);
        Set<String> unknown = new TreeSet<>();
        Set<String> bodiless = new TreeSet<>();
        for (Operation operation : operations) {
            for (String variable : operation.variables()) {
                if (!PATH_OBJECTS.containsKey(variable)) {
                    unknown.add(variable + " (in " + operation.key() + ")");
                }
            }
            if (ownedObjectsOnly(operation) && operation.hasBody() && !BODIES.containsKey(operation.key())) {
                bodiless.add(operation.key());
            }
        }
        assertThat(unknown)
                .as("path variables that AuthorizationMatrixTest.PATH_OBJECTS does not know: add how to make"
                        + " such an object for an analyst")
                .isEmpty();
        assertThat(bodiless)
                .as("operations on an analyst's objects without a valid body in AuthorizationMatrixTest.BODIES")
                .isEmpty();
    }

    private static boolean ownedObjectsOnly(Operation operation) {
        List<String> variables = operation.variables();
        return !variables.isEmpty()
                && variables.stream()
                        .allMatch(v -> PATH_OBJECTS.containsKey(v)
                                && PATH_OBJECTS.get(v).ownedByAnalyst());
    }

    @TestFactory
    Stream<DynamicTest> everyOperationRefusesWhoeverMayNotCallIt() {
        List<Operation> operations = operations();
        ApiClient owner = newAnalyst();
        ApiClient otherAnalyst = newAnalyst();
        ApiClient admin = admin();
        ApiClient anonymous = ApiClient.anonymous(base());
        List<DynamicTest> tests = new ArrayList<>();
        for (Operation operation : operations) {
            if (!OPEN.contains(operation.key())) {
                tests.add(check(operation, "anonymous", anonymous, owner, 401));
            }
            if (operation.area().equals("users")) {
                tests.add(check(operation, "an analyst", otherAnalyst, owner, 403));
            }
            if (operation.area().equals("analysis")) {
                tests.add(check(operation, "an administrator", admin, owner, 403));
            }
            if (ownedObjectsOnly(operation)) {
                tests.add(check(operation, "another analyst", otherAnalyst, owner, 404));
            }
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(EXISTING.size());
        return tests.stream();
    }

    private DynamicTest check(Operation operation, String who, ApiClient caller, ApiClient owner, int expected) {
        return DynamicTest.dynamicTest(operation.key() + " as " + who + " -> " + expected, () -> {
            Map<String, String> ids = new LinkedHashMap<>();
            for (String variable : operation.variables()) {
                PathObject object = PATH_OBJECTS.get(variable);
                if (object == null) {
                    fail("AuthorizationMatrixTest.PATH_OBJECTS does not know the path variable " + variable + " of "
                            + operation.key() + "; add how to make such an object for an analyst.");
                }
                ids.put(variable, object.create(this, owner));
            }
            String path = operation.path();
            Map<String, String> before = new LinkedHashMap<>();
            for (Map.Entry<String, String> id : ids.entrySet()) {
                path = path.replace("{" + id.getKey() + "}", id.getValue());
                before.put(id.getKey(), PATH_OBJECTS.get(id.getKey()).snapshot(this, owner, id.getValue()));
            }
            String body = BODIES.getOrDefault(operation.key(), "{}");
            HttpRequest.BodyPublisher publisher =
                    operation.hasBody() || !operation.method().equals("GET")
                            ? HttpRequest.BodyPublishers.ofString(body)
                            : HttpRequest.BodyPublishers.noBody();
            ApiClient.Response answer = caller.send(caller.request(path)
                    .header("Content-Type", "application/json")
                    .method(operation.method(), publisher));

            assertThat(answer.status()).as(answer.toString()).isEqualTo(expected);
            assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
            assertThat(answer.json().get("status").asInt()).isEqualTo(expected);
            assertThat(answer.json().get("title").asText()).isNotBlank();
            assertThat(answer.json().get("type").asText()).startsWith(Problems.TYPE_BASE);
            assertThat(answer.text()).doesNotContain("Exception").doesNotContain("at org.");
            for (Map.Entry<String, String> id : ids.entrySet()) {
                assertThat(PATH_OBJECTS.get(id.getKey()).snapshot(this, owner, id.getValue()))
                        .as(id.getKey() + " " + id.getValue() + " unchanged")
                        .isEqualTo(before.get(id.getKey()));
            }
        });
    }
}
