package org.allianceplanner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.allianceplanner.io.Problem;
import org.allianceplanner.io.ScenarioLoad;

/** Prints the problems of a rejected scenario or game file, one per line. */
final class Problems {
    private Problems() {}

    static void print(Path path, ScenarioLoad load, PrintWriter err) {
        print(path, load.problems(), err);
    }

    static void print(Path path, List<Problem> problems, PrintWriter err) {
        int count = problems.size();
        err.printf("%s has %d problem%s; nothing was used:%n", path, count, count == 1 ? "" : "s");
        for (Problem problem : problems) {
            err.println("  " + problem.describe());
        }
        err.flush();
    }
}
