package org.allianceplanner.bench.cflp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import org.allianceplanner.engine.footprint.FootprintLever;
import org.allianceplanner.engine.solver.MipSolver;
import org.allianceplanner.model.footprint.FootprintPlan;
import org.allianceplanner.model.footprint.ProductionFlow;
import org.allianceplanner.model.plan.SolveStatus;
import org.allianceplanner.model.plant.Plant;
import org.allianceplanner.model.scenario.Scenario;
import org.allianceplanner.testkit.FootprintPlanChecker;
import org.junit.jupiter.api.Test;

class CflpBenchmarkTest {
    private static final double TIME_LIMIT_SECONDS = 60;

    @Test
    void solvesCap41ToItsPublishedOptimumWithASoundPlan() {
        CflpInstance cap41 =
                CflpReader.read(BenchmarkFiles.cflp("orlib-cap/cap41.txt"), CflpFormat.ORLIB, OptionalDouble.empty());
        double optimum = KnownOptima.read(BenchmarkFiles.cflp("orlib-cap/capopt.txt"))
                .optimumOf("cap41")
                .orElseThrow();

        CflpResult result = CflpBenchmark.solve(cap41, MipSolver.HIGHS, TIME_LIMIT_SECONDS);

        assertThat(result.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(result.deviationFrom(optimum)).isLessThanOrEqualTo(1e-6);
        assertThat(result.bound()).isLessThanOrEqualTo(result.objective() + 1e-6);
        FootprintPlanChecker.assertSound(result.scenario(), result.plan(), true);
    }

    @Test
    void solvesHolmbergP1ToItsPublishedOptimumServingEachCustomerFromOneFacility() {
        CflpInstance p1 =
                CflpReader.read(BenchmarkFiles.cflp("holmberg/p1"), CflpFormat.HOLMBERG, OptionalDouble.empty());
        double optimum = KnownOptima.read(BenchmarkFiles.cflp("holmberg/os.txt"))
                .optimumOf("p1")
                .orElseThrow();

        CflpResult result = CflpBenchmark.solve(p1, MipSolver.HIGHS, TIME_LIMIT_SECONDS);

        assertThat(result.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(result.deviationFrom(optimum)).isLessThanOrEqualTo(1e-6);
        FootprintPlanChecker.assertSound(result.scenario(), result.plan(), true);
        Map<String, Integer> sourcesOfMarket = new HashMap<>();
        for (ProductionFlow flow : result.plan().flows()) {
            if (flow.unitsPerYear() > 1e-6) {
                sourcesOfMarket.merge(flow.marketId(), 1, Integer::sum);
            }
        }
        assertThat(sourcesOfMarket).hasSize(50);
        assertThat(sourcesOfMarket.values()).containsOnly(1);
    }

    @Test
    void matchesBruteForceOnTinySingleSourceInstances() {
        Random random = new Random(20261121);
        int checked = 0;
        while (checked < 8) {
            CflpInstance instance = randomInstance(random, 3, 5);
            double bruteForce = bruteForceSingleSource(instance, false);
            if (Double.isInfinite(bruteForce)) {
                continue;
            }

            CflpResult result = CflpBenchmark.solve(instance, MipSolver.HIGHS, TIME_LIMIT_SECONDS);

            assertThat(result.status()).as(instance.name()).isEqualTo(SolveStatus.OPTIMAL);
            assertThat(result.objective())
                    .as(instance.name())
                    .isCloseTo(bruteForce, org.assertj.core.data.Offset.offset(1e-6));
            FootprintPlanChecker.assertSound(result.scenario(), result.plan(), true);
            checked++;
        }
    }

    /**
     * The plants that must stay open count fully towards serving all demand, and the others only when
     * opened: a plant that may not close changes the brute-force optimum, and the solver must match it.
     */
    @Test
    void matchesBruteForceWhenTheFirstFacilityMayNotClose() {
        Random random = new Random(20261122);
        int checked = 0;
        while (checked < 8) {
            CflpInstance instance = randomInstance(random, 3, 5);
            double bruteForce = bruteForceSingleSource(instance, true);
            if (Double.isInfinite(bruteForce)) {
                continue;
            }
            Scenario free = CflpScenarios.toScenario(instance);
            List<Plant> plants = new ArrayList<>(free.plants());
            Plant first = plants.get(0);
            plants.set(
                    0,
                    new Plant(
                            first.plantId(),
                            first.partnerId(),
                            first.name(),
                            first.countryId(),
                            first.latitude(),
                            first.longitude(),
                            first.capacityUnitsPerYear(),
                            first.fixedCostPerYear(),
                            first.closureCost(),
                            first.conversionCostIndex(),
                            false));
            Scenario firstKept = free.toBuilder().plants(plants).build();

            FootprintPlan plan = FootprintLever.plan(
                    firstKept,
                    List.of(CflpScenarios.PARTNER_ID),
                    CflpBenchmark.options(instance, MipSolver.HIGHS, TIME_LIMIT_SECONDS));

            assertThat(plan.solve().status()).as(instance.name()).isEqualTo(SolveStatus.OPTIMAL);
            assertThat(-plan.profit())
                    .as(instance.name())
                    .isCloseTo(bruteForce, org.assertj.core.data.Offset.offset(1e-6));
            FootprintPlanChecker.assertSound(firstKept, plan, true);
            checked++;
        }
    }

    private static CflpInstance randomInstance(Random random, int facilities, int customers) {
        double[] capacity = new double[facilities];
        double[] fixed = new double[facilities];
        double[][] cost = new double[facilities][customers];
        double[] demand = new double[customers];
        for (int j = 0; j < customers; j++) {
            demand[j] = 1 + random.nextInt(10);
        }
        for (int i = 0; i < facilities; i++) {
            capacity[i] = 8 + random.nextInt(20);
            fixed[i] = 5 + random.nextInt(60);
            for (int j = 0; j < customers; j++) {
                cost[i][j] = 1 + random.nextInt(40);
            }
        }
        return new CflpInstance("random-" + random.nextInt(1000), CflpFormat.HOLMBERG, capacity, fixed, demand, cost);
    }

    /**
     * The cheapest of all m^n assignments of customers to facilities that respects capacities; when
     * {@code firstKeptOpen}, the first facility's fixed cost is paid even when it serves nobody.
     */
    private static double bruteForceSingleSource(CflpInstance instance, boolean firstKeptOpen) {
        int m = instance.facilityCount();
        int n = instance.customerCount();
        int[] assignment = new int[n];
        double best = Double.POSITIVE_INFINITY;
        int total = (int) Math.pow(m, n);
        for (int code = 0; code < total; code++) {
            int rest = code;
            boolean firstUsed = false;
            for (int j = 0; j < n; j++) {
                assignment[j] = rest % m;
                firstUsed |= assignment[j] == 0;
                rest /= m;
            }
            double idleFirst = firstKeptOpen && !firstUsed ? instance.fixedCost()[0] : 0;
            best = Math.min(best, instance.singleSourceCost(assignment) + idleFirst);
        }
        return best;
    }
}
