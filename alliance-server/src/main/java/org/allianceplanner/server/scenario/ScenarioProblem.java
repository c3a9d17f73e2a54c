package org.allianceplanner.server.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.allianceplanner.io.Problem;
import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with an uploaded scenario, as the API reports it: every member is present (null
 * when it does not apply), so that a client can lay the problems out as a table.
 *
 * @param row 1-based row as Excel or a text editor shows it (the header is row 1); 0 for a whole file
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ScenarioProblem(
        String file,
        @Nullable String sheet,
        int row,
        @Nullable String column,
        @Nullable String columnLetter,
        @Nullable String value,
        String rule,
        @Nullable String hint) {
    static ScenarioProblem of(Problem problem) {
        return new ScenarioProblem(
                problem.file(),
                problem.sheet(),
                problem.row(),
                problem.column(),
                problem.columnLetter(),
                problem.value(),
                problem.rule(),
                problem.hint());
    }
}
