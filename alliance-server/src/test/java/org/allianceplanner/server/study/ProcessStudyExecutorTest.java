package org.allianceplanner.server.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.allianceplanner.engine.solver.Cancellation;
import org.allianceplanner.model.alliance.AllianceComparison;
import org.allianceplanner.model.alliance.AllianceStudyResult;
import org.allianceplanner.report.json.PlanJson;
import org.allianceplanner.server.scenario.ScenarioFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Studies in processes of their own: the same figures as in the server's JVM, failures, crashes, cancels. */
@Timeout(value = 600, unit = TimeUnit.SECONDS)
class ProcessStudyExecutorTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Study ids of this run, so that a folder left by an earlier, killed run is not taken for one of ours. */
    private static final long ID = ThreadLocalRandom.current().nextLong(1, 1_000_000) * 1000;

    private final ProcessStudyExecutor executor = new ProcessStudyExecutor(List.of("-Xmx1g"));

    @Test
    void theDemoPlannedInAChildProcessHasTheFiguresOfTheDemoPlannedInProcess() throws Exception {
        StudyInput input = demo(ID + 101, "{}");
        List<int[]> progress = new CopyOnWriteArrayList<>();
        StudyOutcome outcome = executor.start(input, (done, total, message) -> progress.add(new int[] {done, total}))
                .await();

        assertThat(outcome).isInstanceOf(StudyOutcome.Completed.class);
        StudyOutcome.Completed child = (StudyOutcome.Completed) outcome;
        StudyOutcome.Completed here =
                (StudyOutcome.Completed) StudyRun.run(input, (done, total, message) -> {}, new Cancellation());
        AllianceStudyResult fromChild = PlanJson.fromJson(child.planJson());
        AllianceStudyResult fromHere = PlanJson.fromJson(here.planJson());
        // A known answer (DemoStudyGoldenTest) and every figure against the in-process study.
        assertThat(fromChild.standaloneOf("nissan").orElseThrow().value()).isCloseTo(9_357_376_202.36, within(1.0));
        for (String partner : List.of("nissan", "tesla", "honda")) {
            assertThat(fromChild.standaloneOf(partner).orElseThrow().value())
                    .as(partner)
                    .isCloseTo(fromHere.standaloneOf(partner).orElseThrow().value(), within(1.0));
        }
        assertThat(fromChild.alliances())
                .extracting(AllianceComparison::coalitionId)
                .containsExactlyElementsOf(fromHere.alliances().stream()
                        .map(AllianceComparison::coalitionId)
                        .toList());
        for (int i = 0; i < fromHere.alliances().size(); i++) {
            AllianceComparison a = fromChild.alliances().get(i);
            AllianceComparison b = fromHere.alliances().get(i);
            assertThat(a.synergy().footprint())
                    .as(a.coalitionId())
                    .isCloseTo(b.synergy().footprint(), within(1.0));
            assertThat(a.synergy().procurement())
                    .as(a.coalitionId())
                    .isCloseTo(b.synergy().procurement(), within(1.0));
            assertThat(a.synergy().rnd())
                    .as(a.coalitionId())
                    .isCloseTo(b.synergy().rnd(), within(1.0));
        }
        assertThat(withoutTimes(JSON.readTree(child.summaryJson())))
                .isEqualTo(withoutTimes(JSON.readTree(here.summaryJson())));
        // HiGHS's own log shares the child's standard output: every progress line still came through whole.
        assertThat(progress).isNotEmpty();
        int[] last = progress.get(progress.size() - 1);
        assertThat(last[0]).isEqualTo(last[1]);
        assertThat(progress).allSatisfy(report -> assertThat(report[0]).isBetween(0, report[1]));
        assertThat(workingFolders(ID + 101)).isEmpty();
    }

    @Test
    void optionsTheChildCannotPlanFailTheStudyWithAReasonInOurWords() throws Exception {
        StudyOutcome outcome = executor.start(
                        demo(ID + 102, "{\"levers\":[\"teleport\"]}"), (done, total, message) -> {})
                .await();

        assertThat(outcome).isInstanceOf(StudyOutcome.Failed.class);
        String reason = ((StudyOutcome.Failed) outcome).reason();
        assertThat(reason).contains("teleport").contains("footprint, sourcing and rnd");
        assertThat(reason).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("java.");
        assertThat(workingFolders(ID + 102)).isEmpty();
    }

    @Test
    void aScenarioTheChildCannotReadFailsTheStudyNamingTheFile() throws Exception {
        StudyInput input = new StudyInput(
                ID + 103, ScenarioFormat.CSV_ZIP, "broken.zip", "not a zip".getBytes(StandardCharsets.UTF_8), "{}");
        StudyOutcome outcome =
                executor.start(input, (done, total, message) -> {}).await();

        assertThat(outcome).isInstanceOf(StudyOutcome.Failed.class);
        String reason = ((StudyOutcome.Failed) outcome).reason();
        assertThat(reason).contains("broken.zip").doesNotContain("Exception");
    }

    @Test
    void aChildThatDiesFailsOnlyItsOwnStudy() throws Exception {
        List<String> progress = new CopyOnWriteArrayList<>();
        Set<Long> before = children();
        RunningStudy study = executor.start(demo(ID + 104, "{}"), (done, total, message) -> progress.add(message));
        StudyOutcome outcome;
        try {
            ProcessHandle child = newChild(before);
            waitUntil(() -> !progress.isEmpty(), 120);
            child.destroyForcibly(); // as a crash of native code would end it
            outcome = study.await();
        } finally {
            study.cancel();
        }

        assertThat(outcome).isInstanceOf(StudyOutcome.Failed.class);
        assertThat(((StudyOutcome.Failed) outcome).reason()).contains("ended unexpectedly");
        assertThat(workingFolders(ID + 104)).isEmpty();
        assertThat(executor.start(demo(ID + 105, "{\"levers\":[\"teleport\"]}"), (done, total, message) -> {})
                        .await())
                .as("the next study runs as usual")
                .isInstanceOf(StudyOutcome.Failed.class);
    }

    @Test
    void aCancelInTheMiddleOfAHighsSolveEndsTheChildProcessWithinTwoSeconds() throws Exception {
        StudyInput input = new StudyInput(
                ID + 106,
                ScenarioFormat.CSV_ZIP,
                "synthetic.zip",
                StudyScenarios.syntheticZip(StudyScenarios.SLOW_HIGHS),
                "{\"levers\":[\"footprint\"],\"solver\":\"HIGHS\",\"timeLimitSeconds\":60}");
        List<int[]> progress = new CopyOnWriteArrayList<>();
        Set<Long> running = children();
        RunningStudy study = executor.start(input, (done, total, message) -> progress.add(new int[] {done, total}));
        ProcessHandle child;
        int[] before;
        try {
            child = newChild(running);
            // The first coalition planned; the next HiGHS solve (many seconds each on this scenario) has begun.
            waitUntil(() -> !progress.isEmpty(), 180);
            Thread.sleep(3000);
            before = progress.get(progress.size() - 1);
            assertThat(before[0]).as("the study is still running").isLessThan(before[1]);
            assertThat(child.isAlive()).isTrue();
        } catch (AssertionError | InterruptedException | RuntimeException failed) {
            study.cancel();
            throw failed;
        }

        long cancelled = System.nanoTime();
        study.cancel();
        StudyOutcome outcome = study.await();
        double stoppedInSeconds = (System.nanoTime() - cancelled) / 1e9;
        boolean childGone = child.onExit().isDone() || !child.isAlive();

        System.out.printf(
                Locale.ROOT,
                "cancel of a study in a HiGHS solve (%d of %d coalitions planned): stopped in %.2f s%n",
                before[0],
                before[1],
                stoppedInSeconds);
        assertThat(outcome).isInstanceOf(StudyOutcome.Cancelled.class);
        assertThat(stoppedInSeconds).isLessThan(2.0);
        assertThat(childGone).as("the child process has ended").isTrue();
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive))
                .noneMatch(handle -> handle.pid() == child.pid());
        assertThat(workingFolders(ID + 106)).isEmpty();
    }

    @Test
    void aStudyProcessWhoseServerIsGoneEndsAtOnceAndRemovesItsFolder() throws Exception {
        Path folder = Files.createTempDirectory("alliance-study-" + (ID + 107) + "-");
        new StudyProcessFolder(folder).writeInput(demo(ID + 107, "{}"));
        Process child = new ProcessBuilder(executor.command(folder))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        BufferedReader output =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        // Planning by now: its first progress line has come (the demo takes several seconds more).
        String line;
        do {
            line = output.readLine();
        } while (line != null && !line.contains(StudyProcessFolder.PROGRESS.strip()));
        assertThat(line)
                .as("the study process reported progress before its stdin closed")
                .isNotNull();

        child.getOutputStream().close(); // as when the server dies: the other end of its stdin closes
        boolean ended = child.waitFor(10, TimeUnit.SECONDS);

        assertThat(ended).as("the orphaned study process ended").isTrue();
        assertThat(child.exitValue()).isEqualTo(StudyProcessFolder.EXIT_ORPHANED);
        assertThat(folder).doesNotExist();
    }

    @Test
    void fromTheServersOwnJarAStudyStartsThroughPropertiesLauncher(@TempDir Path folder) throws IOException {
        Path bootJar = folder.resolve("alliance-server.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes()
                .put(new Attributes.Name("Start-Class"), "org.allianceplanner.server.AllianceServer");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(bootJar), manifest)) {
            jar.putNextEntry(new JarEntry("BOOT-INF/"));
        }
        Path plainJar = folder.resolve("plain.jar");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(plainJar), new Manifest())) {
            jar.putNextEntry(new JarEntry("org/"));
        }

        assertThat(ProcessStudyExecutor.launchCommand("java", bootJar.toString()))
                .containsExactly(
                        "java",
                        "-Dloader.main=org.allianceplanner.server.study.StudyProcess",
                        "-cp",
                        bootJar.toString(),
                        "org.springframework.boot.loader.launch.PropertiesLauncher");
        assertThat(ProcessStudyExecutor.launchCommand("java", plainJar.toString()))
                .containsExactly("java", "-cp", plainJar.toString(), "org.allianceplanner.server.study.StudyProcess");
        String twoEntries = plainJar + java.io.File.pathSeparator + bootJar;
        assertThat(ProcessStudyExecutor.isBootJar(twoEntries)).isFalse();
        assertThat(new ProcessStudyExecutor(List.of("-Xmx3g"), "java", bootJar.toString()).command(folder))
                .startsWith("java", "-Xmx3g", "-XX:+ExitOnOutOfMemoryError")
                .endsWith(folder.toAbsolutePath().toString());
    }

    @Test
    void aStudyProcessDoesNotSeeTheServersPasswords() {
        Map<String, String> environment = new HashMap<>(Map.of(
                "ALLIANCE_DB_PASSWORD", "db-secret",
                "ALLIANCE_ADMIN_PASSWORD", "admin-secret",
                "ALLIANCE_TLS_KEYSTORE_PASSWORD", "tls-secret",
                "SPRING_DATASOURCE_PASSWORD", "spring-secret",
                "JAVA_TOOL_OPTIONS", "-Dspring.datasource.password=tool-secret",
                "GITHUB_TOKEN", "token-secret",
                "DATABASE_URL", "postgres://u:url-secret@db/x",
                "PATH", "/usr/bin",
                "HOME", "/root"));
        environment.put("LC_ALL", "C.UTF-8");

        ProcessStudyExecutor.removeSecrets(environment);

        assertThat(environment).containsOnlyKeys("PATH", "HOME", "LC_ALL");
    }

    private static StudyInput demo(long id, String requestJson) {
        return new StudyInput(id, ScenarioFormat.CSV_ZIP, "demo.zip", StudyScenarios.demoZip(), requestJson);
    }

    /** The one child process this JVM started since {@code before}. */
    private static ProcessHandle newChild(Set<Long> before) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            List<ProcessHandle> started = ProcessHandle.current()
                    .children()
                    .filter(handle -> !before.contains(handle.pid()))
                    .toList();
            if (started.size() == 1) {
                return started.get(0);
            }
            assertThat(started).as("one process per study").hasSizeLessThan(2);
            Thread.sleep(50);
        }
        throw new AssertionError("The study has no process of its own.");
    }

    private static Set<Long> children() {
        return ProcessHandle.current().children().map(ProcessHandle::pid).collect(Collectors.toSet());
    }

    private static List<Path> workingFolders(long id) throws IOException {
        try (Stream<Path> temp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return temp.filter(path -> path.getFileName().toString().startsWith("alliance-study-" + id + "-"))
                    .toList();
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, int seconds)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Nothing happened within " + seconds + " s.");
            }
            Thread.sleep(50);
        }
    }

    /** {@code node} without wall-clock times, which differ between two runs of the same study. */
    private static JsonNode withoutTimes(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (name.toLowerCase(Locale.ROOT).contains("second")) {
                    names.remove();
                } else {
                    withoutTimes(object.get(name));
                }
            }
        } else if (node.isArray()) {
            node.forEach(ProcessStudyExecutorTest::withoutTimes);
        }
        return node;
    }
}
