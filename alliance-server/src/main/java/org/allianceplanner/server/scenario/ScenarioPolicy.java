package org.allianceplanner.server.scenario;

import org.allianceplanner.server.user.SignedInUser;
import org.allianceplanner.server.web.Problems;
import org.springframework.stereotype.Component;

/**
 * Who may touch which scenario: its owner only. Any other caller gets the same 404 problem as for an id
 * that does not exist, so that ids cannot be probed. The one place that decides it; other features
 * (studies) call {@link #readable} before they use a scenario.
 */
@Component
public class ScenarioPolicy {
    private final ScenarioRepository scenarios;

    public ScenarioPolicy(ScenarioRepository scenarios) {
        this.scenarios = scenarios;
    }

    /**
     * The scenario {@code id} if {@code user} may read it (and use it in a study).
     *
     * @throws org.springframework.web.ErrorResponseException a 404 problem when there is no such scenario
     *     or it is not the caller's
     */
    public StoredScenario readable(SignedInUser user, long id) {
        return scenarios
                .find(id)
                .filter(scenario -> mayRead(user, scenario))
                .orElseThrow(() -> Problems.notFound("scenario", id));
    }

    /**
     * The scenario {@code id} if {@code user} may delete it.
     *
     * @throws org.springframework.web.ErrorResponseException as {@link #readable}
     */
    public StoredScenario deletable(SignedInUser user, long id) {
        return readable(user, id);
    }

    /** Whether {@code user} may read {@code scenario}: they own it. */
    public boolean mayRead(SignedInUser user, StoredScenario scenario) {
        return scenario.ownerId() == user.id();
    }
}
