package org.allianceplanner.io.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.allianceplanner.io.Problem;
import org.allianceplanner.io.table.RawScenario;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files named .xlsx that are not readable workbooks: each gives one problem naming the file, never an exception. */
class ScenarioWorkbookMalformedFileTest {
    private static final String NOT_XLSX = "is not an Excel workbook (.xlsx)";

    @TempDir
    Path folder;

    @Test
    void reportsAnEmptyFile() throws IOException {
        Path file = Files.createFile(folder.resolve("empty.xlsx"));

        Problem problem = theOnlyProblem(file);

        assertThat(problem.describe())
                .isEqualTo("empty.xlsx: " + NOT_XLSX + ": the file is empty. Maybe the copy or download was"
                        + " interrupted; save the workbook again from Excel.");
    }

    @Test
    void reportsACsvFileRenamedToXlsx() throws IOException {
        Path file = folder.resolve("plants.xlsx");
        Files.writeString(file, "plant_id,partner_id\nnissan-smyrna,nissan\n", StandardCharsets.UTF_8);

        Problem problem = theOnlyProblem(file);

        assertThat(problem.file()).isEqualTo("plants.xlsx");
        assertThat(problem.rule()).isEqualTo(NOT_XLSX + ": it holds plain text, such as a CSV file renamed to .xlsx.");
        assertThat(problem.hint()).startsWith("Maybe open it in Excel and save it as 'Excel Workbook (.xlsx)'");
    }

    @Test
    void reportsATruncatedWorkbook() throws IOException {
        Path whole = folder.resolve("whole.xlsx");
        ScenarioWorkbook.write(EveryTableScenario.build(), whole);
        byte[] bytes = Files.readAllBytes(whole);
        Path file = folder.resolve("cut.xlsx");
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));

        Problem problem = theOnlyProblem(file);

        assertThat(problem.file()).isEqualTo("cut.xlsx");
        // In our words only: POI's message on such a file names zip entries and parsers.
        assertThat(problem.rule()).isEqualTo(NOT_XLSX + " that can be read: the file is damaged or incomplete.");
        assertThat(problem.hint()).startsWith("Maybe the copy or download was cut short");
    }

    @Test
    void reportsAZipFileThatHoldsNoWorkbook() throws IOException {
        Path file = folder.resolve("archive.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("not a workbook".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        Problem problem = theOnlyProblem(file);

        assertThat(problem.rule())
                .isEqualTo(NOT_XLSX + ": it is a zip file without a workbook inside, such as a Word document renamed"
                        + " to .xlsx.");
    }

    @Test
    void reportsAnOldXlsWorkbook() throws IOException {
        Path file = folder.resolve("old.xlsx");
        try (HSSFWorkbook workbook = new HSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("plants").createRow(0).createCell(0).setCellValue("plant_id");
            workbook.write(out);
        }

        Problem problem = theOnlyProblem(file);

        assertThat(problem.describe())
                .isEqualTo("old.xlsx: " + NOT_XLSX + ": it is an Excel 97–2003 workbook (.xls). Maybe open it in"
                        + " Excel and save it as 'Excel Workbook (.xlsx)'.");
    }

    @Test
    void reportsAPasswordProtectedWorkbook() throws IOException, GeneralSecurityException {
        Path plain = folder.resolve("plain.xlsx");
        ScenarioWorkbook.write(EveryTableScenario.build(), plain);
        Path file = folder.resolve("secret.xlsx");
        try (POIFSFileSystem container = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("alliance");
            try (OutputStream encrypted = encryptor.getDataStream(container)) {
                Files.copy(plain, encrypted);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                container.writeFilesystem(out);
            }
        }

        Problem problem = theOnlyProblem(file);

        assertThat(problem.rule()).isEqualTo(NOT_XLSX + " that can be read: it is protected by a password.");
        assertThat(problem.hint()).startsWith("Maybe remove the password");
    }

    @Test
    void reportsAFileThatDoesNotExist() {
        Problem problem = theOnlyProblem(folder.resolve("missing.xlsx"));

        assertThat(problem.file()).isEqualTo("missing.xlsx");
        assertThat(problem.rule()).startsWith("cannot be read: ");
    }

    private static Problem theOnlyProblem(Path file) {
        RawScenario raw = ScenarioWorkbook.read(file);
        assertThat(raw.settings()).isNull();
        assertThat(raw.tables()).isEmpty();
        assertThat(raw.fileProblems()).hasSize(1);
        Problem problem = raw.fileProblems().get(0);
        assertThat(problem.sheet()).isNull();
        assertThat(problem.row()).isZero();
        return problem;
    }
}
