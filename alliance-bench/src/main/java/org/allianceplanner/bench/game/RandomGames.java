package org.allianceplanner.bench.game;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Random superadditive profit games written as the {@code coalition,value} CSV that {@code alliance
 * game} reads. v(S) = Σ_{i∈S} a_i + Σ_{i<j in S} b_ij + B·[w(S) &gt; w(N)/2]: standalone values a_i in
 * [50, 150), pair synergies b_ij in [0, 10) and a weighted-majority bonus B. Each part is superadditive
 * (two disjoint coalitions cannot both hold a majority), so their sum is; the majority bonus usually
 * empties the core, so the least core is exercised too. Deterministic for a seed.
 */
public final class RandomGames {
    private RandomGames() {}

    /** Profit-form values of the game of {@code players} players, indexed by coalition mask. */
    public static double[] values(int players, long seed) {
        if (players < 1 || players > 20) {
            throw new IllegalArgumentException("A random game has 1 to 20 players, not " + players + ".");
        }
        Random random = new Random(seed);
        double[] standalone = new double[players];
        double[] weight = new double[players];
        double[][] synergy = new double[players][players];
        double totalWeight = 0;
        for (int i = 0; i < players; i++) {
            standalone[i] = 50 + 100 * random.nextDouble();
            weight[i] = 1 + random.nextInt(9);
            totalWeight += weight[i];
            for (int j = 0; j < i; j++) {
                synergy[i][j] = 10 * random.nextDouble();
                synergy[j][i] = synergy[i][j];
            }
        }
        double bonus = 40.0 * players;
        double[] values = new double[1 << players];
        double[] weightOf = new double[1 << players];
        for (int mask = 1; mask < values.length; mask++) {
            int i = Integer.numberOfTrailingZeros(mask);
            int rest = mask & (mask - 1);
            double pairs = 0;
            for (int j = i + 1; j < players; j++) {
                if ((rest & 1 << j) != 0) {
                    pairs += synergy[i][j];
                }
            }
            weightOf[mask] = weightOf[rest] + weight[i];
            values[mask] = values[rest] + standalone[i] + pairs;
        }
        for (int mask = 1; mask < values.length; mask++) {
            if (weightOf[mask] > totalWeight / 2) {
                values[mask] += bonus;
            }
        }
        // Round to cents: what a user's file would hold.
        for (int mask = 1; mask < values.length; mask++) {
            values[mask] = Math.round(values[mask] * 100) / 100.0;
        }
        return values;
    }

    /** Writes the game as a {@code coalition,value} CSV, players named P01, P02, … */
    public static void writeCsv(Path file, int players, long seed) throws IOException {
        double[] values = values(players, seed);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("coalition,value\n");
            StringBuilder line = new StringBuilder();
            for (int mask = 1; mask < values.length; mask++) {
                line.setLength(0);
                for (int i = 0; i < players; i++) {
                    if ((mask & 1 << i) != 0) {
                        if (line.length() > 0) {
                            line.append('+');
                        }
                        line.append(String.format(Locale.ROOT, "P%02d", i + 1));
                    }
                }
                line.append(',')
                        .append(String.format(Locale.ROOT, "%.2f", values[mask]))
                        .append('\n');
                out.write(line.toString());
            }
        }
    }
}
