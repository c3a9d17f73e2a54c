package org.allianceplanner.io.workbook;

import java.nio.file.Path;
import org.allianceplanner.io.ScenarioNotes;
import org.allianceplanner.io.table.RawScenario;
import org.allianceplanner.model.scenario.Scenario;

/**
 * A scenario as one Excel workbook ({@code .xlsx}), holding the same content as a CSV folder: a sheet
 * per table, named as the table ({@code partners}, {@code plants}, …), and a {@code scenario} sheet with
 * the columns {@code key} and {@code value}, one row per setting. Row 1 of each sheet is the header.
 * Sheets named {@code about} or starting with {@code #}, and columns starting with {@code #}, are
 * ignored. Stateless and thread-safe; two calls on the same file at once are not coordinated.
 */
public final class ScenarioWorkbook {
    private ScenarioWorkbook() {}

    /**
     * Everything found in {@code file}, before typing. Never throws on bad input: a file that is not a
     * readable {@code .xlsx} (empty, text, {@code .xls}, password-protected, damaged) gives one problem
     * naming the file, and every unreadable cell, unknown sheet or missing sheet gives a problem with its
     * sheet, Excel row and column letter.
     *
     * <p>Cells become the text a CSV file would hold: strings as they are, numbers in their shortest
     * exact form ({@code 640000}, {@code 0.0067}), booleans as {@code true}/{@code false}, formulas by
     * their saved result. Blank rows are skipped; row numbers stay those Excel shows.
     *
     * @param file an {@code .xlsx} file; it is only read
     */
    public static RawScenario read(Path file) {
        return WorkbookReader.read(file);
    }

    /**
     * Writes {@code scenario} to {@code file}, replacing it if it exists: an {@code about} sheet
     * explaining the workbook, the {@code scenario} sheet, then one sheet per table in the order of the
     * scenario format, numbers as numeric cells, each column explained in a comment on its header. Reading
     * the file back gives the same scenario. The file is written next to its target and then moved over
     * it, so a failure leaves any existing workbook as it was.
     *
     * @throws java.io.UncheckedIOException when the file cannot be written
     * @throws IllegalArgumentException when a text is longer than an Excel cell can hold (32,767
     *     characters)
     */
    public static void write(Scenario scenario, Path file) {
        WorkbookWriter.write(scenario, ScenarioNotes.NONE, file);
    }

    /**
     * Writes {@code scenario} as {@link #write(Scenario, Path)} does, with each table's comment columns
     * from {@code notes} after its own columns.
     */
    public static void write(Scenario scenario, ScenarioNotes notes, Path file) {
        WorkbookWriter.write(scenario, notes, file);
    }
}
