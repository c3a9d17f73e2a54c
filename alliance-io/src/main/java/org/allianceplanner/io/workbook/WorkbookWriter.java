package org.allianceplanner.io.workbook;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.allianceplanner.io.FileFailures;
import org.allianceplanner.io.ScenarioNotes;
import org.allianceplanner.io.table.CellText;
import org.allianceplanner.io.table.Column;
import org.allianceplanner.io.table.ColumnType;
import org.allianceplanner.io.table.ScenarioTables;
import org.allianceplanner.io.table.SettingsCodec;
import org.allianceplanner.io.table.TableCodec;
import org.allianceplanner.model.scenario.Scenario;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Writes a scenario as a workbook: an {@code about} sheet for people, the {@code scenario} sheet, then
 * one sheet per table. Numbers go into numeric cells so that Excel can compute with them; the reader
 * turns them back into the same text a CSV file would hold.
 */
final class WorkbookWriter {
    private static final String AUTHOR = "Alliance Planner";
    private static final String DESCRIPTION_COLUMN = "#description";
    private static final String NOTES_DESCRIPTION =
            "Your own notes (a column starting with #): kept, but not read as data.";
    /** Column widths in characters: wide enough for typical ids, capped so that free text wraps in view. */
    private static final int MIN_WIDTH = 8;

    private static final int MAX_WIDTH = 60;
    /** Widths follow the first rows only; a long tail of data rows would not change them much. */
    private static final int ROWS_MEASURED = 200;
    /** Largest magnitude below which every whole number is exactly a double, so a numeric cell is lossless. */
    private static final double EXACT_WHOLE_NUMBERS = 9_007_199_254_740_992d;

    private final XSSFWorkbook workbook;
    private final XSSFCellStyle headerStyle;
    private final XSSFCellStyle wrapStyle;

    private WorkbookWriter(XSSFWorkbook workbook) {
        this.workbook = workbook;
        XSSFFont bold = workbook.createFont();
        bold.setBold(true);
        headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        wrapStyle = workbook.createCellStyle();
        wrapStyle.setWrapText(true);
    }

    /**
     * Writes {@code scenario} to {@code file}: first into a new file next to it, then moved over it, so
     * that a failure never leaves half a workbook and an existing workbook stays as it was.
     */
    static void write(Scenario scenario, ScenarioNotes notes, Path file) {
        Path target = file.toAbsolutePath();
        // Absolute, and naming a file (a workbook), so it has a parent folder.
        Path folder = Objects.requireNonNull(target.getParent());
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            new WorkbookWriter(workbook).fill(scenario, notes);
            Files.createDirectories(folder);
            // In the same folder, so that the move is a rename on the same file system; a leading dot
            // keeps it out of sight in file browsers while it exists.
            Path temporary = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
            try {
                save(workbook, temporary);
                moveOver(temporary, target);
            } catch (IOException | RuntimeException e) {
                deleteAfterFailure(temporary, e);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(FileFailures.notWritten("the scenario", file, e), e);
        }
    }

    private void fill(Scenario scenario, ScenarioNotes notes) {
        writeAbout();
        writeSettings(SettingsCodec.encode(scenario.settings()));
        for (TableCodec<?> codec : ScenarioTables.ALL) {
            writeTable(codec, codec.encode(scenario), notes.of(codec.name()));
        }
    }

