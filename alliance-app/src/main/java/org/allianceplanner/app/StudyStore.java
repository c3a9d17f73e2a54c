package org.allianceplanner.app;

import java.util.Optional;
import org.allianceplanner.model.alliance.AllianceStudyResult;

/**
 * Where finished studies are kept, by the hash of their inputs ({@link StudyHash}), so that the same
 * inputs are not planned twice. Implementations say whether they are thread-safe.
 */
public interface StudyStore {
    /** Keeps nothing and finds nothing. */
    StudyStore NONE = new StudyStore() {
        @Override
        public Optional<AllianceStudyResult> find(String hash) {
            return Optional.empty();
        }

        @Override
        public void save(AllianceStudyResult result) {}
    };

    /** The study kept under {@code hash} ({@link AllianceStudyResult#scenarioHash()}), if any. */
    Optional<AllianceStudyResult> find(String hash);

    /**
     * Keeps {@code result} under its {@link AllianceStudyResult#scenarioHash()}. A store that cannot
     * keep it says so in its own way (a file store warns and goes on): a result is never lost for a
     * failed save, because the caller still holds it.
     */
    void save(AllianceStudyResult result);
}
