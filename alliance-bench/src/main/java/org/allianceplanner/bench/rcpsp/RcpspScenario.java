package org.allianceplanner.bench.rcpsp;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.allianceplanner.model.partner.Partner;
import org.allianceplanner.model.rnd.RndProgram;
import org.allianceplanner.model.rnd.RndTask;
import org.allianceplanner.model.rnd.RndTaskNeed;
import org.allianceplanner.model.rnd.RndTeam;
import org.allianceplanner.model.scenario.Scenario;
import org.allianceplanner.model.scenario.ScenarioSettings;
import org.allianceplanner.model.scenario.SolverSettings;

/**
 * An RCPSP instance as an R&amp;D scenario of one partner with one program (cost of delay 1 per
 * period), so that the R&amp;D lever's weighted completion is the makespan. Jobs become tasks
 * {@code J<number>}, resources become skills {@code R1…Rk} with the instance's capacities as teams,
 * periods count as months. Zero-duration jobs (PSPLIB's dummy source and sink) are dropped and the
 * precedences through them kept.
 */
public final class RcpspScenario {
    /** The single partner of every converted instance. */
    public static final String PARTNER = "psplib";

    private RcpspScenario() {}

    /** The scenario of {@code instance}. */
    public static Scenario of(PsplibInstance instance) {
        Map<Integer, PsplibInstance.Job> byNumber = new HashMap<>();
        for (PsplibInstance.Job job : instance.jobs()) {
            byNumber.put(job.number(), job);
        }
        Map<Integer, Set<Integer>> predecessors = new HashMap<>();
        for (PsplibInstance.Job job : instance.jobs()) {
            if (job.duration() == 0) {
                continue;
            }
            // Successors reached through zero-duration jobs count as direct successors.
            Deque<Integer> open = new ArrayDeque<>(job.successors());
            Set<Integer> seen = new LinkedHashSet<>();
            while (!open.isEmpty()) {
                int next = open.removeFirst();
                if (!seen.add(next)) {
                    continue;
                }
                // The reader checked that every successor is a job of the instance.
                PsplibInstance.Job successor = Objects.requireNonNull(byNumber.get(next));
                if (successor.duration() == 0) {
                    open.addAll(successor.successors());
                } else {
                    predecessors
                            .computeIfAbsent(next, k -> new LinkedHashSet<>())
                            .add(job.number());
                }
            }
        }
        String program = instance.name();
        List<RndTask> tasks = new ArrayList<>();
        List<RndTaskNeed> needs = new ArrayList<>();
        for (PsplibInstance.Job job : instance.jobs()) {
            if (job.duration() == 0) {
                continue;
            }
            List<String> before = predecessors.getOrDefault(job.number(), Set.of()).stream()
                    .map(number -> "J" + number)
                    .toList();
            tasks.add(new RndTask(program, "J" + job.number(), "Job " + job.number(), job.duration(), before, null));
            for (int r = 0; r < job.demands().size(); r++) {
                if (job.demands().get(r) > 0) {
                    needs.add(new RndTaskNeed(
                            program,
                            "J" + job.number(),
                            "R" + (r + 1),
                            job.demands().get(r)));
                }
            }
        }
        List<RndTeam> teams = new ArrayList<>();
        for (int r = 0; r < instance.capacities().size(); r++) {
            teams.add(new RndTeam(PARTNER, "R" + (r + 1), instance.capacities().get(r)));
        }
        return Scenario.builder()
                .settings(new ScenarioSettings(
                        instance.name(),
                        "PSPLIB single-mode RCPSP instance " + instance.name() + " as one R&D program.",
                        "USD",
                        0,
                        1,
                        0,
                        SolverSettings.DEFAULTS))
                .partners(List.of(new Partner(PARTNER, "PSPLIB", "XX", "USD")))
                .rndPrograms(List.of(new RndProgram(program, PARTNER, instance.name(), 1)))
                .rndTasks(tasks)
                .rndTaskNeeds(needs)
                .rndTeams(teams)
                .build();
    }
}
