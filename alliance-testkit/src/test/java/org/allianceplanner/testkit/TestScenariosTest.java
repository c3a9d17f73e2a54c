package org.allianceplanner.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.stream.Stream;
import org.allianceplanner.model.partner.CandidateCoalition;
import org.allianceplanner.model.partner.Partner;
import org.allianceplanner.model.plant.LineStatus;
import org.allianceplanner.model.plant.PlatformLine;
import org.allianceplanner.model.rnd.RndTask;
import org.allianceplanner.model.scenario.Scenario;
import org.allianceplanner.model.validation.ScenarioValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TestScenariosTest {
    static Stream<Scenario> scenarios() {
        return Stream.of(TestScenarios.twoPartners(), TestScenarios.threePartners());
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void everyTestScenarioValidatesWithoutViolations(Scenario scenario) {
        assertThat(ScenarioValidator.validate(scenario)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void everyTableOfEveryTestScenarioHasRows(Scenario scenario) throws ReflectiveOperationException {
        for (RecordComponent component : Scenario.class.getRecordComponents()) {
            if (component.getType() == List.class) {
                assertThat((List<?>) component.getAccessor().invoke(scenario))
                        .as(component.getName())
                        .isNotEmpty();
            }
        }
    }

    @Test
    void eachCallBuildsAnEqualScenario() {
        assertThat(TestScenarios.twoPartners()).isEqualTo(TestScenarios.twoPartners());
        assertThat(TestScenarios.threePartners()).isEqualTo(TestScenarios.threePartners());
    }

    @Test
    void threePartnersAddsPartnerCAndEveryCoalitionOfTwoOrMore() {
        Scenario three = TestScenarios.threePartners();

        assertThat(three.partners()).extracting(Partner::partnerId).containsExactly("A", "B", "C");
        assertThat(three.candidateCoalitions())
                .extracting(CandidateCoalition::partnerIds)
                .containsExactlyInAnyOrder(
                        List.of("A", "B"), List.of("A", "C"), List.of("B", "C"), List.of("A", "B", "C"));
        assertThat(three.plants()).containsAll(TestScenarios.twoPartners().plants());
    }

    @Test
    void twoPartnersOffersAJointLineForAsPlatformAtBsPlant() {
        assertThat(TestScenarios.twoPartners().platformLines())
                .filteredOn(line -> line.status() == LineStatus.POSSIBLE)
                .extracting(PlatformLine::plantId, PlatformLine::platformId)
                .containsExactly(tuple("B-P2", "A-EV"));
    }

    @Test
    void everyProgramOfThreePartnersHasATaskWithTheSharedBatteryKey() {
        assertThat(TestScenarios.threePartners().rndTasks())
                .filteredOn(task -> "battery".equals(task.shareKey()))
                .extracting(RndTask::programId)
                .containsExactly("A-NEXT", "B-NEXT", "C-NEXT");
    }
}
