package org.allianceplanner.io.csv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.allianceplanner.io.FileFailures;
import org.allianceplanner.io.Problem;
import org.allianceplanner.io.ScenarioNotes;
import org.allianceplanner.io.table.CellLocator;
import org.allianceplanner.io.table.CellText;
import org.allianceplanner.io.table.RawRow;
import org.allianceplanner.io.table.RawScenario;
import org.allianceplanner.io.table.RawTable;
import org.allianceplanner.io.table.ScenarioTables;
import org.allianceplanner.io.table.SettingsCodec;
import org.allianceplanner.io.table.TableCodec;
import org.allianceplanner.model.scenario.Scenario;
import org.allianceplanner.model.validation.NearestName;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * A scenario as a folder: {@code scenario.yaml} plus one {@code <table>.csv} per table (UTF-8, comma
 * separated, header row first; a semicolon-separated file as Excel writes in some locales is read
 * too). Files that are neither are left alone.
 */
public final class CsvScenarioFolder {
    private CsvScenarioFolder() {}

    /** Everything found in {@code folder}, with a problem for each file that cannot be read. */
    public static RawScenario read(Path folder) {
        List<Problem> fileProblems = new ArrayList<>();
        Map<String, RawTable> tables = new LinkedHashMap<>();
        List<String> csvFiles;
        try {
            csvFiles = csvFileNames(folder);
        } catch (IOException e) {
            String name = folder.getFileName() == null
                    ? folder.toString()
                    : folder.getFileName().toString();
            fileProblems.add(Problem.wholeFile(
                    name,
                    "is a folder that cannot be read: " + FileFailures.reason(e) + ".",
                    "Maybe you may not open it; ask its owner, or copy the scenario to a folder of your own."));
            return new RawScenario(null, tables, fileProblems);
        }
        Path settingsFile = folder.resolve(YamlSettings.FILE_NAME);
        RawTable settings = null;
        if (Files.isRegularFile(settingsFile)) {
            String text = readText(settingsFile, YamlSettings.FILE_NAME, fileProblems);
            if (text != null) {
                settings = YamlSettings.read(text, fileProblems);
            }
        } else {
            fileProblems.add(Problem.wholeFile(
                    YamlSettings.FILE_NAME,
                    "is missing from " + folder + "; it holds the scenario's name, base currency and solver settings.",
                    null));
        }
        Set<String> tableNames = new TreeSet<>();
        ScenarioTables.ALL.forEach(codec -> tableNames.add(codec.name()));
        for (String fileName : csvFiles) {
            String stem = fileName.substring(0, fileName.length() - ".csv".length());
            if (!tableNames.contains(stem)) {
                fileProblems.add(
                        Problem.wholeFile(fileName, "is not a scenario table.", unknownTableHint(stem, tableNames)));
            }
        }
        for (TableCodec<?> codec : ScenarioTables.ALL) {
            String fileName = codec.name() + ".csv";
            Path file = folder.resolve(fileName);
            if (Files.isRegularFile(file)) {
                RawTable table = readTable(file, codec.name(), fileProblems);
                if (table != null) {
                    tables.put(codec.name(), table);
                }
            } else if (codec.required()) {
                fileProblems.add(Problem.wholeFile(
                        fileName,
                        "is missing; every scenario needs this table (it may hold only its header row).",
                        null));
            }
        }
        return new RawScenario(settings, tables, fileProblems);
    }

    /** Writes every table (header only when empty) and {@code scenario.yaml} into {@code folder}. */
    public static void write(Scenario scenario, Path folder) {
        write(scenario, ScenarioNotes.NONE, folder);
    }

    /**
     * Writes {@code scenario} as {@link #write(Scenario, Path)} does, with each table's comment columns
     * from {@code notes} after its own columns.
     */
    public static void write(Scenario scenario, ScenarioNotes notes, Path folder) {
        try {
            Files.createDirectories(folder);
            Files.writeString(
                    folder.resolve(YamlSettings.FILE_NAME),
                    YamlSettings.write(SettingsCodec.encode(scenario.settings())),
                    StandardCharsets.UTF_8);
            for (TableCodec<?> codec : ScenarioTables.ALL) {
                StringWriter text = new StringWriter();
                try (CSVPrinter printer = new CSVPrinter(
                        text,
                        CSVFormat.DEFAULT.builder().setRecordSeparator('\n').build())) {
                    ScenarioNotes.Table tableNotes = notes.of(codec.name());
                    List<String> header = new ArrayList<>();
                    codec.columns().forEach(column -> header.add(column.name()));
                    header.addAll(tableNotes.columns());
                    printer.printRecord(header);
                    List<List<@Nullable Object>> rows = codec.encode(scenario);
                    for (int r = 0; r < rows.size(); r++) {
                        List<String> cells = new ArrayList<>();
                        rows.get(r).forEach(value -> cells.add(CellText.format(value)));
                        cells.addAll(tableNotes.row(r));
                        printer.printRecord(cells);
                    }
                }
                Files.writeString(folder.resolve(codec.name() + ".csv"), text.toString(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(FileFailures.notWritten("the scenario", folder, e), e);
        }
    }

    private static @Nullable RawTable readTable(Path file, String tableName, List<Problem> fileProblems) {
        String fileName = file.getFileName().toString();
        String text = readText(file, fileName, fileProblems);
        if (text == null) {
            return null;
        }
        CellLocator locator =
                (row, column, value, rule, hint) -> new Problem(fileName, null, row, column, null, value, rule, hint);
        if (text.isBlank()) {
            fileProblems.add(locator.problem(0, null, null, "is empty; it needs at least its header row.", null));
            return null;
        }
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter(text))
                .setIgnoreEmptyLines(false)
                .build();
        List<String> header = null;
        List<RawRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (header == null) {
                    header = cells;
                } else if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
                    rows.add(new RawRow((int) record.getRecordNumber(), cells));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            fileProblems.add(malformed(locator, e));
            return null;
        }
        return new RawTable(tableName, header == null ? List.of() : header, rows, locator);
    }

    private static Problem malformed(CellLocator locator, Exception e) {
        CsvSyntaxError error = CsvSyntaxError.of(e);
        return locator.problem(error.row(), null, null, error.rule(), error.hint());
    }

    private static @Nullable String readText(Path file, String fileName, List<Problem> fileProblems) {
        try {
            return TextFiles.decodeUtf8(Files.readAllBytes(file));
        } catch (TextFiles.NotUtf8Exception e) {
            fileProblems.add(new Problem(
                    fileName,
                    null,
                    e.line,
                    null,
                    null,
                    null,
                    "is not UTF-8 text from this row on.",
                    "Maybe save it as 'CSV UTF-8' (in Excel: Save As › CSV UTF-8)."));
            return null;
        } catch (IOException e) {
            fileProblems.add(Problem.wholeFile(
                    fileName, "cannot be read: " + FileFailures.reason(e) + ".", FileFailures.readHint(e)));
            return null;
        }
    }

    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String firstLine = end < 0 ? text : text.substring(0, end);
        return firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0 ? ';' : ',';
    }

    private static List<String> csvFileNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .sorted()
                    .toList();
        }
    }

    private static String unknownTableHint(String stem, Set<String> tableNames) {
        String closest = NearestName.among(stem, tableNames);
        return closest == null
                ? "Maybe move it out of the scenario folder."
                : "Maybe rename it to " + closest + ".csv.";
    }
}
