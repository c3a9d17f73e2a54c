package org.allianceplanner.io.workbook;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.allianceplanner.io.Problem;
import org.allianceplanner.io.table.RawScenario;
import org.allianceplanner.model.scenario.Scenario;

/** A scenario as one {@code .xlsx} workbook. Being written in issue #2's workbook step. */
public final class ScenarioWorkbook {
    private ScenarioWorkbook() {}

    /** Everything found in the workbook, with a problem for each sheet that cannot be read. */
    public static RawScenario read(Path file) {
        return new RawScenario(
                null,
                Map.of(),
                List.of(new Problem(
                        file.getFileName().toString(),
                        null,
                        0,
                        null,
                        null,
                        null,
                        "workbooks are not read yet.",
                        null)));
    }

    /** Writes the scenario as a workbook. */
    public static void write(Scenario scenario, Path file) {
        throw new IllegalStateException("Writing workbooks is not available yet.");
    }
}
