package org.allianceplanner.server.scenario;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.allianceplanner.io.ScenarioFiles;
import org.allianceplanner.io.demo.DemoScenarios;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/** Scenario files made by the tests: the demo as a zip or a workbook, broken and hostile zips. */
final class UploadFiles {
    static final String DEMO = DemoScenarios.NISSAN_TESLA_HONDA;

    private UploadFiles() {}

    /** The demo's folder, exported into a new temporary folder. */
    static Path demoFolder() {
        try {
            Path folder = Files.createTempDirectory("scenario-test-");
            DemoScenarios.export(DEMO, folder);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code folder} zipped under one top folder, as a user zips a folder ("": its files at the top). */
    static byte[] zipFolder(Path folder, String top) {
        try (Stream<Path> files = Files.walk(folder)) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    zip.putNextEntry(new ZipEntry((top.isEmpty() ? "" : top + "/")
                            + folder.relativize(file).toString().replace('\\', '/')));
                    zip.write(Files.readAllBytes(file));
                    zip.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The demo as an Excel workbook, written by the io module. */
    static byte[] demoWorkbook() {
        try {
            Path folder = Files.createTempDirectory("scenario-test-");
            Path workbook = folder.resolve("demo.xlsx");
            ScenarioFiles.write(DemoScenarios.load(DEMO).scenario(), workbook);
            byte[] bytes = Files.readAllBytes(workbook);
            delete(folder);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Data rows of a CSV file of {@code folder} (the header not counted), read apart from the io module. */
    static int rows(Path folder, String file) {
        try (Reader in = Files.newBufferedReader(folder.resolve(file), StandardCharsets.UTF_8);
                CSVParser csv = CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setIgnoreEmptyLines(true)
                        .build()
                        .parse(in)) {
            return csv.getRecords().size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A zip of the given entries (name to content). */
    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * A zip bomb: small entries first, then {@code name} inflating to {@code megabytes} MB of zeros from
     * a few hundred bytes per MB.
     */
    static byte[] bomb(Map<String, byte[]> first, String name, int megabytes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (Map.Entry<String, byte[]> entry : first.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(name));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < megabytes; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static void delete(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
