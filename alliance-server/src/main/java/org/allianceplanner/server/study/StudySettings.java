package org.allianceplanner.server.study;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How studies are run ({@code alliance.studies.*}).
 *
 * @param workers studies run at the same time by this process ({@code alliance.studies.workers}, 1); 0 runs
 *     none (the process only serves the API)
 * @param heartbeat how often a running study's heartbeat and progress are written, and its cancel request read
 * @param staleAfter a running study whose heartbeat is older is taken to have lost its server
 * @param maxAttempts how many times a study is started before its server's stops fail it
 * @param poll how often an idle worker looks for queued studies (a submit in this process wakes it at once)
 * @param reapEvery how often stopped studies are looked for
 */
@Component
public record StudySettings(
        int workers, Duration heartbeat, Duration staleAfter, int maxAttempts, Duration poll, Duration reapEvery) {
    public StudySettings(
            @Value("${alliance.studies.workers:1}") int workers,
            @Value("${alliance.studies.heartbeat:PT1S}") Duration heartbeat,
            @Value("${alliance.studies.stale-after:PT30S}") Duration staleAfter,
            @Value("${alliance.studies.max-attempts:3}") int maxAttempts,
            @Value("${alliance.studies.poll:PT2S}") Duration poll,
            @Value("${alliance.studies.reap-every:PT5S}") Duration reapEvery) {
        if (workers < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("alliance.studies.workers must be 0 or more and"
                    + " alliance.studies.max-attempts 1 or more, not " + workers + " and " + maxAttempts + ".");
        }
        if (heartbeat.compareTo(staleAfter) >= 0) {
            throw new IllegalArgumentException("alliance.studies.heartbeat (" + heartbeat
                    + ") must be shorter than alliance.studies.stale-after (" + staleAfter + ").");
        }
        this.workers = workers;
        this.heartbeat = heartbeat;
        this.staleAfter = staleAfter;
        this.maxAttempts = maxAttempts;
        this.poll = poll;
        this.reapEvery = reapEvery;
    }
}
