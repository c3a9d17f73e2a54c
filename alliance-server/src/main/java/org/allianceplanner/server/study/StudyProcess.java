package org.allianceplanner.server.study;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.allianceplanner.engine.solver.Cancellation;

/**
 * The {@code main} of a study's own process, started by {@link ProcessStudyExecutor} with a working
 * folder ({@link StudyProcessFolder}) as its only argument. No Spring and no database: it reads the
 * scenario and the request from the folder, plans the study with {@link StudyRun} (the same code as a
 * study in the server's JVM), reports progress on standard output, writes {@code plan.json} and {@code
 * summary.json} and exits 0; when the study cannot be planned it writes the reason to {@code
 * failure.txt} and exits 2.
 *
 * <p>It ends at once (exit code 4) when its standard input closes: the server that started it holds it
 * open, so a server that dies, even by {@code kill -9}, leaves no study running behind it.
 */
public final class StudyProcess {
    private StudyProcess() {}

    /** Runs the study in the folder {@code args[0]}. */
    public static void main(String[] args) {
        // Before any logger exists: the engine's warnings go to standard error, which the server keeps.
        System.setProperty("logback.configurationFile", "study-process-logback.xml");
        OutputStream protocol = new FileOutputStream(FileDescriptor.out);
        // Java code that prints must not mix with the protocol; native code (HiGHS) still may, hence the prefix.
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        if (args.length != 1) {
            System.err.println("Usage: StudyProcess FOLDER (started by the server, one study per process)");
            System.exit(64);
        }
        StudyProcessFolder folder = new StudyProcessFolder(Path.of(args[0]));
        exitWhenOrphaned(System.in, folder);
        System.exit(run(folder, protocol));
    }

    /** Plans the study in {@code folder}, reporting progress to {@code protocol}; the exit code. */
    static int run(StudyProcessFolder folder, OutputStream protocol) {
        try {
            StudyInput input = folder.readInput();
            StudyOutcome outcome = StudyRun.run(
                    input, (done, total, message) -> report(protocol, done, total, message), new Cancellation());
            if (outcome instanceof StudyOutcome.Completed completed) {
                folder.writeResult(completed.planJson(), completed.summaryJson());
                return 0;
            }
            folder.writeFailure(
                    outcome instanceof StudyOutcome.Failed failed
                            ? failed.reason()
                            : "The study stopped before its end.");
            return StudyProcessFolder.EXIT_FAILED;
        } catch (IOException | UncheckedIOException unreadable) {
            System.err.println("The working folder " + folder.path() + " cannot be used: " + unreadable);
            return writeFailureOrGiveUp(
                    folder, "The study's working folder could not be read or written; maybe the disk is full.");
        }
    }

    private static int writeFailureOrGiveUp(StudyProcessFolder folder, String reason) {
        try {
            folder.writeFailure(reason);
            return StudyProcessFolder.EXIT_FAILED;
        } catch (IOException notEvenThat) {
            // The parent reports an unexpected exit and logs standard error.
            return 1;
        }
    }

    private static void report(OutputStream protocol, int done, int total, String message) {
        byte[] line = StudyProcessFolder.progressLine(done, total, message).getBytes(StandardCharsets.UTF_8);
        try {
            synchronized (protocol) {
                // One write: a pipe keeps it whole against HiGHS's own writes to the same descriptor.
                protocol.write(line);
                protocol.flush();
            }
        } catch (IOException parentGone) {
            Runtime.getRuntime().halt(StudyProcessFolder.EXIT_ORPHANED);
        }
    }

    /**
     * Ends this process as soon as {@code stdin} reaches its end (the server closed it, or died), after
     * deleting {@code folder}: a server that died cannot delete it any more.
     */
    private static void exitWhenOrphaned(InputStream stdin, StudyProcessFolder folder) {
        Thread watcher = new Thread(
                () -> {
                    byte[] ignored = new byte[256];
                    try {
                        while (stdin.read(ignored) >= 0) {
                            // The server sends nothing; only the end matters.
                        }
                    } catch (IOException closed) {
                        // The same: the server is gone.
                    }
                    try {
                        folder.delete();
                    } catch (UncheckedIOException notDeleted) {
                        System.err.println(notDeleted.getMessage());
                    }
                    Runtime.getRuntime().halt(StudyProcessFolder.EXIT_ORPHANED);
                },
                "orphan-watch");
        watcher.setDaemon(true);
        watcher.start();
    }
}
