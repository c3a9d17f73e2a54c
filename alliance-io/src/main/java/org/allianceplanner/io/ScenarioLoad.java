package org.allianceplanner.io;

import java.util.List;
import java.util.stream.Collectors;
import org.allianceplanner.model.scenario.Scenario;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of reading a scenario: either a scenario that passed every check, or the list of every
 * problem found. A scenario with any problem is never handed out. Immutable.
 */
public final class ScenarioLoad {
    private final @Nullable Scenario scenario;
    private final List<Problem> problems;
    private final ScenarioNotes notes;

    private ScenarioLoad(@Nullable Scenario scenario, List<Problem> problems, ScenarioNotes notes) {
        this.scenario = scenario;
        this.problems = List.copyOf(problems);
        this.notes = notes;
    }

    /** A scenario that passed every check, without comment columns. */
    public static ScenarioLoad valid(Scenario scenario) {
        return valid(scenario, ScenarioNotes.NONE);
    }

    /** A scenario that passed every check, with the comment columns of its files. */
    public static ScenarioLoad valid(Scenario scenario, ScenarioNotes notes) {
        return new ScenarioLoad(scenario, List.of(), notes);
    }

    /** A scenario rejected for {@code problems} (at least one). */
    public static ScenarioLoad rejected(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A rejected scenario needs at least one problem.");
        }
        return new ScenarioLoad(null, problems, ScenarioNotes.NONE);
    }

    /** Whether the scenario passed every check. */
    public boolean isValid() {
        return scenario != null;
    }

    /** Every problem found, in table and row order; empty when valid. */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * The comment columns ({@code #source}, {@code #note} …) of the scenario's tables, for writing the
     * scenario again without losing them; none when rejected.
     */
    public ScenarioNotes notes() {
        return notes;
    }

    /**
     * The scenario.
     *
     * @throws InvalidScenarioException when it was rejected; the message lists every problem
     */
    public Scenario scenario() {
        if (scenario == null) {
            throw new InvalidScenarioException(problems);
        }
        return scenario;
    }

    /** Thrown when a rejected scenario is asked for; carries every problem. */
    public static final class InvalidScenarioException extends RuntimeException {
        private final transient List<Problem> problems;

        InvalidScenarioException(List<Problem> problems) {
            super(problems.size() + " problem(s) in the scenario:\n"
                    + problems.stream().map(Problem::describe).collect(Collectors.joining("\n")));
            this.problems = problems;
        }

        /** Every problem found. */
        public List<Problem> problems() {
            return problems;
        }
    }
}
