package org.allianceplanner.model.validation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.allianceplanner.model.rnd.RndProgram;
import org.allianceplanner.model.rnd.RndTask;
import org.allianceplanner.model.rnd.RndTaskNeed;
import org.allianceplanner.model.rnd.RndTeam;
import org.allianceplanner.model.scenario.Scenario;
import org.jspecify.annotations.Nullable;

/**
 * Rules of R&amp;D programs, their tasks and precedences, the teams tasks need and the teams each
 * partner has.
 */
final class RndRules {
    private RndRules() {}

    static void check(ScenarioIndex index, Findings findings) {
        Scenario scenario = index.scenario();
        findings.rows(Table.RND_PROGRAMS, scenario.rndPrograms(), (row, program) -> {
            row.uniqueId("program_id", program.programId(), index.programs());
            row.references("partner_id", program.partnerId(), index.partners());
            index.ownerMoney(
                    row,
                    "cost_of_delay_per_month",
                    program.costOfDelayPerMonth(),
                    program.partnerId(),
                    PlausibleRanges.COST_OF_DELAY_PER_MONTH);
        });

        UniqueKeys<RndTask> taskKeys = UniqueKeys.reportedOn(
                1,
                scenario.rndTasks(),
                List.of("program_id", "task_id"),
                task -> List.of(task.programId(), task.taskId()));
        findings.rows(Table.RND_TASKS, scenario.rndTasks(), (row, task) -> {
            row.present("task_id", task.taskId());
            taskKeys.check(row, task);
            row.references("program_id", task.programId(), index.programs());
            if (row.atLeast("duration_months", task.durationMonths(), 1)) {
                row.plausible("duration_months", task.durationMonths(), PlausibleRanges.TASK_MONTHS);
            }
            checkPredecessors(row, task, index);
        });
        checkCycles(scenario.rndTasks(), findings);
        checkSharedTasksAgree(scenario.rndTasks(), findings);
        checkShareKeysOncePerPartner(scenario.rndTasks(), index, findings);

        Map<List<String>, Integer> teamsByPartnerAndSkill = new HashMap<>();
        scenario.rndTeams()
                .forEach(team -> teamsByPartnerAndSkill.putIfAbsent(
                        List.of(team.partnerId(), team.skill()), team.capacityTeams()));
        UniqueKeys<RndTaskNeed> needKeys = UniqueKeys.of(
                scenario.rndTaskNeeds(),
                List.of("program_id", "task_id", "skill"),
                need -> List.of(need.programId(), need.taskId(), need.skill()));
        findings.rows(Table.RND_TASK_NEEDS, scenario.rndTaskNeeds(), (row, need) -> {
            needKeys.check(row, need);
            if (row.references("program_id", need.programId(), index.programs())
                    && row.present("task_id", need.taskId())) {
                Ids programTasks = index.tasksOf(need.programId());
                if (!programTasks.contains(need.taskId())) {
                    row.report(
                            "task_id",
                            need.taskId(),
                            "Unknown task '" + need.taskId() + "': program " + need.programId() + " has no such task.",
                            Row.meant(programTasks.nearest(need.taskId())));
                }
            }
            boolean skillNamed = row.present("skill", need.skill());
            boolean teamsValid = row.atLeast("teams", need.teams(), 1)
                    && row.plausible("teams", need.teams(), PlausibleRanges.TEAMS_NEEDED);
            RndProgram program = index.program(need.programId());
            if (skillNamed && teamsValid && program != null && index.partners().contains(program.partnerId())) {
                checkOwnerCanStaff(row, need, program, teamsByPartnerAndSkill);
            }
        });

        UniqueKeys<RndTeam> teamKeys = UniqueKeys.of(
                scenario.rndTeams(), List.of("partner_id", "skill"), team -> List.of(team.partnerId(), team.skill()));
        findings.rows(Table.RND_TEAMS, scenario.rndTeams(), (row, team) -> {
            teamKeys.check(row, team);
            row.references("partner_id", team.partnerId(), index.partners());
            row.present("skill", team.skill());
            if (row.atLeast("capacity_teams", team.capacityTeams(), 0)) {
                row.plausible("capacity_teams", team.capacityTeams(), PlausibleRanges.TEAMS);
            }
        });
    }

