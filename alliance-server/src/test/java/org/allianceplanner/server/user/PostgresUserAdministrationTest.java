package org.allianceplanner.server.user;

import org.allianceplanner.server.TestPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class PostgresUserAdministrationTest extends UserAdministrationTest {
    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        String url = TestPostgres.newDatabase();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }
}
