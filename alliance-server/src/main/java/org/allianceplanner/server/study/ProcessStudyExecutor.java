package org.allianceplanner.server.study;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs each study in a JVM of its own ({@link StudyProcess}), started from the same {@code java} and the
 * same classes as this server. Cancelling ends the process (SIGTERM, then SIGKILL a second later), so a
 * study stops within about a second even in the middle of a HiGHS solve, which cannot be interrupted
 * in-process; a crash of a solver's native code fails only that study. The child ends by itself when
 * this server dies: it watches its standard input, which the server holds open.
 *
 * <p>Each study gets a temporary working folder, deleted when the study ends, however it ends.
 * Thread-safe.
 */
public final class ProcessStudyExecutor implements StudyExecutor {
    /** How long a cancelled study's process gets to end on SIGTERM before it is killed. */
    static final long KILL_AFTER_MILLIS = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(ProcessStudyExecutor.class);
    private static final String BOOT_LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";
    private static final int LOGGED_ERROR_CHARS = 4000;

    private final List<String> javaOptions;
    private final List<String> launch;

    /**
     * An executor starting its studies with {@code javaOptions} (e.g. {@code -Xmx2g}) from this JVM's
     * own java binary and class path.
     */
    public ProcessStudyExecutor(List<String> javaOptions) {
        this(javaOptions, javaBinary(), System.getProperty("java.class.path", ""));
    }

    ProcessStudyExecutor(List<String> javaOptions, String javaBinary, String classPath) {
        this.javaOptions = List.copyOf(javaOptions);
        this.launch = launchCommand(javaBinary, classPath);
    }

    @Override
    public RunningStudy start(StudyInput input, StudyProgressListener progress) {
        requireNonNull(input, "input");
        requireNonNull(progress, "progress");
        StudyProcessFolder folder;
        try {
            folder = new StudyProcessFolder(Files.createTempDirectory("alliance-study-" + input.studyId() + "-"));
        } catch (IOException failed) {
            LOG.warn("Study {}: no temporary working folder could be made: {}", input.studyId(), failed.toString());
            return new Finished(new StudyOutcome.Failed(
                    "The server could not make a working folder for the study; maybe its temporary folder is full."));
        }
        Process process;
        try {
            folder.writeInput(input);
            ProcessBuilder builder = new ProcessBuilder(command(folder.path()))
                    .redirectError(folder.errors().toFile());
            removeSecrets(builder.environment());
            process = builder.start();
        } catch (IOException | RuntimeException failed) {
            LOG.warn("Study {}: its process could not be started: {}", input.studyId(), failed.toString());
            folder.delete();
            return new Finished(new StudyOutcome.Failed(
                    "The server could not start a process for the study; maybe the machine is out of memory"
                            + " or of processes."));
        }
        ChildStudy study = new ChildStudy(input.studyId(), process, folder, progress);
        Thread watcher = new Thread(study::watch, "study-" + input.studyId() + "-process");
        watcher.setDaemon(true);
        watcher.start();
        return study;
    }

