package org.allianceplanner.io.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.allianceplanner.model.scenario.Scenario;
import org.allianceplanner.model.validation.ScenarioValidator;
import org.allianceplanner.model.vehicle.Demand;
import org.junit.jupiter.api.Test;

class SyntheticScenariosTest {
    private static final ScenarioSize SMALL = new ScenarioSize(3, 20, 30, 12, 200);

    @Test
    void generatesExactlyTheRequestedSize() {
        Scenario scenario = SyntheticScenarios.generate(SMALL, 7);

        assertThat(scenario.partners()).hasSize(3);
        assertThat(scenario.plants()).hasSize(20);
        assertThat(scenario.vehicleModels()).hasSize(30);
        assertThat(scenario.markets()).hasSize(12);
        assertThat(scenario.demands()).hasSize(200);
        assertThat(scenario.demands().stream().map(demand -> demand.modelId() + "@" + demand.marketId()))
                .doesNotHaveDuplicates();
        assertThat(scenario.demands().stream().map(Demand::modelId).distinct()).hasSize(30);
    }

    @Test
    void generatedScenariosPassEveryValidationRule() {
        assertThat(ScenarioValidator.validate(SyntheticScenarios.generate(SMALL, 7)))
                .isEmpty();
        assertThat(ScenarioValidator.validate(SyntheticScenarios.generate(new ScenarioSize(1, 1, 1, 1, 1), 3)))
                .isEmpty();
    }

    @Test
    void sameSizeAndSeedGiveTheSameScenarioAndAnotherSeedAnother() {
        assertThat(SyntheticScenarios.generate(SMALL, 7)).isEqualTo(SyntheticScenarios.generate(SMALL, 7));
        assertThat(SyntheticScenarios.generate(SMALL, 8)).isNotEqualTo(SyntheticScenarios.generate(SMALL, 7));
    }

    @Test
    void rejectsMoreDemandRecordsThanModelMarketPairs() {
        assertThatThrownBy(() -> new ScenarioSize(2, 4, 3, 2, 7))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("models × markets (6)");
    }
}
