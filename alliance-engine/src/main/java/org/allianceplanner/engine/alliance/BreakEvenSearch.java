package org.allianceplanner.engine.alliance;

import java.util.List;
import java.util.Objects;
import org.allianceplanner.model.alliance.PartnerStandalone;
import org.allianceplanner.model.rnd.plan.BreakEvenFriction;
import org.allianceplanner.model.scenario.Scenario;

/**
 * An alliance's break-even friction: the friction between its members at which its R&amp;D synergy
 * falls to zero (several R&amp;D solves, by bisection). A pure function like {@link CoalitionPlanner}.
 */
public final class BreakEvenSearch {
    /** Most alliances whose break-even friction a study searches (the best-ranked first): each takes several solves. */
    public static final int MAX_SEARCHES = 10;

    private BreakEvenSearch() {}

    /**
     * The break-even friction of the alliance of {@code membersAlone}, to the options' tolerance.
     *
     * @param membersAlone the members' own plans (their R&amp;D schedules are not solved again)
     * @throws IllegalArgumentException when the options leave out the R&amp;D lever or the search
     */
    public static BreakEvenFriction search(
            Scenario scenario, List<PartnerStandalone> membersAlone, AllianceOptions options) {
        if (options.rnd() == null || options.breakEvenTolerance() <= 0) {
            throw new IllegalArgumentException(
                    "The break-even friction is searched only with the R&D lever and a" + " tolerance above 0.");
        }
        List<String> members =
                membersAlone.stream().map(PartnerStandalone::partnerId).toList();
        return CoalitionPlanner.rndPlanner(scenario, membersAlone, options)
                .breakEvenFriction(members, Objects.requireNonNull(options.rnd()), options.breakEvenTolerance());
    }
}