    private static void checkPredecessors(Row row, RndTask task, ScenarioIndex index) {
        if (!index.programs().contains(task.programId())) {
            return;
        }
        Ids programTasks = index.tasksOf(task.programId());
        for (String predecessor : task.predecessorTaskIds()) {
            if (predecessor.equals(task.taskId())) {
                row.report(
                        "predecessors",
                        predecessor,
                        "Task " + task.taskId() + " of program " + task.programId()
                                + " is its own predecessor, so it could never start.");
            } else if (!programTasks.contains(predecessor)) {
                row.report(
                        "predecessors",
                        predecessor,
                        "Unknown predecessor '" + predecessor + "': program " + task.programId()
                                + " has no such task, and predecessors must be tasks of the same program.",
                        Row.meant(programTasks.nearest(predecessor)));
            }
        }
    }

    /**
     * A share key marks one piece of work that another partner can do instead: a partner's own plan
     * does each of its tasks, so a key used twice by one partner would count that work twice alone
     * and once in a coalition, a saving that no partner brings.
     */
    private static void checkShareKeysOncePerPartner(List<RndTask> tasks, ScenarioIndex index, Findings findings) {
        Map<List<String>, Integer> firstRow = new HashMap<>();
        findings.rows(Table.RND_TASKS, tasks, (row, task) -> {
            String key = task.shareKey();
            RndProgram program = index.program(task.programId());
            if (key == null || key.isBlank() || program == null) {
                return;
            }
            Integer first = firstRow.putIfAbsent(List.of(program.partnerId(), key), row.index());
            if (first != null) {
                RndTask earlier = tasks.get(first);
                row.reportDuplicate(
                        "share_key",
                        key,
                        "Task " + task.taskId() + " of program " + task.programId() + " has share_key '" + key
                                + "', which task " + earlier.taskId() + " of program " + earlier.programId()
                                + " of the same partner (" + program.partnerId() + ") has too: a share key"
                                + " marks work another partner can do instead, so each partner has it at most"
                                + " once.",
                        "Maybe one of the two tasks does this work and the other waits for it, or they are"
                                + " different work with different keys.",
                        first);
            }
        });
    }

    /**
     * Tasks with the same share key are done once in a coalition, so they must be the same work: a
     * differing duration would leave the shared task's length undefined. The duration most of a key's
     * tasks have is taken as meant (the first task's on a tie), and each task that differs is reported
     * on its own row.
     */
    private static void checkSharedTasksAgree(List<RndTask> tasks, Findings findings) {
        Map<String, List<Integer>> rowsByKey = new LinkedHashMap<>();
        for (int i = 0; i < tasks.size(); i++) {
            RndTask task = tasks.get(i);
            // A duration below 1 is reported on its own row; comparing with it would only echo that.
            if (task.shareKey() != null && !task.shareKey().isBlank() && task.durationMonths() >= 1) {
                rowsByKey
                        .computeIfAbsent(task.shareKey(), key -> new ArrayList<>())
                        .add(i);
            }
        }
        rowsByKey.forEach((key, rows) -> {
            Map<Integer, Integer> countByDuration = new LinkedHashMap<>();
            rows.forEach(row -> countByDuration.merge(tasks.get(row).durationMonths(), 1, Integer::sum));
            int meant = countByDuration.entrySet().stream()
                    .reduce((best, next) -> next.getValue() > best.getValue() ? next : best)
                    .orElseThrow()
                    .getKey();
            RndTask reference = rows.stream()
                    .map(tasks::get)
                    .filter(task -> task.durationMonths() == meant)
                    .findFirst()
                    .orElseThrow();
            for (int row : rows) {
                RndTask task = tasks.get(row);
                if (task.durationMonths() != meant) {
                    new Row(findings, Table.RND_TASKS, row)
                            .report(
                                    "duration_months",
                                    Integer.toString(task.durationMonths()),
                                    "Tasks that share share_key '" + key + "' are done once in a coalition, so they"
                                            + " must take the same time: this one takes " + task.durationMonths()
                                            + " months, task " + reference.taskId() + " of program "
                                            + reference.programId() + " takes " + meant + ".",
                                    "Maybe give both the same duration, or different share keys if they are"
                                            + " different work.");
                }
            }
        });
    }

