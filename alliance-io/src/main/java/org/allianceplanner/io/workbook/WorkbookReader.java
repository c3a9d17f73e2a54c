package org.allianceplanner.io.workbook;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.allianceplanner.io.Problem;
import org.allianceplanner.io.table.CellLocator;
import org.allianceplanner.io.table.RawRow;
import org.allianceplanner.io.table.RawScenario;
import org.allianceplanner.io.table.RawTable;
import org.allianceplanner.io.table.ScenarioTables;
import org.allianceplanner.io.table.SettingsCodec;
import org.allianceplanner.io.table.TableCodec;
import org.allianceplanner.model.validation.NearestName;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Reads the sheets of a workbook into raw tables of cell text, the way {@code CsvScenarioFolder} reads
 * files: one sheet per table, the {@code scenario} sheet as a {@code key,value} table, every problem
 * located by sheet, Excel row and column letter. Not thread-safe; one instance per read.
 */
final class WorkbookReader {
    /** Sheet names that mean "not data": the sheet the writer puts first, and the user's own notes. */
    static final String ABOUT_SHEET = "about";

    static final String KEY_COLUMN = "key";
    static final String VALUE_COLUMN = "value";

    private static final Pattern UNNAMED_COLUMN = Pattern.compile("\\(column (\\d+)\\)");

    private final String fileName;
    /** Problems that stop a whole sheet from being read. */
    private final List<Problem> problems = new ArrayList<>();
    /** Problems with single cells; the rest of the scenario is still checked. */
    private final List<Problem> cellProblems = new ArrayList<>();

    private WorkbookReader(String fileName) {
        this.fileName = fileName;
    }

