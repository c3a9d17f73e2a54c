package org.allianceplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.allianceplanner.engine.footprint.FootprintLever;
import org.allianceplanner.engine.footprint.FootprintOptions;
import org.allianceplanner.engine.sourcing.PartNeeds;
import org.allianceplanner.engine.sourcing.SourcingLever;
import org.allianceplanner.engine.sourcing.SourcingOptions;
import org.allianceplanner.io.ScenarioFiles;
import org.allianceplanner.model.footprint.FootprintPlan;
import org.allianceplanner.model.partner.CandidateCoalition;
import org.allianceplanner.model.partner.Partner;
import org.allianceplanner.model.scenario.Scenario;
import org.allianceplanner.model.sourcing.plan.CoalitionSourcing;
import org.allianceplanner.testkit.RandomScenarios;
import org.allianceplanner.testkit.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {
    @TempDir
    Path work;

    @Test
    void printsTheSynergyTheEngineFinds() {
        Scenario scenario = TestScenarios.twoPartners();
        Path folder = work.resolve("two");
        ScenarioFiles.write(scenario, folder);
        FootprintOptions options = FootprintOptions.from(scenario.settings().solver());
        FootprintPlan alpha = FootprintLever.plan(scenario, List.of("A"), options);
        FootprintPlan beta = FootprintLever.plan(scenario, List.of("B"), options);
        FootprintPlan joint = FootprintLever.plan(scenario, List.of("A", "B"), options, List.of(alpha, beta));

        CliRun run = CliRun.of("plan", folder.toString(), "--no-cache");

        assertThat(run.exitCode).as(run.err).isZero();
        String synergy = signedMillions(joint.profit() - alpha.profit() - beta.profit());
        assertThat(run.out)
                .containsPattern("Alpha Motors\\s+" + millions(alpha.profit()).replace(".", "\\.") + " ")
                .containsPattern("Alpha Motors \\+ Beta Auto\\s+[0-9,.]+\\s+[0-9,.]+\\s+"
                        + synergy.replace("+", "\\+").replace(".", "\\.") + " ")
                .contains("opens the Alpha EV platform line at Beta Low-cost: 20,000 vehicles a year, ready after 12"
                        + " months")
                .contains("Alpha Motors vehicles sold through Beta Auto dealers");
        assertThat(run.err).contains("planned 2 partners alone and 1 coalitions with footprint, sourcing, rnd");
        // Two partners in the same position: the Shapley value gives each half the gain.
        String half = String.format(
                java.util.Locale.ROOT,
                "%,.1f",
                (joint.profit()
                                - alpha.profit()
                                - beta.profit()
                                + SourcingLever.compare(
                                                scenario,
                                                List.of("A", "B"),
                                                PartNeeds.of(scenario, joint),
                                                SourcingOptions.from(
                                                        scenario.settings().solver()))
                                        .saving())
                        / 2e6);
        assertThat(run.out)
                .containsPattern("shapley\\s+" + half.replace(".", "\\.") + "\\s+" + half.replace(".", "\\.")
                        + "\\s+yes, in the core");
    }

    @Test
    void refusesAnOutThatIsAnExistingFileBeforePlanningAndLeavesItAlone() throws java.io.IOException {
        Path folder = work.resolve("two");
        ScenarioFiles.write(TestScenarios.twoPartners(), folder);
        Path file = work.resolve("notes.txt");
        java.nio.file.Files.writeString(file, "mine");

        CliRun run =
                CliRun.of("plan", folder.toString(), "--no-cache", "--levers", "footprint", "--out", file.toString());

        assertThat(run.exitCode).as(run.err).isEqualTo(1);
        assertThat(run.err)
                .contains("alliance: cannot write the report to "
                        + file.toAbsolutePath().normalize() + ": it is a file")
                .contains("Maybe give --out the name of a new folder")
                .doesNotContain("planned")
                .doesNotContain("Exception");
        assertThat(run.out).isEmpty();
        assertThat(file).hasContent("mine");
    }

    @Test
    void printsWhatPoolingThePartsSavesEachPartner() {
        Scenario scenario = TestScenarios.twoPartners();
        Path folder = work.resolve("two");
        ScenarioFiles.write(scenario, folder);
        FootprintOptions options = FootprintOptions.from(scenario.settings().solver());
        FootprintPlan joint = FootprintLever.plan(scenario, List.of("A", "B"), options);
        CoalitionSourcing pooled = SourcingLever.compare(
                scenario,
                List.of("A", "B"),
                PartNeeds.of(scenario, joint),
                SourcingOptions.from(scenario.settings().solver()));
        assertThat(pooled.saving()).isPositive();

        CliRun run = CliRun.of("plan", folder.toString(), "--levers", "sourcing", "--no-cache");

        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(run.err)
                .contains("every lever builds on the footprint plans")
                .contains("planned 2 partners alone and 1 coalitions with footprint, sourcing");
        assertThat(run.out)
                .containsPattern("Alpha Motors \\+ Beta Auto\\s+"
                        + millions(pooled.separate().cost().total()).replace(".", "\\.") + "\\s+"
                        + millions(pooled.pooled().cost().total()).replace(".", "\\.") + "\\s+"
                        + signedMillions(pooled.saving()).replace("+", "\\+").replace(".", "\\.")
                        + " ")
                .contains("Tiers the pooled volume reaches for a member that its own volume did not:")
                .contains("from Drivetech: the tier from 100,000 at USD 700.00 per piece, the top tier.")
                .contains("Alpha Motors and Beta Auto replace Alpha drive unit by Beta drive unit");
    }

    @Test
    void beyondTenPartnersEstimatesEachPartnersShapleyShareFromRandomOrders() {
        Scenario random = RandomScenarios.footprint(3, 11);
        Scenario eleven = random.toBuilder()
                .candidateCoalitions(List.of(new CandidateCoalition(
                        "all",
                        random.partners().stream().map(Partner::partnerId).toList())))
                .build();
        Path folder = work.resolve("eleven");
        ScenarioFiles.write(eleven, folder);

        CliRun run = CliRun.of("plan", folder.toString(), "--levers", "footprint", "--samples", "6", "--no-cache");

        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(run.err)
                .contains("11 partners: planning all 2,036 coalitions is too many")
                .contains("estimated from 6 random orders");
        Matcher synergy = Pattern.compile("All 11 partners together: synergy ([0-9,.-]+) M")
                .matcher(run.out);
        assertThat(synergy.find()).as(run.out).isTrue();
        // Every order's marginal contributions add up to the whole gain, so the shares do too.
        Matcher row = Pattern.compile("(?m)^  Partner \\d+\\s+[0-9,.-]+\\s+([0-9,.-]+)\\s+[0-9,.]+$")
                .matcher(run.out);
        double shares = 0;
        int rows = 0;
        while (row.find()) {
            shares += Double.parseDouble(row.group(1).replace(",", ""));
            rows++;
        }
        assertThat(rows).isEqualTo(11);
        assertThat(shares).isCloseTo(Double.parseDouble(synergy.group(1).replace(",", "")), within(0.05 * 12));
    }

    @Test
    void aPartnerWithoutAFootprintPlanInTimeStopsTheStudyWithAMessageNotZeros() {
        // Too large to presolve in the millisecond HiGHS gets.
        Scenario scenario = RandomScenarios.largerFootprint(1);
        Path folder = work.resolve("large");
        ScenarioFiles.write(scenario, folder);

        CliRun run =
                CliRun.of("plan", folder.toString(), "--levers", "footprint", "--time-limit", "0.000001", "--no-cache");

        assertThat(run.exitCode).as(run.out).isEqualTo(1);
        assertThat(run.err)
                .containsPattern(
                        "No footprint plan of Partner \\d+ alone was found within the time limit of" + " 0.000001 s")
                .contains("Maybe give each plan more time (a longer time limit).")
                .doesNotContain("Exception");
        assertThat(run.out).doesNotContain("Candidate alliances compared");
    }

    @Test
    void rejectsAnUnknownLeverAsWrongUsage() {
        Path folder = work.resolve("two");
        ScenarioFiles.write(TestScenarios.twoPartners(), folder);

        CliRun run = CliRun.of("plan", folder.toString(), "--levers", "footprint,magic");

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).contains("Unknown lever 'magic'");
    }

    @Test
    void rejectsATimeLimitOfZeroSecondsInWords() {
        Path folder = work.resolve("two");
        ScenarioFiles.write(TestScenarios.twoPartners(), folder);

        CliRun run = CliRun.of("plan", folder.toString(), "--time-limit", "0", "--no-cache");

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err)
                .contains("--time-limit: The time limit must be above 0 and at most 86,400 seconds, not 0.")
                .doesNotContain("timeLimitSeconds");
    }

    @Test
    void saysWhichLeversWereNotPlannedAndWhichOptionsItIgnored() {
        Path folder = work.resolve("two");
        ScenarioFiles.write(TestScenarios.twoPartners(), folder);

        CliRun run = CliRun.of("plan", folder.toString(), "--levers", "footprint", "--friction", "0.2", "--no-cache");
        CliRun rnd = CliRun.of(
                "plan",
                folder.toString(),
                "--levers",
                "rnd",
                "--friction",
                "0.5",
                "--no-break-even-friction",
                "--no-cache");

        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(run.err).contains("--friction only change the R&D lever, which is not planned here");
        assertThat(run.out).containsPattern("\\s+not planned\\s+not planned\\s+");
        assertThat(rnd.exitCode).as(rnd.err).isZero();
        assertThat(rnd.err).doesNotContain("only change the R&D lever");
        assertThat(rnd.out)
                .contains("Friction 0.5 between every pair of members (--friction), not the scenario's friction table.")
                .containsPattern("\\s+not planned\\s+[0-9,.+-]+\\s+");
    }

    /** Millions with one decimal, as the console report prints them. */
    private static String millions(double amount) {
        return String.format(Locale.ROOT, "%,.1f", amount / 1e6);
    }

    /** Signed millions with one decimal, as the console report prints a synergy. */
    private static String signedMillions(double amount) {
        double rounded = Math.round(amount / 1e5) / 10.0;
        return String.format(Locale.ROOT, "%+,.1f", rounded == 0 ? 0.0 : rounded);
    }
}
