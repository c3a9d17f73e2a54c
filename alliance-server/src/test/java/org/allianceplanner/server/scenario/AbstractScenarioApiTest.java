package org.allianceplanner.server.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.allianceplanner.server.ApiClient;
import org.allianceplanner.server.ApiClient.Response;
import org.allianceplanner.server.ServerTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The scenarios API end to end over HTTP: uploads of the demo as a zip and a workbook, every problem of
 * a bad scenario at once, hostile uploads, limits, and another analyst's scenarios. Every response of
 * these tests goes through {@link #checked}, which fails on anything that looks like a stack trace or a
 * library's message. The upload limit is 1 MB here, the unpacked limit 8 MB.
 */
@TestPropertySource(properties = {"alliance.upload.max-bytes=1MB", "alliance.upload.max-unpacked-bytes=8MB"})
abstract class AbstractScenarioApiTest extends ServerTestBase {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    JdbcClient jdbc;

    /** Fails when a response's text shows the server's insides. */
    static Response checked(Response response) {
        String type = response.contentType();
        boolean text = type.isEmpty() || type.contains("json") || type.startsWith("text/");
        if (text) {
            assertThat(response.text())
                    .as("response %s", response)
                    .doesNotContain("Exception")
                    .doesNotContain("org.apache")
                    .doesNotContain("java.")
                    .doesNotContain("\tat ")
                    .doesNotContain("springframework")
                    .doesNotContain("Tomcat");
        }
        if (response.status() >= 400) {
            assertThat(type).as("error %s", response).startsWith("application/problem+json");
        }
        return response;
    }

    static Response upload(ApiClient client, String fileName, byte[] content) {
        return upload(client, fileName, content, null);
    }

    static Response upload(ApiClient client, String fileName, byte[] content, String name) {
        String boundary = "----alliance" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (name != null) {
            body.writeBytes(
                    ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\n" + name + "\r\n")
                            .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return checked(client.send(client.request("/api/v1/scenarios")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))));
    }

    static Response get(ApiClient client, String path) {
        return checked(client.get(path));
    }

    static Response delete(ApiClient client, String path) {
        return checked(client.delete(path));
    }

    static List<Long> ids(Response list) {
        return StreamSupport.stream(list.json().spliterator(), false)
                .map(scenario -> scenario.get("id").asLong())
                .toList();
    }

    static List<JsonNode> problems(Response response) {
        assertThat(response.status()).as("%s", response).isEqualTo(422);
        return StreamSupport.stream(response.json().get("problems").spliterator(), false)
                .toList();
    }

    static String rules(Response response) {
        return problems(response).stream()
                .map(p -> p.get("rule").asText())
                .toList()
                .toString();
    }

    @Test
    void theDemoUploadsAsAZipAndAsAWorkbookAndComesBackByteForByte() {
        ApiClient analyst = newAnalyst();
        Path folder = UploadFiles.demoFolder();
        byte[] zip = UploadFiles.zipFolder(folder, "my demo");
        byte[] workbook = UploadFiles.demoWorkbook();

        Response zipped = upload(analyst, "my demo.zip", zip, "Three makers");
        Response excel = upload(analyst, "demo.xlsx", workbook);

        assertThat(zipped.status()).as("%s", zipped).isEqualTo(201);
        assertThat(excel.status()).as("%s", excel).isEqualTo(201);
        JsonNode fromZip = zipped.json();
        JsonNode fromWorkbook = excel.json();
        assertThat(zipped.headers().firstValue("Location"))
                .hasValue("/api/v1/scenarios/" + fromZip.get("id").asLong());
        assertThat(fromZip.get("name").asText()).isEqualTo("Three makers");
        assertThat(fromZip.get("format").asText()).isEqualTo("CSV_ZIP");
        assertThat(fromZip.get("fileName").asText()).isEqualTo("my demo.zip");
        assertThat(fromZip.get("demo").asBoolean()).isFalse();
        assertThat(Duration.between(Instant.parse(fromZip.get("createdAt").asText()), Instant.now()))
                .isLessThan(Duration.ofMinutes(2));
        assertThat(fromWorkbook.get("format").asText()).isEqualTo("XLSX");
        // Unnamed, it takes the scenario's own name.
        assertThat(fromWorkbook.get("name").asText())
                .isEqualTo(fromWorkbook.get("contents").get("scenarioName").asText())
                .isNotBlank();

        // What it holds, against the CSV files counted here without the io module.
        JsonNode contents = fromZip.get("contents");
        assertThat(contents.get("partners").findValuesAsText("id")).containsExactly("nissan", "tesla", "honda");
        assertThat(contents.get("partners").findValuesAsText("name")).contains("Tesla, Inc.");
        assertThat(contents.get("plants").asInt()).isEqualTo(UploadFiles.rows(folder, "plants.csv"));
        assertThat(contents.get("lines").asInt()).isEqualTo(UploadFiles.rows(folder, "platform_lines.csv"));
        assertThat(contents.get("models").asInt()).isEqualTo(UploadFiles.rows(folder, "models.csv"));
        assertThat(contents.get("markets").asInt()).isEqualTo(UploadFiles.rows(folder, "markets.csv"));
        assertThat(contents.get("demandRows").asInt()).isEqualTo(UploadFiles.rows(folder, "demand.csv"));
        assertThat(contents.get("suppliers").asInt()).isEqualTo(UploadFiles.rows(folder, "suppliers.csv"));
        assertThat(contents.get("rndPrograms").asInt()).isEqualTo(UploadFiles.rows(folder, "rnd_programs.csv"));
        assertThat(contents.get("demandRows").asInt()).isGreaterThan(10);
        // The workbook holds the same scenario.
        assertThat(fromWorkbook.get("contents")).isEqualTo(contents);

        long zipId = fromZip.get("id").asLong();
        long workbookId = fromWorkbook.get("id").asLong();
        List<Long> listed = ids(get(analyst, "/api/v1/scenarios"));
        assertThat(listed).containsExactly(workbookId, zipId);
        assertThat(get(analyst, "/api/v1/scenarios/" + zipId).json()).isEqualTo(fromZip);

        Response zipFile = get(analyst, "/api/v1/scenarios/" + zipId + "/file");
        assertThat(zipFile.body()).isEqualTo(zip);
        assertThat(zipFile.contentType()).isEqualTo("application/zip");
        assertThat(zipFile.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment; filename=\"my demo.zip\"")
                .contains("filename*=UTF-8''my%20demo.zip");
        Response workbookFile = get(analyst, "/api/v1/scenarios/" + workbookId + "/file");
        assertThat(workbookFile.body()).isEqualTo(workbook);
        assertThat(workbookFile.contentType()).isEqualTo(XLSX);

        assertThat(delete(analyst, "/api/v1/scenarios/" + zipId).status()).isEqualTo(204);
        assertThat(get(analyst, "/api/v1/scenarios/" + zipId).status()).isEqualTo(404);
        assertThat(ids(get(analyst, "/api/v1/scenarios"))).containsExactly(workbookId);
        UploadFiles.delete(folder);
    }

    @Test
    void theDemoFromAFreshInstallIsTheCallersOwnCopyAndSaysItIsTheDemo() {
        ApiClient analyst = newAnalyst();
        ApiClient other = newAnalyst();

        Response demo = checked(analyst.post("/api/v1/scenarios/demo", ""));

        assertThat(demo.text()).startsWith("{\"id\"");
        assertThat(demo.status()).isEqualTo(201);
        assertThat(demo.json().get("demo").asBoolean()).isTrue();
        assertThat(demo.json().get("contents").get("demo").asBoolean()).isTrue();
        assertThat(demo.json().get("format").asText()).isEqualTo("CSV_ZIP");
        assertThat(demo.json().get("contents").get("partners").findValuesAsText("id"))
                .containsExactly("nissan", "tesla", "honda");
        assertThat(get(other, "/api/v1/scenarios").json()).isEmpty();
        // Its file is an ordinary zipped folder: uploaded again, it holds the same, and is no longer "the demo".
        byte[] file = get(analyst, demo.headers().firstValue("Location").orElseThrow() + "/file")
                .body();
        Response again = upload(other, "copy.zip", file);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("demo").asBoolean()).isFalse();
        assertThat(again.json().get("contents").get("demandRows"))
                .isEqualTo(demo.json().get("contents").get("demandRows"));
    }

    @Test
    void aScenarioWithSeveralErrorsGetsAllOfThemLocatedAndNothingIsSaved() throws Exception {
        ApiClient analyst = newAnalyst();
        Path folder = UploadFiles.demoFolder();
        replaceCell(folder.resolve("plants.csv"), 2, "capacity_units_per_year", "abc");
        replaceCell(folder.resolve("demand.csv"), 3, "units_per_year", "-5");

        Response refused = upload(analyst, "broken.zip", UploadFiles.zipFolder(folder, "broken"));

        List<JsonNode> problems = problems(refused);
        assertThat(refused.json().get("detail").asText()).contains("nothing was saved");
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.get("file").asText()).isEqualTo("plants.csv");
            assertThat(p.get("row").asInt()).isEqualTo(2);
            assertThat(p.get("column").asText()).isEqualTo("capacity_units_per_year");
            assertThat(p.get("value").asText()).isEqualTo("abc");
            assertThat(p.get("rule").asText()).isNotBlank();
        });
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.get("file").asText()).isEqualTo("demand.csv");
            assertThat(p.get("row").asInt()).isEqualTo(3);
            assertThat(p.get("column").asText()).isEqualTo("units_per_year");
            assertThat(p.get("value").asText()).isEqualTo("-5");
        });
        // Every member is there, null when it does not apply (a CSV file has no sheet).
        for (String member : List.of("file", "sheet", "row", "column", "columnLetter", "value", "rule", "hint")) {
            assertThat(problems.get(0).has(member)).as(member).isTrue();
        }
        assertThat(problems.get(0).get("sheet").isNull()).isTrue();
        assertThat(get(analyst, "/api/v1/scenarios").json()).isEmpty();
        UploadFiles.delete(folder);
    }

    /** Replaces the cell of {@code column} in data row {@code row} (Excel numbering: the header is 1). */
    private static void replaceCell(Path csv, int row, String column, String value) throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(csv));
        int index = List.of(lines.get(0).split(",")).indexOf(column);
        assertThat(index).as(column).isNotNegative();
        String[] cells = lines.get(row - 1).split(",", -1);
        assertThat(cells[index]).matches("-?[0-9.]+");
        cells[index] = value;
        lines.set(row - 1, String.join(",", cells));
        Files.write(csv, lines);
    }

    @Test
    void pathsLeavingTheFolderAreRefusedAndNothingIsWrittenOutside() {
        ApiClient analyst = newAnalyst();
        String escape = "alliance-slip-" + UUID.randomUUID() + ".csv";
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));

        Response dotDot = upload(
                analyst,
                "slip.zip",
                UploadFiles.zip(Map.of("scenario.yaml", new byte[1], "../../" + escape, new byte[] {'x'})));
        Response absolute = upload(analyst, "abs.zip", UploadFiles.zip(Map.of("/tmp/" + escape, new byte[] {'x'})));
        Response backslash = upload(analyst, "win.zip", UploadFiles.zip(Map.of("..\\..\\" + escape, new byte[] {'x'})));

        assertThat(rules(dotDot)).contains("leaves the scenario folder").contains("../../" + escape);
        assertThat(rules(absolute)).contains("leaves the scenario folder");
        assertThat(rules(backslash)).contains("leaves the scenario folder");
        assertThat(temp.resolve(escape)).doesNotExist();
        assertThat(Path.of("/tmp").resolve(escape)).doesNotExist();
        assertThat(get(analyst, "/api/v1/scenarios").json()).isEmpty();
    }

    @Test
    void aZipBombIsRefusedQuicklyAtTheUnpackedLimit() {
        ApiClient analyst = newAnalyst();
        // 400 MB of zeros in about 400 KB: under the 1 MB upload limit, far over the 8 MB unpacked one.
        byte[] bomb = UploadFiles.bomb(Map.of(), "demand.csv", 400);
        assertThat(bomb.length).isLessThan(1024 * 1024);

        long start = System.nanoTime();
        Response refused = upload(analyst, "bomb.zip", bomb);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(rules(refused)).contains("unpacks to more than 8 MB");
        // Inflating all 400 MB would take seconds; stopping at 8 MB takes a fraction of one.
        assertThat(took).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void aWorkbookBombIsRefusedBeforePoiOpensIt() {
        ApiClient analyst = newAnalyst();
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8));
        parts.put("xl/workbook.xml", "<workbook/>".getBytes(StandardCharsets.UTF_8));
        byte[] bomb = UploadFiles.bomb(parts, "xl/worksheets/sheet1.xml", 400);

        long start = System.nanoTime();
        Response refused = upload(analyst, "bomb.xlsx", bomb);

        assertThat(rules(refused)).contains("unpacks to more than 8 MB");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void aWorkbookUnderTheLimitThatPoiTakesForABombIsRefusedInOurWords() {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8));
        parts.put("xl/workbook.xml", "<workbook/>".getBytes(StandardCharsets.UTF_8));
        // 5 MB passes the server's 8 MB count, but inflates 1000 times over: POI's own ratio check refuses it,
        // and its message (naming its classes and settings) must not reach the user.
        byte[] compressible = UploadFiles.bomb(parts, "xl/worksheets/sheet1.xml", 5);

        Response refused = upload(newAnalyst(), "ratio.xlsx", compressible);

        assertThat(problems(refused)).first().satisfies(p -> assertThat(
                        p.get("rule").asText())
                .isEqualTo("is not an Excel workbook (.xlsx) that can be read: the file is damaged or incomplete.")
                .doesNotContainIgnoringCase("zip bomb")
                .doesNotContain("MIN_INFLATE_RATIO"));
    }

    @Test
    void aFormWithMorePartsThanTheContainerReadsIsA400Problem() {
        ApiClient analyst = newAnalyst();
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            form.append("--xyz\r\nContent-Disposition: form-data; name=\"p")
                    .append(i)
                    .append("\"\r\n\r\nv\r\n");
        }
        form.append("--xyz--\r\n");

        Response refused = checked(analyst.send(analyst.request("/api/v1/scenarios")
                .header("Content-Type", "multipart/form-data; boundary=xyz")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form.toString()))));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("title").asText()).isEqualTo("Bad upload");
    }

    @Test
    void aZipWithTooManyEntriesIsRefused() {
        Map<String, byte[]> many = new LinkedHashMap<>();
        IntStream.range(0, ScenarioArchive.MAX_ENTRIES + 50).forEach(i -> many.put("f" + i + ".csv", new byte[] {'a'}));

        Response refused = upload(newAnalyst(), "many.zip", UploadFiles.zip(many));

        assertThat(rules(refused)).contains("more than " + ScenarioArchive.MAX_ENTRIES + " files");
    }

    @Test
    void filesThatOnlyCarryAWorkbooksNameAreRefusedWithTheirReason() {
        ApiClient analyst = newAnalyst();
        byte[] workbook = UploadFiles.demoWorkbook();

        Response text = upload(analyst, "plants.xlsx", "plant_id,name\nx,y\n".getBytes(StandardCharsets.UTF_8));
        Response truncated = upload(analyst, "cut.xlsx", java.util.Arrays.copyOf(workbook, workbook.length / 2));

        assertThat(problems(text)).first().satisfies(p -> {
            assertThat(p.get("file").asText()).isEqualTo("plants.xlsx");
            assertThat(p.get("rule").asText()).contains("plain text");
        });
        assertThat(rules(truncated)).contains("damaged or incomplete");
        assertThat(get(analyst, "/api/v1/scenarios").json()).isEmpty();
    }

    @Test
    void emptyAndForeignUploadsGetProblemDetails() {
        ApiClient analyst = newAnalyst();

        Response emptyBody = checked(analyst.send(analyst.request("/api/v1/scenarios")
                .header("Content-Type", "multipart/form-data; boundary=xyz")
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody())));
        Response emptyFile = upload(analyst, "empty.zip", new byte[0]);
        Response noFilePart = checked(analyst.send(analyst.request("/api/v1/scenarios")
                .header("Content-Type", "multipart/form-data; boundary=xyz")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "--xyz\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nx\r\n--xyz--\r\n"))));
        Response wrongType = checked(analyst.send(analyst.request("/api/v1/scenarios")
                .header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("hello"))));
        Response notAScenarioFile = upload(analyst, "notes.txt", "just text".getBytes(StandardCharsets.UTF_8));

        assertThat(emptyBody.status()).isEqualTo(400);
        assertThat(emptyFile.status()).isEqualTo(400);
        assertThat(emptyFile.json().get("detail").asText()).contains("empty");
        assertThat(noFilePart.status()).isEqualTo(400);
        assertThat(wrongType.status()).isEqualTo(415);
        assertThat(notAScenarioFile.status()).isEqualTo(415);
        assertThat(notAScenarioFile.json().get("detail").asText())
                .contains("notes.txt")
                .contains(".xlsx");
        assertThat(get(analyst, "/api/v1/scenarios").json()).isEmpty();
    }

    @Test
    void uploadsOverTheLimitGet413ProblemsHoweverTheyAreSent() {
        ApiClient analyst = newAnalyst();
        byte[] big = new byte[1024 * 1024 + 1];
        big[0] = 'P';

        Response form = upload(analyst, "big.zip", big);
        Response raw = checked(analyst.send(analyst.request("/api/v1/scenarios?fileName=big.zip")
                .header("Content-Type", "application/zip")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(big))));
        // Without a length (chunked), the server must count: the raw body by the controller, the form by
        // the container's own multipart reader.
        Response rawChunked = checked(analyst.send(analyst.request("/api/v1/scenarios?fileName=big.zip")
                .header("Content-Type", "application/zip")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))));
        String boundary = "b0undary";
        ByteArrayOutputStream formBody = new ByteArrayOutputStream();
        formBody.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.zip\""
                        + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        formBody.writeBytes(big);
        formBody.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        Response formChunked = checked(analyst.send(analyst.request("/api/v1/scenarios")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(formBody.toByteArray())))));

        for (Response refused : List.of(form, raw, rawChunked, formChunked)) {
            assertThat(refused.status()).as("%s", refused).isEqualTo(413);
            assertThat(refused.json().get("title").asText()).isEqualTo("Upload too large");
        }
        assertThat(get(analyst, "/api/v1/scenarios").json()).isEmpty();
    }

    @Test
    void aRawBodyUnderTheLimitIsAnUploadToo() {
        ApiClient analyst = newAnalyst();
        byte[] workbook = UploadFiles.demoWorkbook();

        Response created = checked(analyst.send(analyst.request("/api/v1/scenarios?fileName=raw.xlsx&name=Raw")
                .header("Content-Type", XLSX)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(workbook))));

        assertThat(created.status()).as("%s", created).isEqualTo(201);
        assertThat(created.json().get("name").asText()).isEqualTo("Raw");
        assertThat(created.json().get("format").asText()).isEqualTo("XLSX");
    }

    @Test
    void anotherAnalystsScenarioIsAnswered404LikeAMissingOneAndStaysThere() {
        ApiClient owner = newAnalyst();
        ApiClient intruder = newAnalyst();
        long id = checked(owner.post("/api/v1/scenarios/demo", ""))
                .json()
                .get("id")
                .asLong();
        long missing = id + 1000;

        for (String suffix : List.of("", "/file")) {
            Response theirs = get(intruder, "/api/v1/scenarios/" + id + suffix);
            Response none = get(intruder, "/api/v1/scenarios/" + missing + suffix);
            assertThat(theirs.status()).isEqualTo(404);
            assertThat(none.status()).isEqualTo(404);
            assertThat(theirs.json().get("detail").asText().replace(String.valueOf(id), "N"))
                    .isEqualTo(none.json().get("detail").asText().replace(String.valueOf(missing), "N"));
        }
        assertThat(delete(intruder, "/api/v1/scenarios/" + id).status()).isEqualTo(404);
        assertThat(get(intruder, "/api/v1/scenarios").json()).isEmpty();
        assertThat(get(owner, "/api/v1/scenarios/" + id).status()).isEqualTo(200);
        assertThat(get(owner, "/api/v1/scenarios/" + id + "/file").body()).isNotEmpty();
        // An administrator has no business with scenarios at all.
        assertThat(get(admin(), "/api/v1/scenarios/" + id).status()).isEqualTo(403);
    }

    @Test
    void aScenarioThatAStudyUsesCannotBeDeleted() {
        ApiClient analyst = newAnalyst();
        JsonNode scenario = checked(analyst.post("/api/v1/scenarios/demo", "")).json();
        long id = scenario.get("id").asLong();
        long ownerId = jdbc.sql("SELECT owner_id FROM scenario WHERE id = ?")
                .param(id)
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO study (owner_id, scenario_id, request_json, state, attempts, max_attempts,"
                        + " cancel_requested, submitted_at, progress_done, progress_total)"
                        + " VALUES (?, ?, '{}', 'QUEUED', 0, 3, FALSE, ?, 0, 0)")
                .params(ownerId, id, OffsetDateTime.now())
                .update();

        Response refused = delete(analyst, "/api/v1/scenarios/" + id);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asText()).contains("a study");
        assertThat(get(analyst, "/api/v1/scenarios/" + id).status()).isEqualTo(200);
    }

    @Test
    void anUnknownIdOrAWrongTypeIsAProblemToo() {
        ApiClient analyst = newAnalyst();

        assertThat(get(analyst, "/api/v1/scenarios/999999").status()).isEqualTo(404);
        assertThat(get(analyst, "/api/v1/scenarios/abc").status()).isEqualTo(400);
        assertThat(get(ApiClient.anonymous(base()), "/api/v1/scenarios").status())
                .isEqualTo(401);
        // A client that asks for plain JSON still gets the problem.
        Response asJson = checked(analyst.send(analyst.request("/api/v1/scenarios/999999")
                .header("Accept", "application/json")
                .GET()));
        assertThat(asJson.status()).isEqualTo(404);
        assertThat(asJson.json().get("title").asText()).isEqualTo("Not found");
    }

    @Test
    void theApiDescriptionListsTheScenarioEndpoints() {
        Response description = get(ApiClient.anonymous(base()), "/api/v1/openapi.json");

        assertThat(description.status()).isEqualTo(200);
        JsonNode paths = description.json().get("paths");
        assertThat(paths.has("/api/v1/scenarios")).isTrue();
        assertThat(paths.get("/api/v1/scenarios").has("post")).isTrue();
        assertThat(paths.has("/api/v1/scenarios/{scenarioId}/file")).isTrue();
        assertThat(paths.has("/api/v1/scenarios/demo")).isTrue();
    }
}
