package org.allianceplanner.engine.footprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.allianceplanner.engine.solver.MipSolver;
import org.allianceplanner.model.footprint.FootprintPlan;
import org.allianceplanner.model.footprint.ProfitBreakdown;
import org.allianceplanner.model.partner.Partner;
import org.allianceplanner.model.plan.SolveReport;
import org.allianceplanner.model.plan.SolveStatus;
import org.allianceplanner.model.scenario.Scenario;
import org.allianceplanner.model.scenario.SolverSettings;
import org.allianceplanner.model.validation.ScenarioValidator;
import org.allianceplanner.testkit.FootprintPlanChecker;
import org.allianceplanner.testkit.RandomScenarios;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FootprintPropertiesTest {
    private static final FootprintOptions OPTIONS = FootprintOptions.from(new SolverSettings(60, 1e-9, 1));

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void coalitionEarnsAtLeastItsMembersAloneAndTheirPlansFitTheCoalition(long seed) {
        Scenario scenario = RandomScenarios.footprint(seed);
        assertThat(ScenarioValidator.validate(scenario)).isEmpty();
        List<String> everyone =
                scenario.partners().stream().map(Partner::partnerId).toList();
        List<FootprintPlan> alone = new ArrayList<>();
        for (String partner : everyone) {
            FootprintPlan plan = FootprintLever.plan(scenario, List.of(partner), OPTIONS);
            FootprintPlanChecker.assertSound(scenario, plan);
            alone.add(plan);
        }

        FootprintPlan joint = FootprintLever.plan(scenario, everyone, OPTIONS, alone);

        FootprintPlanChecker.assertSound(scenario, joint);
        FootprintPlanChecker.assertSound(scenario, union(everyone, alone));
        double aloneProfit = alone.stream().mapToDouble(FootprintPlan::profit).sum();
        assertThat(joint.profit()).isGreaterThanOrEqualTo(aloneProfit - 1e-9 * Math.abs(aloneProfit));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {21, 22, 23, 24, 25})
    void highsAndScipAgreeOnTheOptimum(long seed) {
        Scenario scenario = RandomScenarios.footprint(seed);
        List<String> everyone =
                scenario.partners().stream().map(Partner::partnerId).toList();

        FootprintPlan highs = FootprintLever.plan(scenario, everyone, OPTIONS);
        FootprintPlan scip = FootprintLever.plan(scenario, everyone, OPTIONS.withSolver(MipSolver.SCIP));

        assertThat(highs.solve().status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(scip.solve().status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(scip.profit())
                .isCloseTo(
                        highs.profit(),
                        org.assertj.core.api.Assertions.within(1e-6 * Math.max(1, Math.abs(highs.profit()))));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {31, 32, 33, 34, 35, 36, 37, 38})
    void roundedRelaxationGivesASoundPlanAndABoundAroundTheOptimum(long seed) {
        Scenario scenario = RandomScenarios.footprint(seed);
        List<String> everyone =
                scenario.partners().stream().map(Partner::partnerId).toList();
        FootprintData data = new FootprintData(scenario, everyone);
        PlanDecoder decoder = new PlanDecoder(data);

        FootprintModel.Rounded rounded = new FootprintModel(data, OPTIONS).solveRounded();
        FootprintPlan optimum = FootprintLever.plan(scenario, everyone, OPTIONS);

        double roundedProfit = decoder.breakdown(rounded.solution()).profit();
        FootprintPlan roundedPlan = decoder.decode(
                rounded.solution(),
                new SolveReport(SolveStatus.FEASIBLE, roundedProfit, rounded.bound(), Double.NaN, 0),
                null,
                false);
        FootprintPlanChecker.assertSound(scenario, roundedPlan);
        double tolerance = 1e-6 * Math.max(1, Math.abs(optimum.profit()));
        assertThat(roundedProfit).isLessThanOrEqualTo(optimum.profit() + tolerance);
        assertThat(rounded.bound()).isGreaterThanOrEqualTo(optimum.profit() - tolerance);
    }

    /** The members' plans side by side, as one plan of the whole coalition. */
    private static FootprintPlan union(List<String> everyone, List<FootprintPlan> plans) {
        ProfitBreakdown breakdown =
                plans.stream().map(FootprintPlan::breakdown).reduce(ProfitBreakdown.ZERO, ProfitBreakdown::plus);
        return new FootprintPlan(
                everyone,
                new SolveReport(SolveStatus.FEASIBLE, breakdown.profit(), Double.NaN, Double.NaN, 0),
                plans.stream().flatMap(plan -> plan.flows().stream()).toList(),
                plans.stream().flatMap(plan -> plan.sales().stream()).toList(),
                plans.stream().flatMap(plan -> plan.plants().stream()).toList(),
                plans.stream().flatMap(plan -> plan.lines().stream()).toList(),
                breakdown,
                List.of(),
                List.of(),
                false);
    }
}
