package org.allianceplanner.app;

import java.util.List;
import java.util.stream.Collectors;

/** A study request with options that cannot be planned; every problem at once, each naming its option. */
public final class StudyRequestException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /**
     * One option's problem.
     *
     * @param option the option, as {@link StudyRequest}'s component is named (e.g. {@code timeLimitSeconds})
     * @param message what is wrong, in words that name the option ("The time limit must be …")
     */
    public record Problem(String option, String message) {}

    private final transient List<Problem> problems;

    StudyRequestException(List<Problem> problems) {
        super(problems.stream().map(Problem::message).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in the order of the request's options. */
    public List<Problem> problems() {
        return problems;
    }
}
