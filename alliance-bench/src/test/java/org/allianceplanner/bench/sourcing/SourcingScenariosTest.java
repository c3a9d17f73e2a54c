package org.allianceplanner.bench.sourcing;

import static org.assertj.core.api.Assertions.assertThat;

import org.allianceplanner.model.scenario.Scenario;
import org.allianceplanner.model.sourcing.PriceTier;
import org.allianceplanner.model.validation.ScenarioValidator;
import org.junit.jupiter.api.Test;

class SourcingScenariosTest {
    private static final SourcingSize SMALL = new SourcingSize(3, 9, 200, 20, 4);

    @Test
    void generatesTheRequestedSize() {
        Scenario scenario = SourcingScenarios.generate(SMALL, 5);
        assertThat(scenario.partners()).hasSize(3);
        assertThat(scenario.plants()).hasSize(9);
        assertThat(scenario.partVariants()).hasSize(200);
        assertThat(scenario.suppliers()).hasSize(20);
        // Three suppliers per variant, four tiers each.
        assertThat(scenario.priceTiers()).hasSize(200 * 3 * 4);
        assertThat(scenario.priceTiers().stream().map(PriceTier::variantId).distinct())
                .hasSize(200);
    }

    @Test
    void generatedScenariosPassEveryValidationRule() {
        assertThat(ScenarioValidator.validate(SourcingScenarios.generate(SMALL, 5)))
                .isEmpty();
        assertThat(ScenarioValidator.validate(SourcingScenarios.generate(new SourcingSize(1, 1, 1, 2, 1), 3)))
                .isEmpty();
    }

    @Test
    void sameSizeAndSeedGiveTheSameScenario() {
        assertThat(SourcingScenarios.generate(SMALL, 5)).isEqualTo(SourcingScenarios.generate(SMALL, 5));
        assertThat(SourcingScenarios.generate(SMALL, 6)).isNotEqualTo(SourcingScenarios.generate(SMALL, 5));
    }
}
