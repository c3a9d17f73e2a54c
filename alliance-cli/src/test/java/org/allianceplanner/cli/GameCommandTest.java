package org.allianceplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GameCommandTest {
    /** Aumann's (2010) 4-player game, rows shuffled and players written in any order. */
    private static final String AUMANN =
            """
            coalition,value
            Renault+Nissan+Mitsubishi+Tesla,120
            Renault,120
            Nissan,60
            Mitsubishi,40
            Tesla,30
            Nissan+Renault,120
            Renault+Mitsubishi,120
            Renault+Tesla,120
            Nissan+Mitsubishi,60
            Nissan+Tesla,60
            Mitsubishi+Tesla,40
            Renault+Nissan+Mitsubishi,120
            Renault+Nissan+Tesla,120
            Renault+Mitsubishi+Tesla,120
            Nissan+Mitsubishi+Tesla,60
            """;

    @TempDir
    Path work;

    @Test
    void printsShapleyAndProportionalSplitsOfAumannGame() throws IOException {
        Path file = write("aumann.csv", AUMANN);

        CliRun run = CliRun.of("game", file.toString());

        assertThat(run.exitCode).as(run.err).isZero();
        // Shapley (Aumann 2010): 485/6, 125/6, 65/6, 15/2. Proportional by hand: 120 · v(i) / 250.
        // The core is empty (Renault alone earns all of v(N)), so no split is in it.
        assertThat(run.out.lines())
                .startsWith("method,player,value,in_core")
                .contains(
                        "shapley,Renault,80.833333,false",
                        "shapley,Nissan,20.833333,false",
                        "shapley,Mitsubishi,10.833333,false",
                        "shapley,Tesla,7.5,false",
                        "proportional,Renault,57.6,false",
                        "proportional,Nissan,28.8,false",
                        "proportional,Mitsubishi,19.2,false",
                        "proportional,Tesla,14.4,false");
        // Standalone values add up to 250 > v(N) = 120: no imputation, no surplus to bargain over.
        assertThat(run.out).doesNotContain("nucleolus,").doesNotContain("nash,");
        assertThat(run.err)
                .contains("the core is empty")
                .contains("nucleolus: Not defined")
                .contains("nash: Not defined")
                .contains("shapley: not in the core; ");
    }

    @Test
    void splitsCostGameWithBargainingPowers() throws IOException {
        // Costs 10 alone and 16 together: a saving of 4, split 3:1 by power → A pays 7, B pays 9.
        Path file = write("costs.csv", "coalition,value\nA,10\nB,10\nA+B,16\n");

        CliRun run = CliRun.of("game", file.toString(), "--kind", "cost", "--power", "A=3,B=1");

        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(run.out.lines()).contains("nash,A,7,true", "nash,B,9,true", "shapley,A,8,true");
        assertThat(run.err).contains("least-core value: -2 (the core is not empty)");
    }

    @Test
    void namesRowAndColumnOfEveryProblem() throws IOException {
        Path file = write("bad.csv", "coalition,value\nA,1\nB,x\nB+A,3\nA+B,4\n");

        CliRun run = CliRun.of("game", file.toString());

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.out).isEmpty();
        assertThat(run.err)
                .contains("has 2 problems; nothing was used")
                .contains("bad.csv, row 3, column value: \"x\" is not a number.")
                .contains("bad.csv, row 5, column coalition: \"A+B\" is the same coalition as row 4")
                .doesNotContain("Exception");
    }

    @Test
    void refusesUnknownPlayerInPowersWithAHint() throws IOException {
        Path file = write("costs.csv", "coalition,value\nNissan,10\nTesla,10\nNissan+Tesla,16\n");

        CliRun run = CliRun.of("game", file.toString(), "--power", "Nisan=2");

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).contains("--power names Nisan, who is not a player").contains("Maybe Nissan?");
    }

    @Test
    void refusesUnknownKind() throws IOException {
        Path file = write("costs.csv", "coalition,value\nA,10\nB,10\nA+B,16\n");

        CliRun run = CliRun.of("game", file.toString(), "--kind", "loss");

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).contains("--kind must be profit or cost, not \"loss\".");
    }

    private Path write(String name, String text) throws IOException {
        Path file = work.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
