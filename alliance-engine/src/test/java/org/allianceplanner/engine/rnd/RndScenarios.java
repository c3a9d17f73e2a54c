package org.allianceplanner.engine.rnd;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
import org.allianceplanner.model.validation.ScenarioValidator;
import org.allianceplanner.testkit.TestScenarios;

/** Small R&D scenarios with answers worked out by hand or by brute force. */
final class RndScenarios {
    private RndScenarios() {}

    /**
     * A's program has two parallel 5-month tasks each needing 2 of A's 2 teams of skill X, so alone
     * they run one after the other (10 months). B has 3 idle X teams: borrowing 2 costs 2 / (1 − f)
     * of them, which fits while f ≤ 1/3, and then the program takes 5 months.
     */
    static Scenario borrowing() {
        return TestScenarios.twoPartners().toBuilder()
                .rndPrograms(List.of(new RndProgram("A-P", "A", "Parallel work", 1_000_000)))
                .rndTasks(List.of(
                        new RndTask("A-P", "T1", "First half", 5, List.of(), null),
                        new RndTask("A-P", "T2", "Second half", 5, List.of(), null)))
                .rndTaskNeeds(List.of(new RndTaskNeed("A-P", "T1", "X", 2), new RndTaskNeed("A-P", "T2", "X", 2)))
                .rndTeams(List.of(new RndTeam("A", "X", 2), new RndTeam("B", "X", 3)))
                .frictions(List.of(new Friction("A", "B", 0.3)))
                .build();
    }

    /**
     * A random valid scenario of 2 or 3 partners with 1–2 programs each, 2–5 tasks per program,
     * skills X and Y, and share keys K1 (3 months) and K2 (2 months) on some tasks (each at most once
     * per partner).
     */
    static Scenario random(long seed) {
        Random random = new Random(seed);
        Scenario base = TestScenarios.threePartners();
        int partnerCount = 2 + random.nextInt(2);
        List<String> partners = List.of("A", "B", "C").subList(0, partnerCount);
        List<RndProgram> programs = new ArrayList<>();
        List<RndTask> tasks = new ArrayList<>();
        List<RndTaskNeed> needs = new ArrayList<>();
        List<RndTeam> teams = new ArrayList<>();
        for (String partner : partners) {
            teams.add(new RndTeam(partner, "X", 2 + random.nextInt(2)));
            teams.add(new RndTeam(partner, "Y", 1 + random.nextInt(3)));
            Set<String> keysUsed = new HashSet<>();
            int programCount = 1 + random.nextInt(2);
            for (int p = 0; p < programCount; p++) {
                String programId = partner + "-P" + p;
                programs.add(new RndProgram(programId, partner, "Program " + programId, 1 + random.nextInt(5)));
                int taskCount = 2 + random.nextInt(4);
                for (int t = 0; t < taskCount; t++) {
                    String shareKey = random.nextInt(3) == 0 ? (random.nextBoolean() ? "K1" : "K2") : null;
                    int duration = shareKey == null ? 1 + random.nextInt(4) : shareKey.equals("K1") ? 3 : 2;
                    if (shareKey != null && !keysUsed.add(shareKey)) {
                        shareKey = null; // a partner has each key at most once
                    }
                    List<String> predecessors = new ArrayList<>();
                    for (int earlier = 0; earlier < t; earlier++) {
                        if (random.nextInt(3) == 0) {
                            predecessors.add("T" + earlier);
                        }
                    }
                    tasks.add(new RndTask(programId, "T" + t, "Task " + t, duration, predecessors, shareKey));
                    needs.add(new RndTaskNeed(programId, "T" + t, "X", 1 + random.nextInt(2)));
                    if (random.nextBoolean()) {
                        needs.add(new RndTaskNeed(programId, "T" + t, "Y", 1));
                    }
                }
            }
        }
        List<Friction> frictions = new ArrayList<>();
        for (int a = 0; a < partnerCount; a++) {
            for (int b = a + 1; b < partnerCount; b++) {
                frictions.add(new Friction(partners.get(a), partners.get(b), random.nextInt(5) / 4.0));
            }
        }
        Scenario scenario = base.toBuilder()
                .rndPrograms(programs)
                .rndTasks(tasks)
                .rndTaskNeeds(needs)
                .rndTeams(teams)
                .frictions(frictions)
                .candidateCoalitions(List.of(new CandidateCoalition("all", partners)))
                .build();
        var findings = ScenarioValidator.validate(scenario);
        if (!findings.isEmpty()) {
            throw new IllegalStateException("Random scenario " + seed + " is invalid: " + findings);
        }
        return scenario;
    }

    static List<String> partnersOf(Scenario scenario) {
        return scenario.candidateCoalitions().get(0).partnerIds();
    }

    static List<String> partnerIds(Scenario scenario) {
        return scenario.partners().stream().map(Partner::partnerId).toList();
    }
}
