package org.allianceplanner.engine.sourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.allianceplanner.engine.solver.MipSolver;
import org.allianceplanner.model.partner.Partner;
import org.allianceplanner.model.plan.SolveReport;
import org.allianceplanner.model.plan.SolveStatus;
import org.allianceplanner.model.scenario.Scenario;
import org.allianceplanner.model.sourcing.plan.CoalitionSourcing;
import org.allianceplanner.model.sourcing.plan.PartNeed;
import org.allianceplanner.model.sourcing.plan.PartnerProcurement;
import org.allianceplanner.model.sourcing.plan.SourcingPlan;
import org.allianceplanner.testkit.RandomScenarios;
import org.allianceplanner.testkit.SourcingPlanChecker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Properties over random scenarios with three part families' worth of choices. */
class SourcingPropertiesTest {
    private static final SourcingOptions OPTIONS = new SourcingOptions(MipSolver.HIGHS, 30, 1e-6, 1, false);

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22})
    void poolingNeverCostsMoreThanBuyingSeparately(long seed) {
        Scenario scenario = RandomScenarios.sourcing(seed, false);
        List<String> members =
                scenario.partners().stream().map(Partner::partnerId).toList();
        List<PartNeed> needs = PartNeeds.ofBaseline(scenario, members);
        CoalitionSourcing result = SourcingLever.compare(scenario, members, needs, OPTIONS);
        SourcingPlanChecker.assertSound(scenario, result.separate());
        SourcingPlanChecker.assertSound(scenario, result.pooled());
        assertThat(result.pooled().cost().total())
                .isLessThanOrEqualTo(result.separate().cost().total() + 1e-6);
        double byPartner = result.byPartner().stream()
                .mapToDouble(PartnerProcurement::saving)
                .sum();
        assertThat(byPartner)
                .isCloseTo(
                        result.saving(),
                        within(1e-6 * Math.max(1, result.separate().cost().total())));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {41, 42, 43, 44, 45, 46})
    void theRepricingHeuristicGivesASoundPlanNoCheaperThanTheOptimum(long seed) {
        Scenario scenario = RandomScenarios.sourcing(seed, false);
        List<String> members =
                scenario.partners().stream().map(Partner::partnerId).toList();
        List<PartNeed> needs = PartNeeds.ofBaseline(scenario, members);
        SourcingOptions exact = new SourcingOptions(MipSolver.HIGHS, 30, 0, 1, false);
        SourcingData data = new SourcingData(scenario, members, needs, true);
        SourcingModel model = new SourcingModel(data, exact);
        SourcingModel.Solution heuristic = model.repricingHeuristic();
        assertThat(heuristic).isNotNull();
        SourcingPlan plan = planOf(data, model, heuristic);
        SourcingPlanChecker.assertSound(scenario, plan);
        double optimum =
                SourcingLever.plan(scenario, members, needs, true, exact).cost().total();
        assertThat(plan.cost().total()).isGreaterThanOrEqualTo(optimum - 1e-6 * optimum);
    }

    /**
     * The greedy draft, when it buys every need, and its polished plan keep every rule the independent
     * checker knows; a complete draft always polishes; polishing never costs more; neither beats the
     * bound of the MIP solved to optimality without them. Most drafts must be complete, or the first
     * half of this test checks nothing.
     */
    @Test
    void theGreedyPlanAndItsPolishAreSoundAndNoCheaperThanTheOptimum() {
        SourcingOptions exact = new SourcingOptions(MipSolver.HIGHS, 30, 0, 1, false);
        int drafts = 0;
        int complete = 0;
        for (long seed = 41; seed <= 50; seed++) {
            Scenario scenario = RandomScenarios.sourcing(seed, false);
            List<String> members =
                    scenario.partners().stream().map(Partner::partnerId).toList();
            List<PartNeed> needs = PartNeeds.ofBaseline(scenario, members);
            for (boolean pooled : new boolean[] {false, true}) {
                SourcingData data = new SourcingData(scenario, members, needs, pooled);
                SourcingModel model = new SourcingModel(data, exact);
                SolveReport alone = model.solve(rules(data)).report();
                assertThat(alone.status()).isEqualTo(SolveStatus.OPTIMAL);
                double floor = alone.bound() - 1e-6 * Math.abs(alone.bound());
                SourcingGreedy.Draft draft = new SourcingGreedy(data, model).build();
                drafts++;
                double draftCost = Double.POSITIVE_INFINITY;
                if (draft.complete()) {
                    complete++;
                    SourcingPlan plan = planOf(data, model, draft.solution());
                    SourcingPlanChecker.assertSound(scenario, plan);
                    draftCost = plan.cost().total();
                    assertThat(draftCost).as("seed %d, pooled %s", seed, pooled).isGreaterThanOrEqualTo(floor);
                }
                SourcingModel.Solution polished = model.polish(draft.solution());
                if (draft.complete()) {
                    assertThat(polished).as("seed %d, pooled %s", seed, pooled).isNotNull();
                }
                if (polished != null) {
                    SourcingPlan plan = planOf(data, model, polished);
                    SourcingPlanChecker.assertSound(scenario, plan);
                    assertThat(plan.cost().total())
                            .as("seed %d, pooled %s", seed, pooled)
                            .isGreaterThanOrEqualTo(floor)
                            .isLessThanOrEqualTo(draftCost + 1e-9 * Math.abs(floor));
                }
            }
        }
        assertThat(complete).as("complete drafts of %d", drafts).isGreaterThanOrEqualTo(drafts / 2);
    }

    private static SourcingModel.OptionRule[] rules(SourcingData data) {
        SourcingModel.OptionRule[] free = new SourcingModel.OptionRule[data.options.size()];
        Arrays.fill(free, SourcingModel.OptionRule.FREE);
        return free;
    }

    private static SourcingPlan planOf(SourcingData data, SourcingModel model, SourcingModel.Solution solution) {
        double[] noSavings = new double[data.options.size()];
        Arrays.fill(noSavings, Double.NaN);
        return new SourcingDecoder(data, model)
                .decode(
                        solution,
                        new SolveReport(SolveStatus.FEASIBLE, Double.NaN, Double.NaN, Double.NaN, 0),
                        null,
                        noSavings,
                        false);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {31, 32, 33, 34})
    void highsAndScipAgree(long seed) {
        Scenario scenario = RandomScenarios.sourcing(seed, false);
        List<String> members =
                scenario.partners().stream().map(Partner::partnerId).toList();
        List<PartNeed> needs = PartNeeds.ofBaseline(scenario, members);
        SourcingOptions exact = new SourcingOptions(MipSolver.HIGHS, 30, 0, 1, false);
        double highs =
                SourcingLever.plan(scenario, members, needs, true, exact).cost().total();
        double scip = SourcingLever.plan(scenario, members, needs, true, exact.withSolver(MipSolver.SCIP))
                .cost()
                .total();
        assertThat(highs).isCloseTo(scip, within(1e-6 * Math.max(1, scip)));
    }
}
