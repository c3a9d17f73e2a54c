package org.allianceplanner.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostgresSignInTest extends PostgresServerTestBase {
    @Test
    void theSchemaMigratesOnPostgresAndAnAnalystSignsIn() {
        ApiClient analyst = newAnalyst();

        assertThat(analyst.get("/api/v1/me").json().get("role").asText()).isEqualTo("ANALYST");
        assertThat(admin().get("/api/v1/users").json().size()).isGreaterThanOrEqualTo(2);
    }
}
