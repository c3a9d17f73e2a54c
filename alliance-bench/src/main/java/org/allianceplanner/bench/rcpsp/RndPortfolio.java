package org.allianceplanner.bench.rcpsp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.allianceplanner.model.partner.CandidateCoalition;
import org.allianceplanner.model.partner.Friction;
import org.allianceplanner.model.partner.Partner;
import org.allianceplanner.model.rnd.RndProgram;
import org.allianceplanner.model.rnd.RndTask;
import org.allianceplanner.model.rnd.RndTaskNeed;
import org.allianceplanner.model.rnd.RndTeam;
import org.allianceplanner.model.scenario.Scenario;
import org.allianceplanner.model.scenario.ScenarioSettings;
import org.allianceplanner.model.scenario.SolverSettings;

/**
 * A synthetic joint R&amp;D portfolio for scale runs: {@code partners} partners (USD) with {@code
 * programs} programs of {@code tasks} tasks each and {@code skills} skills. Each task lasts 1–12
 * months, waits for up to three of the ten tasks before it, and needs 1–3 teams of one or two skills;
 * each partner has 4–8 teams per skill. About one task in ten draws one of {@code tasks / 2} share
 * keys (each key with its own duration); a partner keeps only its first task with a key, so
 * programs of different partners share work and no partner has a key twice. Frictions
 * 0.3–0.5; costs of delay 1–100 million per month. The same arguments always give the same portfolio.
 */
public final class RndPortfolio {
    private RndPortfolio() {}

    /** The portfolio; all partners form the one candidate coalition {@code all}. */
    public static Scenario generate(int partners, int programs, int tasks, int skills, long seed) {
        Random random = new Random(seed);
        List<Partner> partnerRows = new ArrayList<>();
        List<RndProgram> programRows = new ArrayList<>();
        List<RndTask> taskRows = new ArrayList<>();
        List<RndTaskNeed> needRows = new ArrayList<>();
        List<RndTeam> teamRows = new ArrayList<>();
        Map<String, Integer> keyDuration = new HashMap<>();
        List<String> ids = new ArrayList<>();
        for (int p = 0; p < partners; p++) {
            String partner = "P" + (p + 1);
            ids.add(partner);
            partnerRows.add(new Partner(partner, "Partner " + (p + 1), "XX", "USD"));
            for (int s = 0; s < skills; s++) {
                teamRows.add(new RndTeam(partner, "S" + (s + 1), 4 + random.nextInt(5)));
            }
            Set<String> keysUsed = new HashSet<>();
            for (int g = 0; g < programs; g++) {
                String program = partner + "-G" + (g + 1);
                programRows.add(
                        new RndProgram(program, partner, "Program " + program, 1e6 * (1 + random.nextInt(100))));
                for (int t = 0; t < tasks; t++) {
                    String key = random.nextInt(10) == 0 ? "K" + random.nextInt(Math.max(1, tasks / 2)) : null;
                    int duration = key == null
                            ? 1 + random.nextInt(12)
                            : keyDuration.computeIfAbsent(key, k -> 1 + random.nextInt(12));
                    if (key != null && !keysUsed.add(key)) {
                        // A partner has each key at most once; the draws stay as they were.
                        key = null;
                    }
                    List<String> before = new ArrayList<>();
                    for (int k = 0, count = t == 0 ? 0 : random.nextInt(4); k < count; k++) {
                        String predecessor = "T" + Math.max(0, t - 1 - random.nextInt(10));
                        if (!before.contains(predecessor)) {
                            before.add(predecessor);
                        }
                    }
                    String task = "T" + t;
                    taskRows.add(new RndTask(program, task, "Task " + t, duration, before, key));
                    int first = random.nextInt(skills);
                    needRows.add(new RndTaskNeed(program, task, "S" + (first + 1), 1 + random.nextInt(3)));
                    if (random.nextInt(3) == 0) {
                        int second = (first + 1 + random.nextInt(skills - 1)) % skills;
                        needRows.add(new RndTaskNeed(program, task, "S" + (second + 1), 1 + random.nextInt(3)));
                    }
                }
            }
        }
        List<Friction> frictions = new ArrayList<>();
        for (int a = 0; a < partners; a++) {
            for (int b = a + 1; b < partners; b++) {
                frictions.add(new Friction(ids.get(a), ids.get(b), 0.3 + 0.1 * random.nextInt(3)));
            }
        }
        return Scenario.builder()
                .settings(new ScenarioSettings(
                        "rnd-portfolio",
                        "Synthetic joint R&D portfolio (seed " + seed + ")",
                        "USD",
                        0.4,
                        8,
                        0.08,
                        SolverSettings.DEFAULTS))
                .partners(partnerRows)
                .rndPrograms(programRows)
                .rndTasks(taskRows)
                .rndTaskNeeds(needRows)
                .rndTeams(teamRows)
                .frictions(frictions)
                .candidateCoalitions(List.of(new CandidateCoalition("all", ids)))
                .build();
    }
}
