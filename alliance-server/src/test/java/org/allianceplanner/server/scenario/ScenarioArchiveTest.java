package org.allianceplanner.server.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.allianceplanner.io.ScenarioLoad;
import org.junit.jupiter.api.Test;

class ScenarioArchiveTest {
    private static final long LIMIT = 64L * 1024 * 1024;

    @Test
    void theFormatIsTheContentsFirstAndTheNamesSecond() {
        byte[] workbook = UploadFiles.demoWorkbook();
        byte[] folder = UploadFiles.zip(Map.of("scenario.yaml", "name: x\n".getBytes(StandardCharsets.UTF_8)));
        byte[] text = "plant_id\n".getBytes(StandardCharsets.UTF_8);
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0};

        assertThat(ScenarioArchive.formatOf("anything.zip", workbook)).isEqualTo(ScenarioFormat.XLSX);
        assertThat(ScenarioArchive.formatOf("", workbook)).isEqualTo(ScenarioFormat.XLSX);
        assertThat(ScenarioArchive.formatOf("folder.xlsx", folder)).isEqualTo(ScenarioFormat.CSV_ZIP);
        assertThat(ScenarioArchive.formatOf("", folder)).isEqualTo(ScenarioFormat.CSV_ZIP);
        assertThat(ScenarioArchive.formatOf("renamed.xlsx", text)).isEqualTo(ScenarioFormat.XLSX);
        assertThat(ScenarioArchive.formatOf("old", ole2)).isEqualTo(ScenarioFormat.XLSX);
        assertThat(ScenarioArchive.formatOf("notes.zip", text)).isEqualTo(ScenarioFormat.CSV_ZIP);
        assertThat(ScenarioArchive.formatOf("notes.txt", text)).isNull();
    }

    @Test
    void aZipOfOneTopFolderWithAMacsExtrasReadsAsTheFolderItself() {
        Path folder = UploadFiles.demoFolder();
        byte[] zipped = UploadFiles.zipFolder(folder, "demo");
        byte[] flat = UploadFiles.zipFolder(folder, "");
        Map<String, byte[]> extras = new LinkedHashMap<>();
        extras.put("__MACOSX/demo/._plants.csv", new byte[] {0, 5, 22});
        extras.put("demo/.DS_Store", new byte[] {0, 0, 0, 1});

        ScenarioLoad load = ScenarioArchive.read(ScenarioFormat.CSV_ZIP, "demo.zip", withExtras(zipped, extras), LIMIT);

        assertThat(load.problems()).isEmpty();
        assertThat(load.scenario().partners()).hasSize(3);
        assertThat(ScenarioArchive.read(ScenarioFormat.CSV_ZIP, "demo.zip", flat, LIMIT)
                        .isValid())
                .isTrue();
        UploadFiles.delete(folder);
    }

    @Test
    void aLibrarysWordsAreCutFromAProblemAndOurOwnAreKept() {
        assertThat(ScenarioArchive.withoutLibraryWords("is not an Excel workbook (.xlsx) that can be read: the file"
                        + " is damaged or incomplete (Zip bomb detected! … ZipSecureFile.setMinInflateRatio() …)."))
                .isEqualTo("is not an Excel workbook (.xlsx) that can be read: the file is damaged or incomplete.");
        assertThat(ScenarioArchive.withoutLibraryWords("java.io.EOFException")).doesNotContain("java.");
        assertThat(ScenarioArchive.withoutLibraryWords("is not a number (a whole one)."))
                .isEqualTo("is not a number (a whole one).");
    }

    @Test
    void aClientsFileNameLosesItsPathQuotesAndControlCharacters() {
        assertThat(ScenarioService.safeFileName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(ScenarioService.safeFileName("C:\\Users\\ana\\my \"best\".xlsx"))
                .isEqualTo("my _best_.xlsx");
        assertThat(ScenarioService.safeFileName("a\r\nb.zip")).isEqualTo("a__b.zip");
        assertThat(ScenarioService.safeFileName("..")).isEmpty();
        assertThat(ScenarioService.safeFileName("x".repeat(400) + ".xlsx"))
                .hasSize(255)
                .endsWith(".xlsx");
        assertThat(ScenarioController.attachment("plan ü.zip"))
                .isEqualTo("attachment; filename=\"plan _.zip\"; filename*=UTF-8''plan%20%C3%BC.zip");
    }

    /** {@code zip} with more entries added at its end. */
    private static byte[] withExtras(byte[] zip, Map<String, byte[]> extras) {
        Map<String, byte[]> all = new LinkedHashMap<>();
        try (java.util.zip.ZipInputStream in =
                new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                all.put(entry.getName(), in.readAllBytes());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        all.putAll(extras);
        return UploadFiles.zip(all);
    }
}