    /**
     * Reports each knot of tasks that wait for each other (a strongly connected component) once, on the
     * row of its first task in the file, with the shortest cycle through that task as the example and
     * the knot's other tasks named. Programs have tens of tasks, so the searches are cheap.
     */
    private static void checkCycles(List<RndTask> tasks, Findings findings) {
        Map<String, Map<String, Integer>> rowByTaskByProgram = new LinkedHashMap<>();
        for (int i = 0; i < tasks.size(); i++) {
            RndTask task = tasks.get(i);
            rowByTaskByProgram
                    .computeIfAbsent(task.programId(), program -> new LinkedHashMap<>())
                    .putIfAbsent(task.taskId(), i);
        }
        rowByTaskByProgram.forEach((program, rowByTask) -> {
            Map<String, List<String>> successors = new LinkedHashMap<>();
            rowByTask.forEach((taskId, row) -> {
                for (String predecessor : tasks.get(row).predecessorTaskIds()) {
                    // Self-loops and unknown predecessors have their own messages.
                    if (!predecessor.equals(taskId) && rowByTask.containsKey(predecessor)) {
                        successors
                                .computeIfAbsent(predecessor, p -> new ArrayList<>())
                                .add(taskId);
                    }
                }
            });
            Map<String, List<String>> predecessors = new LinkedHashMap<>();
            successors.forEach((task, next) -> next.forEach(
                    n -> predecessors.computeIfAbsent(n, k -> new ArrayList<>()).add(task)));
            Set<String> reported = new HashSet<>();
            rowByTask.forEach((taskId, row) -> {
                if (reported.contains(taskId)) {
                    return;
                }
                List<String> cycle = shortestCycle(taskId, successors);
                if (cycle == null) {
                    return;
                }
                // One wrong predecessor can close many loops through the same tasks: say it once, on the
                // first row of the tasks that all wait for each other, with one loop as the example.
                Set<String> knot = reachable(taskId, successors);
                knot.retainAll(reachable(taskId, predecessors));
                reported.addAll(knot);
                String others = knot.size() > cycle.size() - 1
                        ? " Tasks "
                                + String.join(
                                        ", ",
                                        rowByTask.keySet().stream()
                                                .filter(knot::contains)
                                                .toList()) + " all wait for each other through such loops."
                        : "";
                new Row(findings, Table.RND_TASKS, row)
                        .report(
                                "predecessors",
                                cycle.get(cycle.size() - 2),
                                "Tasks of program " + program + " wait for each other in a cycle "
                                        + String.join(" → ", cycle)
                                        + " (each must finish before the next starts), so none of them could"
                                        + " ever start." + others);
            });
        });
    }

    /** {@code start} and every task reachable from it along {@code next}. */
    private static Set<String> reachable(String start, Map<String, List<String>> next) {
        Set<String> seen = new HashSet<>(List.of(start));
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            for (String task : next.getOrDefault(queue.removeFirst(), List.of())) {
                if (seen.add(task)) {
                    queue.addLast(task);
                }
            }
        }
        return seen;
    }

    /** The shortest path {@code start → … → start} along {@code successors}, or null if there is none. */
    private static @Nullable List<String> shortestCycle(String start, Map<String, List<String>> successors) {
        Map<String, String> reachedFrom = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            String task = queue.removeFirst();
            for (String next : successors.getOrDefault(task, List.of())) {
                if (next.equals(start)) {
                    List<String> cycle = new ArrayList<>(List.of(start));
                    // Every task but the start entered the queue with its predecessor, so the walk back
                    // never meets a missing one; NullAway cannot see that about the map.
                    for (String step = task;
                            !step.equals(start);
                            step = Objects.requireNonNull(reachedFrom.get(step), "predecessor")) {
                        cycle.add(step);
                    }
                    cycle.add(start);
                    Collections.reverse(cycle);
                    return cycle;
                }
                if (!reachedFrom.containsKey(next)) {
                    reachedFrom.put(next, task);
                    queue.addLast(next);
                }
            }
        }
        return null;
    }

    private static void checkOwnerCanStaff(
            Row row, RndTaskNeed need, RndProgram program, Map<List<String>, Integer> teamsByPartnerAndSkill) {
        Integer ownerTeams = teamsByPartnerAndSkill.get(List.of(program.partnerId(), need.skill()));
        if (ownerTeams == null) {
            List<String> ownerSkills = teamsByPartnerAndSkill.keySet().stream()
                    .filter(key -> key.get(0).equals(program.partnerId()))
                    .map(key -> key.get(1))
                    .sorted()
                    .toList();
            row.report(
                    "skill",
                    need.skill(),
                    "Partner " + program.partnerId() + ", owner of program " + program.programId()
                            + ", has no team of skill '" + need.skill() + "', so task " + need.taskId()
                            + " could never run without partners.",
                    Row.meant(Ids.nearest(need.skill(), ownerSkills)));
        } else if (need.teams() > ownerTeams) {
            row.report(
                    "teams",
                    Integer.toString(need.teams()),
                    "Task " + need.taskId() + " needs " + need.teams() + (need.teams() == 1 ? " team" : " teams")
                            + " of skill '" + need.skill()
                            + "' but partner " + program.partnerId() + ", owner of program " + program.programId()
                            + ", has only " + ownerTeams + ", so the program could never run alone.");
        }
    }
}
