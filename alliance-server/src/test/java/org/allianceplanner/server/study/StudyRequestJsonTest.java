package org.allianceplanner.server.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.allianceplanner.app.Lever;
import org.allianceplanner.app.StudyRequest;
import org.allianceplanner.engine.solver.MipSolver;
import org.junit.jupiter.api.Test;

/** The one JSON form of a study's options, as the API writes it and every executor reads it. */
class StudyRequestJsonTest {
    @Test
    void everyOptionSurvivesTheRoundTripAndBecomesTheSameRequestAsTheBuilderMakes() {
        StudyOptions options = new StudyOptions(
                List.of("sourcing"), "scip", 12.5, 3.0, 0.01, 2, 0.25, false, 0.05, 3, Map.of("nissan", 2.0), 40, 7L);
        String json = StudyRequestJson.write(options);
        assertThat(StudyRequestJson.read(json)).isEqualTo(options);
        StudyRequest expected = StudyRequest.builder()
                .levers(EnumSet.of(Lever.SOURCING))
                .solver(MipSolver.SCIP)
                .timeLimitSeconds(12.5)
                .rndTimeLimitSeconds(3.0)
                .relativeGap(0.01)
                .rndWorkers(2)
                .friction(0.25)
                .searchBreakEven(false)
                .breakEvenTolerance(0.05)
                .threads(3)
                .bargainingPowers(Map.of("nissan", 2.0))
                .samples(40)
                .seed(7L)
                .build();
        assertThat(StudyRequestJson.request(json)).isEqualTo(expected);
        assertThat(StudyRequestJson.request(json).levers()).containsExactlyInAnyOrder(Lever.FOOTPRINT, Lever.SOURCING);
    }

    @Test
    void leftOutOptionsTakeTheDefaultsAndNullsAreNotWritten() {
        StudyOptions none =
                new StudyOptions(null, null, null, null, null, null, null, null, null, null, null, null, null);
        assertThat(StudyRequestJson.write(none)).isEqualTo("{}");
        assertThat(StudyRequestJson.request("{}"))
                .isEqualTo(StudyRequest.builder().build());
    }

    @Test
    void everyBadOptionIsNamedAtOnce() {
        StudyOptions bad =
                new StudyOptions(List.of("teleport"), "gurobi", 0.0, null, null, 0, null, null, null, 0, null, 1, null);
        assertThatThrownBy(() -> StudyRequestJson.request(bad))
                .isInstanceOfSatisfying(InvalidStudyOptions.class, e -> assertThat(e.problems())
                        .extracting(p -> p.option())
                        .containsExactlyInAnyOrder(
                                "levers", "solver", "timeLimitSeconds", "rndWorkers", "threads", "samples"));
    }

    @Test
    void storedOptionsWithAnUnknownFieldAreRefused() {
        assertThatThrownBy(() -> StudyRequestJson.read("{\"timeLimit\": 5}"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
