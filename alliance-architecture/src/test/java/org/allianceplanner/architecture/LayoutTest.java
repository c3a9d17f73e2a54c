package org.allianceplanner.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every module's main classes (not tests) against DESIGN.md §4, one test per rule. */
class LayoutTest {
    private static final String ROOT = "org.allianceplanner";
    private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void seesTheMainClassesOfEveryModuleBuiltSoFar() {
        // Without this, a rule could pass because the import found nothing to check.
        Set<String> modules = MAIN_CLASSES.stream()
                .map(JavaClass::getPackageName)
                .filter(name -> name.startsWith(ROOT + "."))
                .map(name -> name.substring(ROOT.length() + 1).split("\\.")[0])
                .collect(Collectors.toSet());

        assertThat(modules).contains("model", "io", "engine", "report", "app", "cli", "server", "bench", "testkit");
        assertThat(MAIN_CLASSES.stream().map(JavaClass::getSimpleName)).doesNotContain("LayoutTest");
    }

    @TestFactory
    Stream<DynamicTest> everyModuleKeepsToItsRowOfTheTable() {
        return HouseRules.all(ROOT).stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> check(rule)));
    }

    private static void check(ArchRule rule) {
        rule.check(MAIN_CLASSES);
    }
}
