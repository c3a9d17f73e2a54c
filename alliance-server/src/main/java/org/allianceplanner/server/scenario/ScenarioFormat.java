package org.allianceplanner.server.scenario;

/** How a scenario was uploaded. */
public enum ScenarioFormat {
    /** A scenario folder (scenario.yaml and the CSV files) zipped. */
    CSV_ZIP,
    /** An Excel workbook. */
    XLSX
}
