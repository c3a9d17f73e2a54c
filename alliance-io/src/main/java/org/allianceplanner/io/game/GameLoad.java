package org.allianceplanner.io.game;

import java.util.List;
import org.allianceplanner.io.Problem;
import org.allianceplanner.model.game.CooperativeGame;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of reading a game: either a game that passed every check, or every problem found. A game
 * with any problem is never handed out.
 *
 * @param game the game, or null when there are problems
 * @param problems every problem found, in row order (whole-file problems last); empty when valid
 */
public record GameLoad(@Nullable CooperativeGame game, List<Problem> problems) {
    public GameLoad {
        problems = List.copyOf(problems);
        if ((game == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("A game load has either a game or problems, not both or neither.");
        }
    }

    /** Whether the game passed every check. */
    public boolean isValid() {
        return game != null;
    }
}