    /** The command that starts a study in {@code folder}. */
    List<String> command(Path folder) {
        List<String> command = new ArrayList<>();
        command.add(launch.get(0));
        command.addAll(javaOptions);
        command.add("-XX:+ExitOnOutOfMemoryError");
        command.add("-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"));
        command.addAll(launch.subList(1, launch.size()));
        command.add(folder.toAbsolutePath().toString());
        return command;
    }

    /**
     * {@code java [options] -cp CLASSPATH StudyProcess}, or through Spring Boot's {@code PropertiesLauncher}
     * when this server runs from its own jar (one jar on the class path, with a {@code Start-Class}).
     */
    static List<String> launchCommand(String javaBinary, String classPath) {
        List<String> launch = new ArrayList<>();
        launch.add(javaBinary);
        if (isBootJar(classPath)) {
            launch.add("-Dloader.main=" + StudyProcess.class.getName());
            launch.add("-cp");
            launch.add(classPath);
            launch.add(BOOT_LAUNCHER);
        } else {
            launch.add("-cp");
            launch.add(classPath);
            launch.add(StudyProcess.class.getName());
        }
        return List.copyOf(launch);
    }

    /** The only variables a study process keeps: what a JVM and the native solvers need to run. */
    private static final Set<String> KEPT_VARIABLES =
            Set.of("PATH", "HOME", "USER", "LANG", "TZ", "TMPDIR", "JAVA_HOME", "LD_LIBRARY_PATH");

    /**
     * Keeps in a study process's environment only what it needs ({@link #KEPT_VARIABLES} and the
     * locale's {@code LC_*}): by an allow-list, so that none of the server's passwords, tokens or
     * settings (database, keystore, first administrator, {@code JAVA_TOOL_OPTIONS} carrying a {@code
     * -D} password, ...) reaches it, whatever they are called.
     */
    static void removeSecrets(Map<String, String> environment) {
        environment.keySet().removeIf(name -> !KEPT_VARIABLES.contains(name) && !name.startsWith("LC_"));
    }

    static boolean isBootJar(String classPath) {
        if (classPath.isEmpty() || classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
            return false;
        }
        try (JarFile jar = new JarFile(classPath)) {
            Manifest manifest = jar.getManifest();
            return manifest != null && manifest.getMainAttributes().getValue("Start-Class") != null;
        } catch (IOException notAJar) {
            return false;
        }
    }

    private static String javaBinary() {
        return ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** A study that ended before it started. */
    private record Finished(StudyOutcome outcome) implements RunningStudy {
        @Override
        public void cancel() {}

        @Override
        public StudyOutcome await() {
            return outcome;
        }
    }

    /** A study running in a child process, watched by a thread of its own. */
    private static final class ChildStudy implements RunningStudy {
        private final long studyId;
        private final Process process;
        private final StudyProcessFolder folder;
        private final StudyProgressListener progress;
        private final CompletableFuture<StudyOutcome> outcome = new CompletableFuture<>();
        private volatile boolean cancelled;

        ChildStudy(long studyId, Process process, StudyProcessFolder folder, StudyProgressListener progress) {
            this.studyId = studyId;
            this.process = process;
            this.folder = folder;
            this.progress = progress;
        }

        @Override
        public void cancel() {
            cancelled = true;
            process.destroy();
            CompletableFuture.delayedExecutor(KILL_AFTER_MILLIS, TimeUnit.MILLISECONDS)
                    .execute(() -> {
                        if (process.isAlive()) {
                            process.destroyForcibly();
                        }
                    });
        }

        @Override
        public StudyOutcome await() throws InterruptedException {
            try {
                return outcome.get();
            } catch (ExecutionException impossible) {
                throw new IllegalStateException("A study's watcher failed.", impossible.getCause());
            }
        }

        /** Relays the child's progress until its output ends, then records how it ended. */
        void watch() {
            try {
                outcome.complete(watchToEnd());
            } finally {
                // For a watcher that ended by an Error: whoever awaits is never left waiting.
                outcome.complete(new StudyOutcome.Failed("The server lost track of the study's process."));
            }
        }

        private StudyOutcome watchToEnd() {
            StudyOutcome ended;
            try {
                relayProgress();
                ended = outcomeOf(process.waitFor());
            } catch (InterruptedException interrupted) {
                process.destroyForcibly();
                ended = new StudyOutcome.Failed("The study was stopped because the server is shutting down.");
                Thread.currentThread().interrupt();
            } catch (IOException | RuntimeException failed) {
                LOG.warn("Study {}: its process could not be followed: {}", studyId, failed.toString());
                process.destroyForcibly();
                ended = new StudyOutcome.Failed("The server lost track of the study's process; maybe run it again.");
            } finally {
                // Before the outcome is told: whoever awaits it finds the folder gone.
                deleteFolder();
            }
            return ended;
        }

        private void deleteFolder() {
            try {
                if (process.isAlive()) {
                    process.waitFor(KILL_AFTER_MILLIS, TimeUnit.MILLISECONDS);
                }
                folder.delete();
            } catch (UncheckedIOException notDeleted) {
                LOG.warn("Study {}: {}", studyId, notDeleted.getMessage());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        private void relayProgress() throws IOException {
            try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    Optional<StudyProcessFolder.Progress> report = StudyProcessFolder.parseProgress(line);
                    if (report.isPresent() && !cancelled) {
                        tell(report.get());
                    }
                }
            }
        }

        private void tell(StudyProcessFolder.Progress report) {
            try {
                progress.progress(report.done(), report.total(), report.message());
            } catch (RuntimeException failed) {
                // Progress is advisory: a failure to record it must not stop the study.
                LOG.warn("Study {}: its progress could not be recorded: {}", studyId, failed.toString());
            }
        }

        private StudyOutcome outcomeOf(int exitCode) throws IOException {
            if (cancelled) {
                return new StudyOutcome.Cancelled();
            }
            if (exitCode == 0) {
                Optional<StudyOutcome.Completed> result = folder.readResult();
                if (result.isPresent()) {
                    return result.get();
                }
            }
            if (exitCode == StudyProcessFolder.EXIT_FAILED) {
                Optional<String> reason = folder.readFailure();
                if (reason.isPresent()) {
                    return new StudyOutcome.Failed(reason.get());
                }
            }
            LOG.warn(
                    "Study {}: its process ended with exit code {}; its last output:\n{}",
                    studyId,
                    exitCode,
                    folder.errorsTail(LOGGED_ERROR_CHARS));
            if (exitCode == StudyProcessFolder.EXIT_OUT_OF_MEMORY) {
                return new StudyOutcome.Failed("The study ran out of memory. Maybe give its process more with the"
                        + " setting alliance.studies.process-java-options (e.g. -Xmx4g), or plan a smaller scenario.");
            }
            return new StudyOutcome.Failed("The study's process ended unexpectedly (exit code " + exitCode
                    + "), e.g. by a crash of a solver's native code; the server's log has its last output."
                    + " Maybe run it again, or choose another solver.");
        }
    }
}
