package org.allianceplanner.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * DESIGN.md §4 as ArchUnit rules: which module may use which, and which module alone may use OR-Tools,
 * Spring and Spark. A module is its package under the root ({@code org.allianceplanner.engine..} is
 * alliance-engine); the root is a parameter so that {@link LayoutRulesCatchTest} can run the same rules
 * on classes made to break them.
 */
final class HouseRules {
    /** One row of DESIGN.md §4's table: the module, its package under the root, the modules it may use. */
    record Module(String name, String packageName, List<String> mayUse) {}

    /** The table, bottom up. */
    static final List<Module> MODULES = List.of(
            new Module("alliance-model", "model", List.of()),
            new Module("alliance-io", "io", List.of("model")),
            new Module("alliance-engine", "engine", List.of("model")),
            new Module("alliance-report", "report", List.of("model")),
            new Module("alliance-cleanroom", "cleanroom", List.of("model")),
            new Module("alliance-app", "app", List.of("model", "io", "engine", "report", "cleanroom")),
            new Module("alliance-cli", "cli", List.of("model", "io", "engine", "report", "cleanroom", "app")),
            new Module("alliance-server", "server", List.of("model", "io", "engine", "report", "cleanroom", "app")),
            new Module("alliance-spark", "spark", List.of("model", "io", "engine", "report", "cleanroom", "app")),
            new Module("alliance-bench", "bench", List.of("model", "io", "engine", "report", "cleanroom", "app")),
            new Module("alliance-testkit", "testkit", List.of("model", "io")));

    /** Modules the table plans but the build does not have yet: their rules may find no classes. */
    static final Set<String> NOT_BUILT_YET = Set.of("cleanroom", "spark");

    private HouseRules() {}

    /** Every rule, for the modules under {@code root}. */
    static List<ArchRule> all(String root) {
        List<ArchRule> rules = new ArrayList<>();
        rules.add(modelUsesOnlyTheJdkAndJSpecify(root));
        for (Module module : MODULES) {
            rules.add(mayUseOnly(root, module));
        }
        rules.add(libraryOnlyIn(root, "com.google.ortools..", "OR-Tools", "engine"));
        rules.add(libraryOnlyIn(root, "org.springframework..", "Spring", "server"));
        rules.add(libraryOnlyIn(root, "org.apache.spark..", "Spark", "spark"));
        return rules;
    }

    static ArchRule modelUsesOnlyTheJdkAndJSpecify(String root) {
        return classes()
                .that()
                .resideInAPackage(root + ".model..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.jspecify..", root + ".model..")
                .because("DESIGN.md §4: alliance-model may use only the JDK and JSpecify");
    }

    static ArchRule mayUseOnly(String root, Module module) {
        List<String> forbidden = new ArrayList<>();
        for (Module other : MODULES) {
            if (!other.equals(module) && !module.mayUse().contains(other.packageName())) {
                forbidden.add(root + "." + other.packageName() + "..");
            }
        }
        ArchRule rule = noClasses()
                .that()
                .resideInAPackage(root + "." + module.packageName() + "..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(forbidden.toArray(String[]::new))
                .because("DESIGN.md §4: " + module.name() + " may use only " + describe(module.mayUse()));
        return NOT_BUILT_YET.contains(module.packageName()) ? rule.allowEmptyShould(true) : rule;
    }

    static ArchRule libraryOnlyIn(String root, String libraryPackage, String library, String packageName) {
        return noClasses()
                .that()
                .resideInAPackage(root + "..")
                .and()
                .resideOutsideOfPackage(root + "." + packageName + "..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(libraryPackage)
                .because("DESIGN.md §4: no " + library + " type leaves alliance-" + packageName);
    }

    private static String describe(List<String> packageNames) {
        if (packageNames.isEmpty()) {
            return "the JDK and its own libraries";
        }
        return String.join(
                        ", ",
                        packageNames.stream().map(name -> "alliance-" + name).toList()) + " (and its own libraries)";
    }
}
