package org.allianceplanner.app;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.allianceplanner.engine.alliance.AllianceOptions;
import org.allianceplanner.model.scenario.Scenario;

/**
 * The identity of a study's inputs: SHA-256 of the scenario's content and the study options other
 * than the number of threads. Equal hashes mean equal inputs: the scenario and options are immutable
 * records of records and lists, so their text form is complete and canonical.
 */
public final class StudyHash {
    private StudyHash() {}

    /** The hash of a study of {@code scenario} with {@code options}, 64 hexadecimal digits. */
    public static String of(Scenario scenario, AllianceOptions options) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(scenario.toString().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            // The number of threads changes how fast, not what: the study is the same for any.
            digest.update(options.withThreads(1).toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256.", e);
        }
    }
}
