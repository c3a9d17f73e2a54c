package org.allianceplanner.engine.sourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.allianceplanner.engine.solver.MipSolver;
import org.allianceplanner.model.scenario.Scenario;
import org.allianceplanner.model.sourcing.plan.PartNeed;
import org.allianceplanner.model.sourcing.plan.SourcingPlan;
import org.allianceplanner.testkit.RandomScenarios;
import org.allianceplanner.testkit.SourcingPlanChecker;
import org.allianceplanner.testkit.TestScenarios;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The MIP matches the enumeration of every tier and commonization choice exactly on tiny scenarios. */
class SourcingBruteForceTest {
    private static final SourcingOptions EXACT = new SourcingOptions(MipSolver.HIGHS, 60, 0, 1, false);

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void matchesEnumerationOnTinyScenarios(long seed) {
        Scenario scenario = RandomScenarios.sourcing(seed, true);
        List<String> members = List.of("P0", "P1");
        List<PartNeed> needs = PartNeeds.ofBaseline(scenario, members);
        for (boolean pooled : new boolean[] {false, true}) {
            SourcingBruteForce enumeration = new SourcingBruteForce(scenario, members, needs, pooled);
            double optimum = enumeration.optimum();
            SourcingPlan plan = SourcingLever.plan(scenario, members, needs, pooled, EXACT);
            SourcingPlanChecker.assertSound(scenario, plan);
            assertThat(enumeration.linearPrograms).isGreaterThan(1);
            assertThat(plan.cost().total())
                    .as("seed %d, pooled %s", seed, pooled)
                    .isCloseTo(optimum, within(1e-6 * Math.max(1, optimum)));
        }
    }

    @ParameterizedTest(name = "{0} pooled")
    @ValueSource(booleans = {false, true})
    void matchesEnumerationOnTheTestKitPartners(boolean pooled) {
        Scenario scenario = TestScenarios.twoPartners();
        List<PartNeed> needs = PartNeeds.ofBaseline(scenario, List.of("A", "B"));
        double optimum = new SourcingBruteForce(scenario, List.of("A", "B"), needs, pooled).optimum();
        assertThat(optimum).isCloseTo(pooled ? 562_400_000 : 573_968_750, within(1.0));
        SourcingPlan plan = SourcingLever.plan(scenario, List.of("A", "B"), needs, pooled, EXACT);
        assertThat(plan.cost().total()).isCloseTo(optimum, within(1.0));
    }
}
