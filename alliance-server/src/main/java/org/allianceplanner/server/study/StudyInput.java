package org.allianceplanner.server.study;

import static java.util.Objects.requireNonNull;

import org.allianceplanner.server.scenario.ScenarioFormat;

/**
 * Everything an executor needs to run one study, with no access to the database.
 *
 * @param studyId the study's id (for names and messages only)
 * @param format how the scenario was uploaded
 * @param fileName the uploaded file's name
 * @param scenarioContent the uploaded bytes
 * @param requestJson the study's options as {@link StudyRequestJson} writes them
 */
public record StudyInput(
        long studyId, ScenarioFormat format, String fileName, byte[] scenarioContent, String requestJson) {
    public StudyInput {
        requireNonNull(format, "format");
        requireNonNull(fileName, "fileName");
        requireNonNull(scenarioContent, "scenarioContent");
        requireNonNull(requestJson, "requestJson");
    }
}