    /** Everything found in {@code file}; never throws on bad input. */
    static RawScenario read(Path file) {
        String fileName = file.getFileName() == null
                ? file.toString()
                : file.getFileName().toString();
        Problem notWorkbook = XlsxFileCheck.problem(file, fileName);
        if (notWorkbook != null) {
            return new RawScenario(null, Map.of(), List.of(notWorkbook));
        }
        XSSFWorkbook workbook;
        // Opening from a stream, not from the file, means POI can never write back to the user's file.
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            workbook = new XSSFWorkbook(in);
        } catch (IOException | RuntimeException e) {
            // Only the opening is guarded: on a damaged file POI throws unchecked exceptions of many kinds
            // (POIXMLException, RecordFormatException, IllegalArgumentException …), each meaning "cannot
            // be read", and none of them is ours.
            return new RawScenario(null, Map.of(), List.of(XlsxFileCheck.unreadable(file, fileName)));
        }
        try (workbook) {
            return new WorkbookReader(fileName).readSheets(workbook);
        } catch (IOException e) {
            // Closing a workbook read from a stream writes nothing; it has no failure to report.
            throw new UncheckedIOException(e);
        }
    }

    private RawScenario readSheets(XSSFWorkbook workbook) {
        Set<String> knownSheets = new LinkedHashSet<>();
        knownSheets.add(SettingsCodec.TABLE);
        ScenarioTables.ALL.forEach(codec -> knownSheets.add(codec.name()));
        Map<String, XSSFSheet> sheets = new HashMap<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            XSSFSheet sheet = workbook.getSheetAt(i);
            String name = sheet.getSheetName();
            if (name.startsWith("#") || name.equalsIgnoreCase(ABOUT_SHEET)) {
                continue;
            }
            if (knownSheets.contains(name)) {
                sheets.put(name, sheet);
            } else {
                String closest = NearestName.among(name, knownSheets);
                problems.add(new Problem(
                        fileName,
                        name,
                        0,
                        null,
                        null,
                        null,
                        "is not a scenario table.",
                        closest == null
                                ? "Maybe start its name with # to keep it as notes; such sheets are ignored."
                                : "Maybe rename it to " + closest + "."));
            }
        }
        RawTable settings = null;
        XSSFSheet settingsSheet = sheets.get(SettingsCodec.TABLE);
        if (settingsSheet == null) {
            problems.add(sheetProblem(
                    SettingsCodec.TABLE,
                    "is missing; it holds the scenario's name, base currency and solver settings as key and value"
                            + " columns."));
        } else {
            settings = readSettings(settingsSheet);
        }
        Map<String, RawTable> tables = new LinkedHashMap<>();
        for (TableCodec<?> codec : ScenarioTables.ALL) {
            XSSFSheet sheet = sheets.get(codec.name());
            if (sheet != null) {
                RawTable table = readTable(sheet);
                if (table != null) {
                    tables.put(codec.name(), table);
                }
            } else if (codec.required()) {
                problems.add(sheetProblem(
                        codec.name(),
                        "is missing; every scenario needs this table (it may hold only its header row)."));
            }
        }
        return new RawScenario(settings, tables, problems, cellProblems);
    }

    private @Nullable RawTable readTable(XSSFSheet sheet) {
        String sheetName = sheet.getSheetName();
        List<String> header = headerOf(sheet);
        if (header.stream().allMatch(String::isBlank) && sheet.getLastRowNum() <= 0) {
            problems.add(sheetProblem(sheetName, "is empty; it needs at least its header row."));
            return null;
        }
        List<String> columnNames =
                header.stream().map(WorkbookReader::columnName).toList();
        List<RawRow> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            int rowNumber = r + 1;
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                String column = c < columnNames.size() ? columnNames.get(c) : "";
                // Comment columns and columns without a name hold nothing the scenario reads, so a
                // broken cell there (an error, a date) is no problem.
                boolean read = !column.isEmpty() && !column.startsWith("#");
                String letter = letter(c);
                CellProblems report = read
                        ? (value, rule, hint) -> cellProblems.add(
                                new Problem(fileName, sheetName, rowNumber, column, letter, value, rule, hint))
                        : CellProblems.IGNORE;
                cells.add(WorkbookCells.text(row.getCell(c), report));
            }
            if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
                rows.add(new RawRow(rowNumber, cells));
            }
        }
        return new RawTable(sheetName, header, rows, tableLocator(sheetName, header));
    }

    private @Nullable RawTable readSettings(XSSFSheet sheet) {
        String sheetName = sheet.getSheetName();
        List<String> header = headerOf(sheet);
        int keyAt = -1;
        int valueAt = -1;
        for (int c = 0; c < header.size(); c++) {
            String column = columnName(header.get(c));
            if (column.equals(KEY_COLUMN) && keyAt < 0) {
                keyAt = c;
            } else if (column.equals(VALUE_COLUMN) && valueAt < 0) {
                valueAt = c;
            } else if (!column.isEmpty() && !column.startsWith("#")) {
                problems.add(new Problem(
                        fileName,
                        sheetName,
                        1,
                        header.get(c).strip(),
                        letter(c),
                        null,
                        "is not a column of the scenario sheet, which has the columns key and value.",
                        "Maybe remove it, or start its name with # to keep it as a comment column."));
            }
        }
        if (keyAt < 0 || valueAt < 0) {
            problems.add(new Problem(
                    fileName,
                    sheetName,
                    1,
                    null,
                    null,
                    null,
                    "needs the column names key and value in its first row.",
                    "Maybe write key in A1 and value in B1, with one setting per row below."));
            return null;
        }
        int keyColumn = keyAt;
        int valueColumn = valueAt;
        String valueLetter = letter(valueColumn);
        List<RawRow> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            int rowNumber = r + 1;
            String key = WorkbookCells.text(
                    row.getCell(keyColumn),
                    (value, rule, hint) -> cellProblems.add(new Problem(
                            fileName, sheetName, rowNumber, KEY_COLUMN, letter(keyColumn), value, rule, hint)));
            String settingName = key.isBlank() ? VALUE_COLUMN : key.strip();
            String value = WorkbookCells.text(
                    row.getCell(valueColumn),
                    (text, rule, hint) -> cellProblems.add(
                            new Problem(fileName, sheetName, rowNumber, settingName, valueLetter, text, rule, hint)));
            if (!key.isBlank() || !value.isBlank()) {
                rows.add(new RawRow(rowNumber, List.of(key, value)));
            }
        }
        CellLocator locator = (row, column, value, rule, hint) -> new Problem(
                fileName, sheetName, row, column, row > 0 && column != null ? valueLetter : null, value, rule, hint);
        return new RawTable(SettingsCodec.TABLE, List.of(KEY_COLUMN, VALUE_COLUMN), rows, locator);
    }

    /** The first row's cell texts; a header cell that cannot be read is reported and left blank. */
    private List<String> headerOf(XSSFSheet sheet) {
        XSSFRow row = sheet.getRow(0);
        if (row == null) {
            return List.of();
        }
        String sheetName = sheet.getSheetName();
        List<String> header = new ArrayList<>();
        for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
            String column = unnamedColumn(c);
            String letter = letter(c);
            header.add(WorkbookCells.text(
                    row.getCell(c),
                    (value, rule, hint) ->
                            problems.add(new Problem(fileName, sheetName, 1, column, letter, value, rule, hint))));
        }
        return header;
    }

    /**
     * Locates a table's cells. Columns are found by their position in this sheet's header, not in the
     * format, because users reorder columns.
     */
    private CellLocator tableLocator(String sheetName, List<String> header) {
        Map<String, String> letters = new HashMap<>();
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c).strip();
            if (!name.isEmpty()) {
                letters.putIfAbsent(name, letter(c));
                letters.putIfAbsent(columnName(name), letter(c));
            }
        }
        return (row, column, value, rule, hint) -> {
            String letter = null;
            if (column != null && row > 0) {
                letter = letters.get(column);
                Matcher unnamed = UNNAMED_COLUMN.matcher(column);
                if (letter == null && unnamed.matches()) {
                    letter = letter(Integer.parseInt(unnamed.group(1)) - 1);
                }
            }
            return new Problem(fileName, sheetName, row, column, letter, value, rule, hint);
        };
    }

    private Problem sheetProblem(String sheetName, String rule) {
        return new Problem(fileName, sheetName, 0, null, null, null, rule, null);
    }

    /** The column name as the decoder matches it. */
    private static String columnName(String header) {
        return header.strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT);
    }

    /** How the decoder names a column that has no header, so that both point at the same cell. */
    private static String unnamedColumn(int index) {
        return "(column " + (index + 1) + ")";
    }

    private static String letter(int index) {
        return CellReference.convertNumToColString(index);
    }
}
