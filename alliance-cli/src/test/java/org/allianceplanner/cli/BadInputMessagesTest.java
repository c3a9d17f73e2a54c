package org.allianceplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.allianceplanner.io.ScenarioFiles;
import org.allianceplanner.testkit.TestScenarios;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A sweep of bad inputs through the {@code alliance} command: each ends with exit 1, names the file
 * at fault with a hint, and says it in our words, never in a library's (no exception or class name, no
 * stack trace, no "open an issue on bugzilla").
 */
class BadInputMessagesTest {
    /** What a library's words look like: a class name, an exception's name, a stack frame. */
    private static final Pattern LIBRARY_WORDS = Pattern.compile(
            "\\b[a-z]+\\.[a-z]+\\.[A-Za-z]+|[A-Za-z]*Exception\\b|Exception:|\\tat |bugzilla|org\\.apache|java\\.|javax\\."
                    + "|encapsulated token|startline|\\bPOI\\b|OOXML|OLE2|NotOfficeXml|ZipFile|zip bomb|XML|xml");

    @TempDir
    Path work;

    /** One bad input: how to make it, the command line to run on it, and the file the message must name. */
    private interface BadInput {
        /** Builds the bad input under {@code work}; returns the command line after {@code alliance}. */
        String[] make(Path work) throws IOException, GeneralSecurityException;
    }

