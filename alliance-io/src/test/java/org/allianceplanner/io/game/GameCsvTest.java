package org.allianceplanner.io.game;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.allianceplanner.io.Problem;
import org.allianceplanner.model.game.CooperativeGame;
import org.allianceplanner.model.game.GameKind;
import org.junit.jupiter.api.Test;

class GameCsvTest {
    private static List<String> problems(String text) {
        GameLoad load = GameCsv.parse("game.csv", text, GameKind.PROFIT);
        assertThat(load.isValid()).isFalse();
        return load.problems().stream().map(Problem::describe).toList();
    }

    @Test
    void readsCoalitionsInAnyOrderOfRowsAndPlayers() {
        String text = "coalition,value\n" + "Tesla+Nissan,10\n" + "Nissan,2\n" + "\n" + "Tesla,3.5\n";
        GameLoad load = GameCsv.parse("game.csv", text, GameKind.COST);

        assertThat(load.problems()).isEmpty();
        CooperativeGame game = load.game();
        assertThat(game.kind()).isEqualTo(GameKind.COST);
        // Players in order of first appearance: Tesla, Nissan.
        assertThat(game.players()).containsExactly("Tesla", "Nissan");
        assertThat(game.value(List.of("Tesla"))).isEqualTo(3.5);
        assertThat(game.value(List.of("Nissan"))).isEqualTo(2.0);
        assertThat(game.value(List.of("Nissan", "Tesla"))).isEqualTo(10.0);
    }

    @Test
    void reportsEveryProblemWithRowAndColumn() {
        String text = "coalition,value\n" + "A,1\n" + "B,abc\n" + "A+B,3\n" + "B+A,4\n" + "A++C,5\n" + "C,NaN\n";

        assertThat(problems(text))
                .containsExactly(
                        "game.csv, row 3, column value: \"abc\" is not a number.",
                        "game.csv, row 5, column coalition: \"B+A\" is the same coalition as row 4;"
                                + " each coalition has one row.",
                        "game.csv, row 6, column coalition: \"A++C\" has an empty player name; players are joined"
                                + " by +. Maybe there is a + too many, or the cell is empty.",
                        "game.csv, row 7, column value: \"NaN\": Values must be finite numbers.",
                        "game.csv: lacks 3 of the 7 coalitions of its 3 players [A, B, C]: A+C, B+C, A+B+C. Maybe a"
                                + " player name is misspelled somewhere (each spelling is a player), or add a row for"
                                + " each.");
    }

    @Test
    void rejectsWrongHeader() {
        assertThat(problems("players,value\nA,1\n"))
                .containsExactly("game.csv, row 1: \"players,value\" is not the header coalition,value. Maybe the"
                        + " first row is missing or the columns are swapped.");
    }

    @Test
    void rejectsMoreThanTwentyPlayers() {
        StringBuilder text = new StringBuilder("coalition,value\n");
        for (int i = 0; i < 21; i++) {
            text.append("P").append(i).append(",1\n");
        }
        assertThat(problems(text.toString()))
                .containsExactly("game.csv: names 21 players; a game has at most 20 (every coalition is listed).");
    }

    @Test
    void countsManyMissingCoalitionsAndListsTheFirstFew() {
        String text = "coalition,value\nA,1\nB,1\nC,1\nD,1\nE,1\n";
        assertThat(problems(text))
                .singleElement()
                .asString()
                .contains("lacks 26 of the 31 coalitions")
                .contains("A+B, A+C, B+C, A+D, B+D, C+D, A+E, B+E and 18 more.");
    }
}
