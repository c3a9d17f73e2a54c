package org.allianceplanner.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.allianceplanner.engine.alliance.AllianceOptions;
import org.allianceplanner.engine.alliance.SampledShapleyStudy;
import org.allianceplanner.engine.alliance.SampledShares;
import org.allianceplanner.engine.alliance.StudyPlan;
import org.allianceplanner.engine.footprint.FootprintLever;
import org.allianceplanner.engine.footprint.FootprintOptions;
import org.allianceplanner.engine.rnd.RndPlanner;
import org.allianceplanner.engine.rnd.RndSolveOptions;
import org.allianceplanner.engine.sourcing.PartNeeds;
import org.allianceplanner.engine.sourcing.SourcingLever;
import org.allianceplanner.engine.sourcing.SourcingOptions;
import org.allianceplanner.model.alliance.AllianceComparison;
import org.allianceplanner.model.alliance.AllianceStudyResult;
import org.allianceplanner.model.alliance.CoalitionResult;
import org.allianceplanner.model.alliance.LeverShares;
import org.allianceplanner.model.alliance.LeverSynergy;
import org.allianceplanner.model.alliance.PartnerStandalone;
import org.allianceplanner.model.footprint.FootprintPlan;
import org.allianceplanner.model.partner.Partner;
import org.allianceplanner.model.plan.SolveStatus;
import org.allianceplanner.model.plant.Plant;
import org.allianceplanner.model.scenario.Scenario;
import org.allianceplanner.testkit.FootprintPlanChecker;
import org.allianceplanner.testkit.RandomScenarios;
import org.allianceplanner.testkit.TestScenarios;
import org.junit.jupiter.api.Test;

class AllianceStudyTest {
    private static final Scenario THREE = TestScenarios.threePartners();

    private static AllianceOptions options(Scenario scenario) {
        return AllianceOptions.allLevers(
                FootprintOptions.from(scenario.settings().solver()),
                SourcingOptions.from(scenario.settings().solver()),
                RndSolveOptions.from(scenario.settings().solver()));
    }

    /** The footprint lever only: the fastest study, for properties over many scenarios. */
    private static AllianceOptions footprintOnly(Scenario scenario, int threads) {
        return new AllianceOptions(
                FootprintOptions.from(scenario.settings().solver()),
                null,
                null,
                0,
                threads,
                AllianceOptions.WarmStart.BEST_SUB_COALITIONS,
                java.util.Map.of());
    }

    private static AllianceStudyResult study(Scenario scenario, AllianceOptions options) {
        return AllianceStudy.run(scenario, options, (label, done, total) -> {});
    }

    @Test
    void everyLeverOfEveryCoalitionMatchesItsLeverRunOnItsOwn() {
        AllianceOptions options = options(THREE);
        AllianceStudyResult result = study(THREE, options);

        assertThat(result.coalitions())
                .extracting(CoalitionResult::coalitionId)
                .containsExactly("a-b", "a-c", "b-c", "a-b-c");
        RndPlanner rnd = RndPlanner.of(THREE);
        for (CoalitionResult coalition : result.coalitions()) {
            List<String> members = coalition.partnerIds();
            FootprintPlan joint = coalition.footprint().plan();
            FootprintPlanChecker.assertSound(THREE, joint);
            assertThat(joint.solve().status()).isEqualTo(SolveStatus.OPTIMAL);
            // Solved again on its own, without warm start: the same optimum.
            assertThat(joint.profit())
                    .isCloseTo(
                            FootprintLever.plan(THREE, members, options.footprint())
                                    .profit(),
                            within(1.0));
            double alone = members.stream()
                    .mapToDouble(id -> result.standaloneOf(id).orElseThrow().value())
                    .sum();
            assertThat(coalition.synergy().footprint()).isCloseTo(joint.profit() - alone, within(1e-6));
            assertThat(coalition.synergy().procurement())
                    .isCloseTo(
                            SourcingLever.compare(THREE, members, PartNeeds.of(THREE, joint), options.sourcing())
                                    .saving(),
                            within(1.0));
            // R&D: the one-off value of months saved, annualized by the capital recovery factor.
            double oneOff = rnd.compare(members, options.rnd()).synergyBase();
            double years = THREE.settings().annualizationYears();
            double rate = THREE.settings().discountRate();
            double factor = rate == 0 ? 1 / years : rate / (1 - Math.pow(1 + rate, -years));
            assertThat(coalition.synergy().rnd()).isCloseTo(oneOff * factor, within(1e-6));
            assertThat(coalition.value()).isCloseTo(alone + coalition.synergy().total(), within(1e-6));
        }
    }