    private void writeAbout() {
        XSSFSheet sheet = workbook.createSheet(WorkbookReader.ABOUT_SHEET);
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"Alliance Planner scenario"});
        lines.add(new String[] {
            "This workbook holds one scenario of Alliance Planner: the data of each carmaker and the settings of"
                    + " the alliance."
        });
        lines.add(new String[] {
            "Each sheet after this one is one table. Row 1 names the columns; every row below is one record."
                    + " Hover over a column name to see what it means and its unit."
        });
        lines.add(new String[] {
            "Columns and sheets whose name starts with # are ignored, so you can keep notes in them. This"
                    + " sheet is ignored too."
        });
        lines.add(new String[] {"The format, with every rule, is described in docs/scenario-format.md."});
        lines.add(new String[] {});
        lines.add(new String[] {"Sheet", "What it holds"});
        lines.add(new String[] {
            SettingsCodec.TABLE, "The scenario's settings: one key and its value per row, explained in #description."
        });
        for (TableCodec<?> codec : ScenarioTables.ALL) {
            lines.add(new String[] {
                codec.name(), codec.description() + (codec.required() ? " Required." : " Optional; may be left out.")
            });
        }
        int headingRow = 6;
        for (int r = 0; r < lines.size(); r++) {
            XSSFRow row = sheet.createRow(r);
            String[] line = lines.get(r);
            for (int c = 0; c < line.length; c++) {
                XSSFCell cell = row.createCell(c);
                cell.setCellValue(line[c]);
                if (r == 0 || r == headingRow) {
                    cell.setCellStyle(headerStyle);
                } else if (c == 1) {
                    cell.setCellStyle(wrapStyle);
                }
            }
        }
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 100 * 256);
    }

    private void writeSettings(Map<String, String> settings) {
        XSSFSheet sheet = workbook.createSheet(SettingsCodec.TABLE);
        XSSFRow header = sheet.createRow(0);
        writeHeader(sheet, header, 0, WorkbookReader.KEY_COLUMN, "The setting, such as solver.seed.");
        writeHeader(sheet, header, 1, WorkbookReader.VALUE_COLUMN, "Its value.");
        writeHeader(
                sheet,
                header,
                2,
                DESCRIPTION_COLUMN,
                "What the setting means. Ignored when the workbook is read, like every column starting with #.");
        int r = 1;
        for (Column key : SettingsCodec.KEYS) {
            XSSFRow row = sheet.createRow(r++);
            row.createCell(0).setCellValue(key.name());
            String value = settings.getOrDefault(key.name(), "");
            writeSetting(row, key, value);
            XSSFCell description = row.createCell(2);
            description.setCellValue(describe(key));
            description.setCellStyle(wrapStyle);
        }
        sheet.createFreezePane(0, 1);
        sheet.setColumnWidth(0, 28 * 256);
        sheet.setColumnWidth(1, 28 * 256);
        sheet.setColumnWidth(2, 80 * 256);
    }

    /** Numbers as numeric cells where that keeps every digit; otherwise (a huge seed) as text. */
    private static void writeSetting(XSSFRow row, Column key, String value) {
        if (value.isEmpty()) {
            return;
        }
        XSSFCell cell = row.createCell(1);
        boolean numeric = key.type() == ColumnType.DECIMAL || key.type() == ColumnType.INTEGER;
        if (numeric && readsBackExactly(value)) {
            cell.setCellValue(Double.parseDouble(value));
        } else if (key.type() == ColumnType.BOOLEAN && (value.equals("true") || value.equals("false"))) {
            cell.setCellValue(Boolean.parseBoolean(value));
        } else {
            setText(cell, value);
        }
    }

    private static boolean readsBackExactly(String text) {
        try {
            double number = Double.parseDouble(text);
            return Double.isFinite(number)
                    && (number != Math.rint(number) || Math.abs(number) <= EXACT_WHOLE_NUMBERS)
                    && CellText.formatNumber(number).equals(text);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void writeTable(TableCodec<?> codec, List<List<@Nullable Object>> rows, ScenarioNotes.Table notes) {
        XSSFSheet sheet = workbook.createSheet(codec.name());
        List<Column> columns = codec.columns();
        XSSFRow header = sheet.createRow(0);
        int[] widths = new int[columns.size() + notes.columns().size()];
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            writeHeader(sheet, header, c, column.name(), describe(column));
            widths[c] = column.name().length();
        }
        for (int n = 0; n < notes.columns().size(); n++) {
            int c = columns.size() + n;
            writeHeader(sheet, header, c, notes.columns().get(n), NOTES_DESCRIPTION);
            widths[c] = notes.columns().get(n).length();
        }
        for (int r = 0; r < rows.size(); r++) {
            XSSFRow row = sheet.createRow(r + 1);
            List<@Nullable Object> values = new ArrayList<>(rows.get(r));
            values.addAll(notes.row(r));
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                if (value != null && !"".equals(value)) {
                    if (c < columns.size()) {
                        writeValue(row.createCell(c), value);
                    } else {
                        // The user's notes, kept as the text they were read as.
                        setText(row.createCell(c), value.toString());
                    }
                    if (r < ROWS_MEASURED) {
                        widths[c] = Math.max(widths[c], CellText.format(value).length());
                    }
                }
            }
        }
        sheet.createFreezePane(0, 1);
        for (int c = 0; c < widths.length; c++) {
            int width = Math.min(Math.max(widths[c] + 2, MIN_WIDTH), MAX_WIDTH);
            sheet.setColumnWidth(c, width * 256);
        }
    }

    private static void writeValue(XSSFCell cell, Object value) {
        if (value instanceof Double number && Double.isFinite(number)) {
            cell.setCellValue(number);
        } else if (value instanceof Integer number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Boolean flag) {
            cell.setCellValue(flag);
        } else {
            // Enums, joined lists, and numbers a cell cannot hold (NaN, infinities) as CSV writes them.
            setText(cell, CellText.format(value));
        }
    }

    private static void setText(XSSFCell cell, String text) {
        int limit = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
        if (text.length() > limit) {
            throw new IllegalArgumentException("Cannot write the scenario as a workbook: the value in sheet "
                    + cell.getSheet().getSheetName() + ", cell " + cell.getAddress() + " has " + text.length()
                    + " characters, more than the " + limit + " a cell can hold. Maybe write the scenario as a"
                    + " CSV folder instead.");
        }
        cell.setCellValue(text);
    }

    /** A bold header cell with its meaning as a cell comment: row 2 is data, so the doc cannot be a row. */
    private void writeHeader(XSSFSheet sheet, XSSFRow header, int c, String name, String description) {
        XSSFCell cell = header.createCell(c);
        cell.setCellValue(name);
        cell.setCellStyle(headerStyle);
        CreationHelper factory = workbook.getCreationHelper();
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        ClientAnchor anchor = factory.createClientAnchor();
        anchor.setCol1(c);
        anchor.setCol2(c + 4);
        anchor.setRow1(0);
        anchor.setRow2(6);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(factory.createRichTextString(description));
        comment.setAuthor(AUTHOR);
        cell.setCellComment(comment);
    }

    /** The column's meaning, unit, type and what an empty cell means, one per line. */
    private static String describe(Column column) {
        StringBuilder text = new StringBuilder(column.description());
        if (!column.unit().isEmpty()) {
            text.append("\nUnit: ").append(column.unit());
        }
        text.append("\nType: ").append(column.type().label());
        if (column.type() == ColumnType.ENUM) {
            text.append(' ').append(String.join(", ", column.allowedValues()));
        }
        if (column.defaultValue() == null) {
            text.append("\nRequired.");
        } else if (column.defaultValue().isEmpty()) {
            text.append("\nEmpty means none.");
        } else {
            text.append("\nEmpty means ").append(column.defaultValue()).append('.');
        }
        if (!column.example().isEmpty()) {
            text.append("\nExample: ").append(column.example());
        }
        return text.toString();
    }

    private static void save(XSSFWorkbook workbook, Path temporary) throws IOException {
        try (FileChannel channel =
                        FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel))) {
            workbook.write(out);
            out.flush();
            // On disk before the move, so that a crash cannot leave a renamed but empty workbook.
            channel.force(true);
        }
    }

    private static void moveOver(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteAfterFailure(Path temporary, Exception failure) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
