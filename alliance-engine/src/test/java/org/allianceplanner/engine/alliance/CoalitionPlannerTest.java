package org.allianceplanner.engine.alliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.allianceplanner.engine.footprint.FootprintOptions;
import org.allianceplanner.engine.rnd.RndSolveOptions;
import org.allianceplanner.engine.solver.Cancellation;
import org.allianceplanner.engine.solver.PlanningCancelledException;
import org.allianceplanner.engine.sourcing.SourcingOptions;
import org.allianceplanner.model.alliance.CoalitionResult;
import org.allianceplanner.model.alliance.PartnerStandalone;
import org.allianceplanner.model.partner.CandidateCoalition;
import org.allianceplanner.model.scenario.Scenario;
import org.allianceplanner.testkit.TestScenarios;
import org.junit.jupiter.api.Test;

class CoalitionPlannerTest {
    private static final Scenario THREE = TestScenarios.threePartners();
    private static final AllianceOptions OPTIONS = AllianceOptions.allLevers(
                    FootprintOptions.from(THREE.settings().solver()),
                    SourcingOptions.from(THREE.settings().solver()),
                    RndSolveOptions.from(THREE.settings().solver()))
            .withThreads(1);

    private static PlannedCoalitions everyoneAlone() {
        PlannedCoalitions planned = new PlannedCoalitions(List.of("A", "B", "C"));
        for (String partner : List.of("A", "B", "C")) {
            planned.add(CoalitionPlanner.planAlone(THREE, partner, OPTIONS));
        }
        return planned;
    }

    @Test
    void theSameJobTwiceGivesTheSamePlansLeverByLever() {
        CoalitionJob job = everyoneAlone()
                .jobFor(
                        new CandidateCoalition("a-b-c", List.of("A", "B", "C")),
                        AllianceOptions.WarmStart.MEMBERS_ALONE);

        CoalitionResult first = CoalitionPlanner.plan(THREE, job, OPTIONS);
        CoalitionResult second = CoalitionPlanner.plan(THREE, job, OPTIONS);

        assertThat(second.value()).isEqualTo(first.value());
        assertThat(second.synergy()).isEqualTo(first.synergy());
        assertThat(second.footprint().plan().flows())
                .isEqualTo(first.footprint().plan().flows());
        assertThat(second.footprint().plan().plants())
                .isEqualTo(first.footprint().plan().plants());
        assertThat(second.sourcing().pooled().awards())
                .isEqualTo(first.sourcing().pooled().awards());
        assertThat(second.rnd().jointPlan().weightedCostBase())
                .isEqualTo(first.rnd().jointPlan().weightedCostBase());
        assertThat(first.warmStartedFrom()).containsExactly("A", "B", "C");
    }

    @Test
    void aCoalitionIsMeasuredAgainstTheMembersAloneItIsGiven() {
        PlannedCoalitions planned = everyoneAlone();
        CoalitionJob job =
                planned.jobFor(new CandidateCoalition("a-b", List.of("B", "A")), AllianceOptions.WarmStart.NONE);

        CoalitionResult result = CoalitionPlanner.plan(THREE, job, OPTIONS);

        double alone = job.membersAlone().stream()
                .mapToDouble(PartnerStandalone::value)
                .sum();
        assertThat(result.partnerIds()).containsExactly("A", "B");
        assertThat(result.footprint().standaloneProfit()).isEqualTo(alone);
        assertThat(result.value()).isEqualTo(alone + result.synergy().total());
        assertThat(result.synergy().footprint()).isGreaterThanOrEqualTo(-1e-6);
        assertThat(result.warmStartedFrom()).isEmpty();
    }

    @Test
    void aCancelledCancellationStopsTheFunctionBeforeItPlansAnything() {
        Cancellation cancellation = new Cancellation();
        cancellation.cancel();

        assertThatThrownBy(() -> cancellation.run(() -> CoalitionPlanner.planAlone(THREE, "A", OPTIONS)))
                .isInstanceOf(PlanningCancelledException.class)
                .hasMessage("Planning was cancelled.");
    }
}