    @Test
    void alliancesAreRankedBySynergyAndCarryTheirSubGame() {
        AllianceStudyResult result = study(THREE, options(THREE).withBreakEvenTolerance(0.05));

        assertThat(result.alliances()).hasSize(4 + 3);
        for (int i = 0; i < result.alliances().size(); i++) {
            AllianceComparison alliance = result.alliances().get(i);
            assertThat(alliance.rank()).isEqualTo(i + 1);
            if (i > 0) {
                assertThat(alliance.synergy().total())
                        .isLessThanOrEqualTo(
                                result.alliances().get(i - 1).synergy().total());
            }
            // The game on the alliance's members holds every sub-coalition's value from the study.
            var game = alliance.sharing().game();
            assertThat(game.players()).containsExactlyInAnyOrderElementsOf(alliance.partnerIds());
            for (int mask = 1; mask <= game.grandMask(); mask++) {
                List<String> members = game.membersOf(mask);
                double expected = members.size() == 1
                        ? result.standaloneOf(members.get(0)).orElseThrow().value()
                        : result.coalition(members).orElseThrow().value();
                assertThat(game.value(mask)).isCloseTo(expected, within(1e-6));
            }
            assertThat(alliance.breakEven() == null)
                    .isEqualTo(alliance.partnerIds().size() == 1);
        }
    }

    @Test
    void theLeversShapleySharesAddUpToEachLeverAndToTheShapleySplitOfTheGain() {
        AllianceStudyResult result = study(THREE, options(THREE));
        for (AllianceComparison alliance : result.alliances()) {
            if (alliance.partnerIds().size() < 2) {
                continue;
            }
            List<String> players = alliance.sharing().game().players();
            List<ToDoubleFunction<LeverSynergy>> levers =
                    List.of(LeverSynergy::footprint, LeverSynergy::procurement, LeverSynergy::rnd);
            double[] byPartner = new double[players.size()];
            for (ToDoubleFunction<LeverSynergy> lever : levers) {
                List<Double> shares = LeverShares.shapley(result, players, lever);
                assertThat(shares.stream().mapToDouble(Double::doubleValue).sum())
                        .as("efficiency of one lever in %s", alliance.coalitionId())
                        .isCloseTo(lever.applyAsDouble(alliance.synergy()), within(1e-3));
                for (int i = 0; i < byPartner.length; i++) {
                    byPartner[i] += shares.get(i);
                }
            }
            // Additivity: the levers' shares make up the Shapley split of the whole gain.
            List<Double> shapley = alliance.sharing()
                    .allocation(org.allianceplanner.model.game.SharingMethod.SHAPLEY)
                    .orElseThrow()
                    .values();
            for (int i = 0; i < byPartner.length; i++) {
                double gain = shapley.get(i)
                        - result.standaloneOf(players.get(i)).orElseThrow().value();
                assertThat(byPartner[i]).as(players.get(i)).isCloseTo(gain, within(1e-3));
            }
        }
    }

    @Test
    void aCoalitionEarnsAtLeastEverySplitIntoGroupsAndStartsFromTheBestSplit() {
        for (long seed = 1; seed <= 6; seed++) {
            Scenario scenario = RandomScenarios.footprint(seed);
            AllianceOptions footprintOnly = footprintOnly(scenario, 2);
            AllianceStudyResult result = study(scenario, footprintOnly);
            List<String> partners =
                    scenario.partners().stream().map(Partner::partnerId).toList();
            for (CoalitionResult coalition : result.coalitions()) {
                List<List<String>> groups = splitsInTwo(coalition.partnerIds());
                double bestSplit = Double.NEGATIVE_INFINITY;
                for (List<String> part : groups) {
                    List<String> rest = new ArrayList<>(coalition.partnerIds());
                    rest.removeAll(part);
                    double split = profit(result, part) + profit(result, rest);
                    assertThat(coalition.footprint().plan().profit())
                            .as("seed %d: %s against %s + %s", seed, coalition.partnerIds(), part, rest)
                            .isGreaterThanOrEqualTo(split - 1e-6);
                    bestSplit = Math.max(bestSplit, split);
                }
                double started = coalition.warmStartedFrom().stream()
                        .mapToDouble(group -> profit(result, List.of(group.split("\\+"))))
                        .sum();
                assertThat(started)
                        .as("seed %d: warm start of %s", seed, coalition.partnerIds())
                        .isCloseTo(bestSplit, within(1e-6 * Math.max(1, Math.abs(bestSplit))));
                assertThat(partners).containsAll(coalition.partnerIds());
            }
        }
    }