    static Stream<Arguments> badInputs() {
        List<Arguments> cases = new ArrayList<>();
        cases.add(Arguments.of("CSV with an unclosed quote", "plants.csv", (BadInput) work -> {
            Path folder = scenarioFolder(work);
            append(folder.resolve("plants.csv"), "\"p9,A,Unclosed quote\n");
            return new String[] {"validate", folder.toString()};
        }));
        cases.add(Arguments.of("CSV with text after a quoted cell, planned", "partners.csv", (BadInput) work -> {
            Path folder = scenarioFolder(work);
            append(folder.resolve("partners.csv"), "C,\"Gamma\" Motors,US,USD\n");
            return new String[] {"plan", folder.toString(), "--no-cache"};
        }));
        cases.add(Arguments.of("CSV that is not UTF-8", "partners.csv", (BadInput) work -> {
            Path folder = scenarioFolder(work);
            Files.write(
                    folder.resolve("partners.csv"),
                    "partner_id,name,home_country_id,currency\nA,Citro\u00ebn,FR,EUR\n"
                            .getBytes(StandardCharsets.ISO_8859_1));
            return new String[] {"validate", folder.toString()};
        }));
        cases.add(Arguments.of("a number with a thousands separator", "plants.csv", (BadInput) work -> {
            Path folder = scenarioFolder(work);
            List<String> lines = new ArrayList<>(Files.readAllLines(folder.resolve("plants.csv")));
            String header = lines.get(0);
            int column = Arrays.asList(header.split(",")).indexOf("capacity_units_per_year");
            String[] cells = lines.get(1).split(",", -1);
            cells[column] = "\"640,000\"";
            lines.set(1, String.join(",", cells));
            Files.write(folder.resolve("plants.csv"), lines);
            return new String[] {"validate", folder.toString()};
        }));
        cases.add(Arguments.of("YAML that is not YAML", "scenario.yaml", (BadInput) work -> {
            Path folder = scenarioFolder(work);
            Files.writeString(folder.resolve("scenario.yaml"), "name: [two\nbase_currency: USD\n");
            return new String[] {"validate", folder.toString()};
        }));
        cases.add(Arguments.of("a path that does not exist", "nowhere.xlsx", (BadInput)
                work -> new String[] {"plan", work.resolve("nowhere.xlsx").toString()}));
        cases.add(Arguments.of("an empty .xlsx", "empty.xlsx", (BadInput) work -> {
            Files.write(work.resolve("empty.xlsx"), new byte[0]);
            return new String[] {"validate", work.resolve("empty.xlsx").toString()};
        }));
        cases.add(Arguments.of("a text file named .xlsx", "plants.xlsx", (BadInput) work -> {
            Files.writeString(work.resolve("plants.xlsx"), "plant_id,name\np1,Smyrna\n");
            return new String[] {"validate", work.resolve("plants.xlsx").toString()};
        }));
        cases.add(Arguments.of("a truncated workbook, planned", "cut.xlsx", (BadInput) work -> {
            byte[] whole = Files.readAllBytes(workbook(work));
            Files.write(work.resolve("cut.xlsx"), Arrays.copyOf(whole, whole.length / 2));
            return new String[] {"plan", work.resolve("cut.xlsx").toString(), "--no-cache"};
        }));
        cases.add(Arguments.of("a workbook whose sheet XML is garbage", "garbled.xlsx", (BadInput) work -> {
            Path file = work.resolve("garbled.xlsx");
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
                zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
                zip.write("<Types".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
                zip.write("<<not xml>>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            return new String[] {"validate", file.toString()};
        }));
        cases.add(Arguments.of("a zip file without a workbook", "archive.xlsx", (BadInput) work -> {
            Path file = work.resolve("archive.xlsx");
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
                zip.putNextEntry(new ZipEntry("readme.txt"));
                zip.write("not a workbook".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            return new String[] {"validate", file.toString()};
        }));
        cases.add(Arguments.of("an Excel 97-2003 workbook named .xlsx", "old.xlsx", (BadInput) work -> {
            Path file = work.resolve("old.xlsx");
            try (HSSFWorkbook old = new HSSFWorkbook();
                    OutputStream out = Files.newOutputStream(file)) {
                old.createSheet("plants").createRow(0).createCell(0).setCellValue("plant_id");
                old.write(out);
            }
            return new String[] {"validate", file.toString()};
        }));
        cases.add(Arguments.of("a password-protected workbook, converted", "secret.xlsx", (BadInput) work -> {
            Path file = work.resolve("secret.xlsx");
            try (POIFSFileSystem container = new POIFSFileSystem()) {
                Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
                encryptor.confirmPassword("alliance");
                try (OutputStream encrypted = encryptor.getDataStream(container)) {
                    Files.copy(workbook(work), encrypted);
                }
                try (OutputStream out = Files.newOutputStream(file)) {
                    container.writeFilesystem(out);
                }
            }
            return new String[] {
                "convert", file.toString(), work.resolve("copy").toString()
            };
        }));
        cases.add(Arguments.of("--out onto an existing file", "notes.txt", (BadInput) work -> {
            Path notes = Files.writeString(work.resolve("notes.txt"), "mine");
            return new String[] {"plan", scenarioFolder(work).toString(), "--out", notes.toString(), "--no-cache"};
        }));
        cases.add(Arguments.of("convert onto an existing workbook", "mine.xlsx", (BadInput) work -> {
            Path mine = Files.writeString(work.resolve("mine.xlsx"), "my edits");
            return new String[] {"convert", scenarioFolder(work).toString(), mine.toString()};
        }));
        cases.add(Arguments.of("convert into a folder under a file", "notes.txt", (BadInput) work -> {
            Path notes = Files.writeString(work.resolve("notes.txt"), "mine");
            return new String[] {
                "convert",
                scenarioFolder(work).toString(),
                notes.resolve("copy").toString()
            };
        }));
        cases.add(Arguments.of("convert into a workbook under a file", "notes.txt", (BadInput) work -> {
            Path notes = Files.writeString(work.resolve("notes.txt"), "mine");
            return new String[] {
                "convert",
                scenarioFolder(work).toString(),
                notes.resolve("copy.xlsx").toString()
            };
        }));
        cases.add(Arguments.of("demo --export onto an existing folder", "mine", (BadInput) work -> {
            Path mine = Files.createDirectories(work.resolve("mine"));
            Files.writeString(mine.resolve("plants.csv"), "my edits");
            return new String[] {"demo", "--export", mine.toString()};
        }));
        cases.add(Arguments.of("a game file with an unclosed quote", "game.csv", (BadInput) work -> {
            Path file = Files.writeString(work.resolve("game.csv"), "coalition,value\nA,1\nB,2\n\"A+B,4\n");
            return new String[] {"game", file.toString()};
        }));
        cases.add(Arguments.of("a game file that does not exist", "lost.csv", (BadInput)
                work -> new String[] {"game", work.resolve("lost.csv").toString()}));
        cases.add(Arguments.of("an unreadable CSV file", "plants.csv", (BadInput) work -> {
            Path folder = scenarioFolder(work);
            unreadable(folder.resolve("plants.csv"));
            return new String[] {"validate", folder.toString()};
        }));
        cases.add(Arguments.of("an unreadable workbook", "locked.xlsx", (BadInput) work -> {
            Path file = Files.move(workbook(work), work.resolve("locked.xlsx"));
            unreadable(file);
            return new String[] {"plan", file.toString(), "--no-cache"};
        }));
        cases.add(Arguments.of("an unreadable scenario folder", "two", (BadInput) work -> {
            Path folder = scenarioFolder(work);
            unreadable(folder);
            return new String[] {"validate", folder.toString()};
        }));
        cases.add(Arguments.of("an unreadable game file", "game.csv", (BadInput) work -> {
            Path file = Files.writeString(work.resolve("game.csv"), "coalition,value\nA,1\nB,2\nA+B,4\n");
            unreadable(file);
            return new String[] {"game", file.toString()};
        }));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void saysWhatIsWrongInOurWordsNamingTheFile(String name, String fileNamed, BadInput input) throws Exception {
        String[] args = input.make(work);

        CliRun run = CliRun.of(args);

        try {
            assertThat(run.exitCode).as(run.err).isEqualTo(1);
            assertThat(run.err).contains(fileNamed).contains("Maybe");
            assertThat(LIBRARY_WORDS.matcher(run.err).results().map(match -> match.group()))
                    .as(run.err)
                    .isEmpty();
            if (name.startsWith("an unreadable")) {
                assertThat(run.err).contains("permission denied");
            }
        } finally {
            readableAgain(work);
        }
    }

    private static Path scenarioFolder(Path work) {
        Path folder = work.resolve("two");
        if (!Files.isDirectory(folder)) {
            ScenarioFiles.write(TestScenarios.twoPartners(), folder);
        }
        return folder;
    }

    private static Path workbook(Path work) {
        Path file = work.resolve("whole.xlsx");
        ScenarioFiles.write(TestScenarios.twoPartners(), file);
        return file;
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, Files.readString(file) + text);
    }

    /** Takes every permission away; skips the case where that does not stop reading (as root). */
    private static void unreadable(Path path) throws IOException {
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("---------"));
        assumeFalse(
                Files.isReadable(path),
                "running as root (or on a file system without permissions): " + path + " stays readable");
    }

    /** Gives every permission back, so that the temporary folder can be deleted. */
    private static void readableAgain(Path work) throws IOException {
        // The folders first (an unreadable one hides its files), then everything in them.
        for (int depth : new int[] {1, Integer.MAX_VALUE}) {
            try (Stream<Path> paths = Files.walk(work, depth)) {
                for (Path path : paths.toList()) {
                    Files.setPosixFilePermissions(
                            path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwx------" : "rw-------"));
                }
            }
        }
    }
}
