package org.allianceplanner.io.workbook;

import java.util.Locale;
import org.allianceplanner.io.table.CellText;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.jspecify.annotations.Nullable;

/**
 * The text of a cell, as a CSV file would hold it: so that a scenario reads the same from a workbook as
 * from CSV files, every cell goes through the same typed decoding afterwards.
 */
final class WorkbookCells {
    private WorkbookCells() {}

    /**
     * The cell's text: strings as they are, numbers in their shortest exact form ({@code 640000}, not
     * {@code 640000.0}), booleans as {@code true}/{@code false}, formulas by their saved result. A cell
     * no column can hold (an error, a date, a formula without a saved result) is reported and read as
     * empty, so that it is not reported a second time as a wrong value.
     */
    static String text(@Nullable XSSFCell cell, CellProblems problems) {
        if (cell == null) {
            return "";
        }
        boolean formula = cell.getCellType() == CellType.FORMULA;
        // POI reads an empty saved result (<v/>) of a number or boolean formula as 0 or false; only a
        // text formula may really have computed the empty text.
        if (formula
                && (!cell.getCTCell().isSetV()
                        || (cell.getCTCell().getV().isEmpty()
                                && cell.getCachedFormulaResultType() != CellType.STRING))) {
            problems.report(
                    "=" + cell.getCellFormula(),
                    "holds a formula without a saved result.",
                    "Maybe open the workbook in Excel and save it, so that the result is stored; or type the"
                            + " value.");
            return "";
        }
        CellType type = formula ? cell.getCachedFormulaResultType() : cell.getCellType();
        switch (type) {
            case STRING:
                return cell.getStringCellValue();
            case NUMERIC:
                if (DateUtil.isCellDateFormatted(cell)) {
                    problems.report(
                            formula ? "=" + cell.getCellFormula() : shown(cell),
                            "is a date, but no column holds dates.",
                            "Maybe the cell is formatted as a date: format it as a number and check the value.");
                    return "";
                }
                return CellText.formatNumber(cell.getNumericCellValue());
            case BOOLEAN:
                return Boolean.toString(cell.getBooleanCellValue());
            case ERROR:
                String error = cell.getErrorCellString();
                if (formula) {
                    problems.report(
                            "=" + cell.getCellFormula(),
                            "holds a formula error (" + error + ").",
                            "Maybe fix the formula, or type the value.");
                } else {
                    problems.report(error, "is an error value.", "Maybe type the value.");
                }
                return "";
            default:
                return "";
        }
    }

    /**
     * The cell as Excel shows it, for a message. A new formatter each time because DataFormatter is not
     * thread-safe; the root locale keeps messages the same on every machine.
     */
    private static String shown(XSSFCell cell) {
        return new DataFormatter(Locale.ROOT).formatCellValue(cell);
    }
}
