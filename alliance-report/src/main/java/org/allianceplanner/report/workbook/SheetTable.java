package org.allianceplanner.report.workbook;

import java.util.Locale;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/** A sheet being filled: header first, then rows; closed with {@link #finish()}; columns sized to their widest text. */
final class SheetTable {
    private final SXSSFSheet sheet;
    private final int columns;
    private int rowIndex = 1;
    private @Nullable Row row;
    private int cellIndex;
    /** The widest text of each column so far, in characters; the header counts as well. */
    private final int[] widest;

    /** The cell styles of one workbook. */
    record Styles(
            CellStyle header, CellStyle money, CellStyle count, CellStyle price, CellStyle share, CellStyle decimal) {
        static Styles of(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            return new Styles(
                    header,
                    format(workbook, "#,##0.0"),
                    format(workbook, "#,##0"),
                    format(workbook, "#,##0.00"),
                    format(workbook, "0.0%"),
                    format(workbook, "0.00"));
        }

        private static CellStyle format(SXSSFWorkbook workbook, String pattern) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
            return style;
        }
    }

    /** No column wider than this many characters; longer text (sentences) wraps out of sight. */
    private static final int MAX_COLUMN_CHARS = 80;

    /** A header longer than this many characters wraps rather than widening its column. */
    private static final int HEADER_CHARS = 24;

    private final Styles styles;

    SheetTable(SXSSFWorkbook workbook, Styles styles, String name, String... headers) {
        this.styles = styles;
        sheet = workbook.createSheet(name);
        columns = headers.length;
        widest = new int[headers.length];
        Row head = sheet.createRow(0);
        for (int i = 0; i < headers.length; i++) {
            Cell cell = head.createCell(i);
            cell.setCellValue(headers[i]);
            cell.setCellStyle(styles.header());
            // A long header wraps (see finish()); it widens its column only so far. 3: the filter button.
            widest[i] = Math.min(HEADER_CHARS, headers[i].length()) + 3;
        }
        // Excel does not fit a row's height to wrapped text written by POI: set it. A column is at
        // least HEADER_CHARS + 5 wide (finish()), so a header takes at most this many lines.
        int lines = 1;
        for (String text : headers) {
            lines = Math.max(lines, (text.length() + HEADER_CHARS + 2) / (HEADER_CHARS + 3));
        }
        head.setHeightInPoints(lines * 15f);
        sheet.createFreezePane(0, 1);
    }

    SheetTable row() {
        row = sheet.createRow(rowIndex++);
        cellIndex = 0;
        return this;
    }

    /** The row {@link #row()} started; a cell before the first row is a mistake in this class. */
    private Row current() {
        return Objects.requireNonNull(row, "row() before the first cell");
    }

    SheetTable text(String value) {
        measure(value.length());
        current().createCell(cellIndex++).setCellValue(value);
        return this;
    }

    SheetTable number(double value, CellStyle style) {
        if (Double.isFinite(value)) {
            // As shown: grouped digits and at most two decimals, or a percentage.
            measure(String.format(Locale.ROOT, "%,.2f", value * (style == styles.share() ? 100 : 1))
                            .length()
                    + 1);
        }
        Cell cell = current().createCell(cellIndex++);
        if (Double.isFinite(value)) {
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }
        return this;
    }

    /** An amount in the base currency, written in millions (the header says so, see {@code ReportWorkbook.inMillions}). */
    SheetTable money(double amount) {
        return number(amount / 1e6, styles.money());
    }

    private void measure(int chars) {
        if (cellIndex < widest.length) {
            widest[cellIndex] = Math.max(widest[cellIndex], chars);
        }
    }

    SheetTable bool(boolean value) {
        current().createCell(cellIndex++).setCellValue(value);
        return this;
    }

    SheetTable skip() {
        cellIndex++;
        return this;
    }

    /** Sets column {@code index} to {@code chars} characters wide, after {@link #finish()}. */
    void widenColumn(int index, int chars) {
        sheet.setColumnWidth(index, chars * 256);
    }

    void finish() {
        for (int i = 0; i < columns; i++) {
            sheet.setColumnWidth(i, Math.min(MAX_COLUMN_CHARS, Math.max(10, widest[i] + 2)) * 256);
        }
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rowIndex - 1), 0, columns - 1));
    }
}
