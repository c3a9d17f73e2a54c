package org.allianceplanner.server.scenario;

import java.time.Instant;

/**
 * A scenario as the API shows it: what it is called, how it was uploaded, and what it holds.
 *
 * @param name the name given at upload (or the scenario's own)
 * @param fileName the uploaded file's name, as {@code GET /api/v1/scenarios/{id}/file} gives it back
 * @param demo whether this is the caller's copy of the built-in demo
 */
public record ScenarioSummary(
        long id,
        String name,
        ScenarioFormat format,
        String fileName,
        Instant createdAt,
        boolean demo,
        ScenarioContents contents) {}
