package org.allianceplanner.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.allianceplanner.io.csv.CsvScenarioFolder;
import org.allianceplanner.io.table.ScenarioDecoder;
import org.allianceplanner.io.workbook.ScenarioWorkbook;
import org.allianceplanner.model.scenario.Scenario;

/**
 * Reads and writes scenarios in either form: a folder of CSV files with {@code scenario.yaml}, or one
 * Excel workbook ({@code .xlsx}). Both hold the same content, so converting one into the other and back
 * gives the same scenario. Stateless and thread-safe.
 */
public final class ScenarioFiles {
    private ScenarioFiles() {}

    /**
     * Reads and checks the scenario at {@code path} (a folder or an {@code .xlsx} file). Never throws on
     * bad input: every problem, in every file, comes back in the result.
     */
    public static ScenarioLoad read(Path path) {
        String name = path.getFileName() == null
                ? path.toString()
                : path.getFileName().toString();
        if (Files.isDirectory(path)) {
            return ScenarioDecoder.decode(CsvScenarioFolder.read(path));
        }
        if (!Files.exists(path)) {
            return ScenarioLoad.rejected(List.of(Problem.wholeFile(
                    name,
                    "does not exist.",
                    "Maybe check the path; a scenario is a folder of CSV files or an .xlsx workbook.")));
        }
        if (isWorkbook(path)) {
            return ScenarioDecoder.decode(ScenarioWorkbook.read(path));
        }
        return ScenarioLoad.rejected(List.of(Problem.wholeFile(
                name,
                "is neither a scenario folder nor an .xlsx workbook.",
                "Maybe pass the folder that holds scenario.yaml and the CSV files.")));
    }

    /**
     * Writes {@code scenario} to {@code path}: a workbook when the name ends in {@code .xlsx}, else a
     * folder (created if needed; files of the same names are replaced).
     */
    public static void write(Scenario scenario, Path path) {
        write(scenario, ScenarioNotes.NONE, path);
    }

    /**
     * Writes {@code scenario} with the user's comment columns ({@code notes}, as {@link ScenarioLoad#notes()}
     * gives them) to {@code path}, as {@link #write(Scenario, Path)} does; each table's comment columns
     * come after its own columns.
     *
     * @throws java.io.UncheckedIOException when it cannot be written; the message names the path and the
     *     reason in words, with a hint
     */
    public static void write(Scenario scenario, ScenarioNotes notes, Path path) {
        if (isWorkbook(path)) {
            ScenarioWorkbook.write(scenario, notes, path);
        } else {
            CsvScenarioFolder.write(scenario, notes, path);
        }
    }

    /** Whether {@code path} names an Excel workbook. */
    public static boolean isWorkbook(Path path) {
        Path fileName = path.getFileName();
        return fileName != null && fileName.toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }
}
