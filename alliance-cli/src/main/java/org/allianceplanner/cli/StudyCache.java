package org.allianceplanner.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.allianceplanner.app.StudyStore;
import org.allianceplanner.model.alliance.AllianceStudyResult;
import org.allianceplanner.report.json.PlanJson;
import org.jspecify.annotations.Nullable;

/**
 * Alliance studies kept as {@code plan.json} files named by the scenario-and-options content hash and
 * the build of the program, so that planning the same inputs again with the same program is instant.
 * A cache that cannot be read or written is only warned about: it never stops a study.
 */
final class StudyCache implements StudyStore {
    /** No cache: nothing found, nothing stored. */
    static final StudyCache NONE = new StudyCache(null, null);

    private final @Nullable Path folder;
    private final @Nullable PrintWriter err;

    private StudyCache(@Nullable Path folder, @Nullable PrintWriter err) {
        this.folder = folder;
        this.err = err;
    }

    /** The cache in {@code $ALLIANCE_CACHE}, else {@code $XDG_CACHE_HOME/alliance-planner}, else {@code ~/.cache/alliance-planner}. */
    static StudyCache inUserCache(PrintWriter err) {
        String explicit = System.getenv("ALLIANCE_CACHE");
        if (explicit != null && !explicit.isBlank()) {
            return new StudyCache(Path.of(explicit), err);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return new StudyCache(base.resolve("alliance-planner"), err);
    }

    /** Where the study of {@code hash} is or would be kept. */
    Path fileOf(String hash) {
        return folder == null ? Path.of(hash + ".json") : folder.resolve(hash + "-" + buildStamp() + ".json");
    }

    /** The cached study of {@code hash}, if there is a readable one. */
    @Override
    public Optional<AllianceStudyResult> find(String hash) {
        if (folder == null || !Files.isRegularFile(fileOf(hash))) {
            return Optional.empty();
        }
        try {
            AllianceStudyResult cached = PlanJson.read(fileOf(hash));
            return cached.scenarioHash().equals(hash) ? Optional.of(cached) : Optional.empty();
        } catch (UncheckedIOException | IllegalArgumentException unreadable) {
            // The reader's message speaks of JSON tokens; what matters is that the study runs again.
            warn("ignored the cached study " + fileOf(hash) + ": it cannot be read (damaged, or written by"
                    + " another version); planning again.");
            return Optional.empty();
        }
    }

    /** Keeps {@code result} for the next run with the same inputs. */
    @Override
    public void save(AllianceStudyResult result) {
        if (folder == null) {
            return;
        }
        Path file = fileOf(result.scenarioHash());
        try {
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, ".study", ".tmp");
            PlanJson.write(result, temp);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | UncheckedIOException notStored) {
            warn("could not cache the study in " + folder + "; it still ran fine. Maybe set ALLIANCE_CACHE to a"
                    + " folder you may write to.");
        }
    }

    private void warn(String message) {
        if (err != null) {
            err.println("alliance: " + message);
            err.flush();
        }
    }

    /** The last-modified time of the program's jar or classes: a rebuilt program does not reuse old studies. */
    private static long buildStamp() {
        try {
            Path code = Path.of(StudyCache.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            return Files.getLastModifiedTime(code).toMillis();
        } catch (IOException | URISyntaxException | SecurityException | NullPointerException unknown) {
            return 0;
        }
    }
}