    @Test
    void sampledSharesAgreeWithTheExactShapleyValueWithinTheirConfidence() {
        Scenario scenario = threePartnerRandomScenario();
        AllianceOptions footprintOnly = footprintOnly(scenario, 1);
        AllianceComparison grand = study(scenario, footprintOnly).alliances().stream()
                .filter(alliance -> alliance.partnerIds().size() == 3)
                .findFirst()
                .orElseThrow();
        List<Double> exact = grand.sharing()
                .allocation(org.allianceplanner.model.game.SharingMethod.SHAPLEY)
                .orElseThrow()
                .values();

        SampledShares sampled = SampledShapleyStudy.run(scenario, footprintOnly, 400, 7, (label, done, total) -> {});

        assertThat(sampled.coalitionsPlanned()).isEqualTo(4);
        double grandValue = sampled.grand().value();
        assertThat(sampled.estimate().means().stream()
                        .mapToDouble(Double::doubleValue)
                        .sum())
                .as("every order's marginal contributions add up to the grand coalition's value")
                .isCloseTo(grandValue, within(1e-6 * Math.abs(grandValue)));
        for (int i = 0; i < 3; i++) {
            String player = sampled.partners().get(i);
            double exactShare = exact.get(grand.sharing().game().players().indexOf(player));
            assertThat(sampled.estimate().means().get(i))
                    .as(player)
                    .isCloseTo(
                            exactShare, within(sampled.estimate().halfWidths95().get(i) + 1e-6 * Math.abs(grandValue)));
        }
    }

    private static Scenario threePartnerRandomScenario() {
        for (long seed = 1; ; seed++) {
            Scenario scenario = RandomScenarios.footprint(seed);
            if (scenario.partners().size() == 3) {
                return scenario;
            }
        }
    }

    @Test
    void oneThreadAndTwoThreadsGiveTheSameStudy() {
        AllianceOptions options = options(THREE);
        AllianceStudyResult serial = study(THREE, options.withThreads(1));
        AllianceStudyResult parallel = study(THREE, options.withThreads(2));
        assertThat(parallel.coalitions())
                .extracting(CoalitionResult::value)
                .containsExactlyElementsOf(
                        serial.coalitions().stream().map(CoalitionResult::value).toList());
        assertThat(parallel.standalone())
                .extracting(PartnerStandalone::value)
                .containsExactlyElementsOf(serial.standalone().stream()
                        .map(PartnerStandalone::value)
                        .toList());
    }

    @Test
    void theContentHashChangesWithTheScenarioAndTheOptionsButNotTheThreads() {
        AllianceOptions options = options(THREE);
        String hash = StudyHash.of(THREE, options);
        assertThat(StudyHash.of(TestScenarios.threePartners(), options)).isEqualTo(hash);
        List<Plant> plants = new ArrayList<>(THREE.plants());
        Plant first = plants.get(0);
        plants.set(0, first.withCapacity(first.capacityUnitsPerYear() + 1));
        assertThat(StudyHash.of(THREE.toBuilder().plants(plants).build(), options))
                .isNotEqualTo(hash);
        assertThat(StudyHash.of(THREE, options.withThreads(1))).isEqualTo(hash);
        assertThat(StudyHash.of(THREE, options.withBreakEvenTolerance(0.1))).isNotEqualTo(hash);
    }

    @Test
    void withoutCandidatesEveryGroupOfTwoOrMoreIsCompared() {
        Scenario open = THREE.toBuilder().candidateCoalitions(List.of()).build();
        assertThat(StudyPlan.alliancesOf(open))
                .extracting(c -> c.coalitionId())
                .containsExactly("A+B", "A+C", "B+C", "A+B+C");
        List<Partner> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add(new Partner("P" + i, "Partner " + i, "AA", "USD"));
        }
        assertThatThrownBy(() ->
                        StudyPlan.alliancesOf(open.toBuilder().partners(eleven).build()))
                .hasMessageContaining("11 partners")
                .hasMessageContaining("2036 coalitions");
    }

    private static double profit(AllianceStudyResult result, List<String> members) {
        if (members.size() == 1) {
            return result.standaloneOf(members.get(0)).orElseThrow().value();
        }
        return result.coalition(members).orElseThrow().footprint().plan().profit();
    }

    /** Every non-empty proper subset holding the first member: each split in two once. */
    private static List<List<String>> splitsInTwo(List<String> members) {
        List<List<String>> parts = new ArrayList<>();
        for (int mask = 1; mask < (1 << members.size()) - 1; mask++) {
            if ((mask & 1) == 0) {
                continue;
            }
            List<String> part = new ArrayList<>();
            for (int i = 0; i < members.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    part.add(members.get(i));
                }
            }
            parts.add(part);
        }
        return parts;
    }
}
