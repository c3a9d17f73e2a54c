package org.allianceplanner.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.EnumSet;
import java.util.Map;
import org.allianceplanner.engine.alliance.AllianceOptions;
import org.allianceplanner.engine.solver.MipSolver;
import org.allianceplanner.model.scenario.Scenario;
import org.allianceplanner.testkit.TestScenarios;
import org.junit.jupiter.api.Test;

class StudyRequestTest {
    private static final Scenario TWO = TestScenarios.twoPartners();

    @Test
    void reportsEveryOptionOutOfRangeAtOnceNamingEachInWords() {
        StudyRequestException refused = catchThrowableOfType(
                () -> StudyRequest.builder()
                        .timeLimitSeconds(0.0)
                        .relativeGap(0.6)
                        .friction(-0.1)
                        .breakEvenTolerance(1)
                        .threads(0)
                        .bargainingPowers(Map.of("A", -2.0))
                        .samples(1)
                        .build(),
                StudyRequestException.class);

        assertThat(refused.problems())
                .extracting(StudyRequestException.Problem::option)
                .containsExactly(
                        "timeLimitSeconds",
                        "relativeGap",
                        "friction",
                        "breakEvenTolerance",
                        "threads",
                        "bargainingPowers",
                        "samples");
        assertThat(refused.problems().get(0).message())
                .isEqualTo("The time limit must be above 0 and at most 86,400 seconds, not 0.");
        assertThat(refused.problems().get(1).message())
                .isEqualTo("The relative gap must be from 0 to 0.5, e.g. 0.001, not 0.6.");
        assertThat(refused.getMessage()).doesNotContain("--").doesNotContain("relativeGap");
    }

    @Test
    void refusesABargainingPowerForSomeoneWhoIsNotAPartner() {
        StudyRequest request =
                StudyRequest.builder().bargainingPowers(Map.of("Z", 2.0)).build();

        StudyRequestException refused = catchThrowableOfType(() -> request.options(TWO), StudyRequestException.class);

        assertThat(refused.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.option()).isEqualTo("bargainingPowers");
            assertThat(problem.message()).contains("names Z, who is not a partner", "[A, B]");
        });
    }

    @Test
    void overridesTheScenariosSolverSettingsOnlyWhereAsked() {
        AllianceOptions defaults = StudyRequest.builder().build().options(TWO);
        assertThat(defaults.footprint().timeLimitSeconds())
                .isEqualTo(TWO.settings().solver().timeLimitSeconds());
        assertThat(defaults.levers()).containsExactly("footprint", "sourcing", "rnd");
        assertThat(defaults.breakEvenTolerance()).isEqualTo(StudyRequest.DEFAULT_BREAK_EVEN_TOLERANCE);

        AllianceOptions asked = StudyRequest.builder()
                .levers(EnumSet.of(Lever.SOURCING))
                .solver(MipSolver.SCIP)
                .timeLimitSeconds(7.0)
                .rndTimeLimitSeconds(3.0)
                .threads(3)
                .build()
                .options(TWO);
        assertThat(asked.levers()).as("the footprint lever always runs").containsExactly("footprint", "sourcing");
        assertThat(asked.rnd()).isNull();
        assertThat(asked.breakEvenTolerance())
                .as("no R&D, no break-even search")
                .isZero();
        assertThat(asked.footprint().solver()).isEqualTo(MipSolver.SCIP);
        assertThat(asked.footprint().timeLimitSeconds()).isEqualTo(7.0);
        assertThat(asked.threads()).isEqualTo(3);

        AllianceOptions rnd = StudyRequest.builder()
                .timeLimitSeconds(7.0)
                .rndTimeLimitSeconds(3.0)
                .searchBreakEven(false)
                .build()
                .options(TWO);
        assertThat(rnd.rnd()).isNotNull();
        assertThat(rnd.rnd().timeLimitSeconds()).isEqualTo(3.0);
        assertThat(rnd.sourcing().timeLimitSeconds()).isEqualTo(7.0);
        assertThat(rnd.breakEvenTolerance()).isZero();
    }

    @Test
    void aRequestSurvivesItsBuilderUnchanged() {
        StudyRequest request = StudyRequest.builder()
                .levers(EnumSet.of(Lever.RND))
                .friction(0.4)
                .bargainingPowers(Map.of("A", 2.0))
                .seed(9L)
                .build();
        assertThat(request.toBuilder().build()).isEqualTo(request);
    }
}
