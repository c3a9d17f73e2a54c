package org.allianceplanner.server.scenario;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A scenario as kept, without its content.
 *
 * @param summaryJson what the scenario holds (partners, plants, models, markets), as JSON
 */
public record StoredScenario(
        long id,
        long ownerId,
        String name,
        ScenarioFormat format,
        String fileName,
        String contentSha256,
        String summaryJson,
        Instant createdAt) {
    public StoredScenario {
        requireNonNull(name, "name");
        requireNonNull(format, "format");
        requireNonNull(fileName, "fileName");
        requireNonNull(contentSha256, "contentSha256");
        requireNonNull(summaryJson, "summaryJson");
        requireNonNull(createdAt, "createdAt");
    }
}
