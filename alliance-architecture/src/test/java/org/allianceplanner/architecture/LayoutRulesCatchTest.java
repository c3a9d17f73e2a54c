package org.allianceplanner.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.allianceplanner.architecture.fixture.io.SolvingReader;
import org.allianceplanner.architecture.fixture.model.PlanWithSolver;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@link LayoutTest} fail when the layout is broken: the same rules, rooted at {@code
 * fixture}, on a few classes that break them ({@code fixture.model} using {@code fixture.engine},
 * {@code fixture.io} using OR-Tools) and one that keeps to them ({@code fixture.engine}).
 */
class LayoutRulesCatchTest {
    private static final String ROOT = "org.allianceplanner.architecture.fixture";
    private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages(ROOT);

    @Test
    void catchesTheModelUsingTheEngine() {
        EvaluationResult result =
                HouseRules.mayUseOnly(ROOT, HouseRules.MODULES.get(0)).evaluate(FIXTURES);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString())
                .contains("DESIGN.md §4: alliance-model may use only the JDK")
                .contains(PlanWithSolver.class.getName());
    }

    @Test
    void catchesTheModelUsingAnythingButTheJdkAndJSpecify() {
        EvaluationResult result =
                HouseRules.modelUsesOnlyTheJdkAndJSpecify(ROOT).evaluate(FIXTURES);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains(PlanWithSolver.class.getName());
    }

    @Test
    void catchesOrToolsOutsideTheEngine() {
        EvaluationResult result = HouseRules.libraryOnlyIn(ROOT, "com.google.ortools..", "OR-Tools", "engine")
                .evaluate(FIXTURES);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .singleElement()
                .asString()
                .contains(SolvingReader.class.getName());
    }

    @Test
    void letsTheEngineUseTheModelAndOrTools() {
        EvaluationResult result =
                HouseRules.mayUseOnly(ROOT, HouseRules.MODULES.get(2)).evaluate(FIXTURES);

        assertThat(result.hasViolation()).isFalse();
    }
}
