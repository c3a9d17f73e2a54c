package org.allianceplanner.server.study;

import java.util.List;
import java.util.stream.Collectors;
import org.allianceplanner.app.StudyRequestException;

/** Study options that cannot be planned: every problem at once, each naming its option. */
public final class InvalidStudyOptions extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient List<StudyRequestException.Problem> problems;

    public InvalidStudyOptions(List<StudyRequestException.Problem> problems) {
        super(problems.stream().map(StudyRequestException.Problem::message).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, each naming its option. */
    public List<StudyRequestException.Problem> problems() {
        return problems;
    }
}
