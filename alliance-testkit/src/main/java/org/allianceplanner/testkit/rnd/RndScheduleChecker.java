package org.allianceplanner.testkit.rnd;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.allianceplanner.model.partner.Friction;
import org.allianceplanner.model.partner.Partner;
import org.allianceplanner.model.rnd.RndProgram;
import org.allianceplanner.model.rnd.RndTask;
import org.allianceplanner.model.rnd.RndTaskNeed;
import org.allianceplanner.model.rnd.RndTeam;
import org.allianceplanner.model.rnd.plan.ProgramCompletion;
import org.allianceplanner.model.rnd.plan.RndPlan;
import org.allianceplanner.model.rnd.plan.ScheduledTask;
import org.allianceplanner.model.rnd.plan.TaskRef;
import org.allianceplanner.model.rnd.plan.TeamAssignment;
import org.allianceplanner.model.scenario.FxRate;
import org.allianceplanner.model.scenario.Scenario;

/**
 * Re-verifies an R&amp;D plan against its scenario, from the records alone: every task of every
 * member's program is there once with its duration; finish-to-start precedences hold (a shared copy
 * served by another program's copy is ready when that copy ends, and that copy starts after the
 * served copy's predecessors); every need is staffed by the owner or by another member with
 * friction below 1; in every month no partner's teams of a skill are busier than its capacity (a
 * borrowed team counts 1 / (1 − friction)); program completions and the objective match the
 * schedule. Standalone plans share nothing and borrow nothing.
 *
 * <p>Independent of the engine by design: a bug there cannot hide here.
 */
public final class RndScheduleChecker {
    private static final double CAPACITY_TOLERANCE = 1e-9;

    private RndScheduleChecker() {}

    /** Every rule the plan breaks, as sentences; empty when the plan is right. */
    public static List<String> violations(Scenario scenario, RndPlan plan) {
        List<String> problems = new ArrayList<>();
        if (!plan.report().hasPlan()) {
            if (!plan.tasks().isEmpty()) {
                problems.add("A plan without a solution lists tasks.");
            }
            return problems;
        }
        Set<String> members = new HashSet<>(plan.partnerIds());
        Map<String, RndProgram> programs = new HashMap<>();
        for (RndProgram program : scenario.rndPrograms()) {
            if (members.contains(program.partnerId())) {
                programs.put(program.programId(), program);
            }
        }
        Map<TaskRef, RndTask> tasks = new HashMap<>();
        for (RndTask task : scenario.rndTasks()) {
            if (programs.containsKey(task.programId())) {
                tasks.put(new TaskRef(task.programId(), task.taskId()), task);
            }
        }
        Map<TaskRef, ScheduledTask> scheduled = new HashMap<>();
        for (ScheduledTask task : plan.tasks()) {
            if (scheduled.put(task.ref(), task) != null) {
                problems.add("Task " + task.ref() + " is scheduled twice.");
            }
            if (!tasks.containsKey(task.ref())) {
                problems.add("Task " + task.ref() + " is not a task of the coalition's programs.");
            }
        }
        for (TaskRef ref : tasks.keySet()) {
            if (!scheduled.containsKey(ref)) {
                problems.add("Task " + ref + " is missing from the plan.");
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }

        for (ScheduledTask task : plan.tasks()) {
            // Tasks outside the coalition's programs returned above.
            RndTask spec = Objects.requireNonNull(tasks.get(task.ref()));
            if (task.startMonth() < 0) {
                problems.add("Task " + task.ref() + " starts before month 0.");
            }
            if (task.endMonth() - task.startMonth() != spec.durationMonths()) {
                problems.add(String.format(
                        Locale.ROOT,
                        "Task %s runs %d–%d but lasts %d months.",
                        task.ref(),
                        task.startMonth(),
                        task.endMonth(),
                        spec.durationMonths()));
            }
            TaskRef server = task.servedBy();
            if (server != null) {
                checkServed(task, spec, server, plan, members, tasks, scheduled, problems);
            }
            for (String predecessor : spec.predecessorTaskIds()) {
                int ready = ready(scheduled, new TaskRef(task.programId(), predecessor));
                // A served copy's own dates are its server's; its predecessors bind the server (below).
                if (ready > task.startMonth()) {
                    problems.add(String.format(
                            Locale.ROOT,
                            "Task %s starts in month %d, before its predecessor %s is ready in month %d.",
                            task.ref(),
                            task.startMonth(),
                            predecessor,
                            ready));
                }
            }
        }

        Map<String, Double> capacity = new HashMap<>();
        for (RndTeam team : scenario.rndTeams()) {
            if (members.contains(team.partnerId())) {
                capacity.put(team.partnerId() + "|" + team.skill(), (double) team.capacityTeams());
            }
        }
        Map<String, double[]> busy = new HashMap<>();
        int horizon =
                plan.tasks().stream().mapToInt(ScheduledTask::endMonth).max().orElse(0);
        for (ScheduledTask task : plan.tasks()) {
            if (!task.executed()) {
                continue;
            }
            Map<String, Integer> needs = new HashMap<>();
            for (RndTaskNeed need : scenario.rndTaskNeeds()) {
                if (need.programId().equals(task.programId()) && need.taskId().equals(task.taskId())) {
                    needs.put(need.skill(), need.teams());
                }
            }
            Set<String> staffed = new HashSet<>();
            for (TeamAssignment assignment : task.assignments()) {
                Integer teams = needs.get(assignment.skill());
                if (teams == null || teams != assignment.teams()) {
                    problems.add("Task " + task.ref() + " is staffed with " + assignment.teams() + " teams of "
                            + assignment.skill() + " but needs " + teams + ".");
                    continue;
                }
                if (!staffed.add(assignment.skill())) {
                    problems.add("Task " + task.ref() + " is staffed twice in " + assignment.skill() + ".");
                }
                String supplier = assignment.partnerId();
                double load = teams;
                if (!members.contains(supplier)) {
                    problems.add("Task " + task.ref() + " borrows from " + supplier + ", not a member.");
                    continue;
                }
                if (!supplier.equals(task.ownerPartnerId())) {
                    double friction = friction(scenario, plan, task.ownerPartnerId(), supplier);
                    if (friction >= 1) {
                        problems.add("Task " + task.ref() + " borrows from " + supplier + " at friction 1.");
                        continue;
                    }
                    load = teams / (1 - friction);
                }
                double[] profile = busy.computeIfAbsent(supplier + "|" + assignment.skill(), k -> new double[horizon]);
                for (int m = task.startMonth(); m < task.endMonth(); m++) {
                    profile[m] += load;
                }
            }
            if (!staffed.equals(needs.keySet())) {
                problems.add("Task " + task.ref() + " staffs " + staffed + " but needs " + needs.keySet() + ".");
            }
        }
        busy.forEach((team, profile) -> {
            double available = capacity.getOrDefault(team, 0.0);
            for (int m = 0; m < profile.length; m++) {
                if (profile[m] > available + CAPACITY_TOLERANCE) {
                    problems.add(String.format(
                            Locale.ROOT,
                            "Teams %s are %.2f busy in month %d but only %.0f exist.",
                            team,
                            profile[m],
                            m,
                            available));
                }
            }
        });

        double objective = 0;
        Set<String> listed = new HashSet<>();
        for (ProgramCompletion completion : plan.programs()) {
            listed.add(completion.programId());
            int last = 0;
            for (ScheduledTask task : plan.tasks()) {
                if (task.programId().equals(completion.programId())) {
                    last = Math.max(last, task.endMonth());
                }
            }
            if (last != completion.completionMonth()) {
                problems.add("Program " + completion.programId() + " completes in month " + completion.completionMonth()
                        + " but its last task is ready in month " + last + ".");
            }
            RndProgram program = programs.get(completion.programId());
            if (program != null) {
                objective += program.costOfDelayPerMonth()
                        * basePerUnit(scenario, program.partnerId())
                        * completion.completionMonth();
            }
        }
        if (!listed.equals(programs.keySet())) {
            problems.add("The plan lists programs " + listed + " but the coalition has " + programs.keySet() + ".");
        }
        if (Math.abs(objective - plan.report().objective()) > 1e-6 * Math.max(1, Math.abs(objective))) {
            problems.add(String.format(
                    Locale.ROOT,
                    "The reported objective %.2f differs from the schedule's weighted completion %.2f.",
                    plan.report().objective(),
                    objective));
        }
        if (plan.report().bound() > plan.report().objective() + 1e-6 * Math.max(1, Math.abs(objective))) {
            problems.add("The reported lower bound is above the plan's objective.");
        }
        return problems;
    }

    private static void checkServed(
            ScheduledTask task,
            RndTask spec,
            TaskRef serverRef,
            RndPlan plan,
            Set<String> members,
            Map<TaskRef, RndTask> tasks,
            Map<TaskRef, ScheduledTask> scheduled,
            List<String> problems) {
        ScheduledTask server = scheduled.get(serverRef);
        RndTask serverSpec = tasks.get(serverRef);
        if (members.size() < 2) {
            problems.add("Task " + task.ref() + " is served by " + serverRef + " in a standalone plan.");
        }
        if (server == null || serverSpec == null || !server.executed()) {
            problems.add("Task " + task.ref() + " is served by " + serverRef + ", which does not run.");
            return;
        }
        if (spec.shareKey() == null || !spec.shareKey().equals(serverSpec.shareKey())) {
            problems.add("Task " + task.ref() + " is served by " + serverRef + " without a common share key.");
        }
        if (server.ownerPartnerId().equals(task.ownerPartnerId())) {
            problems.add("Task " + task.ref() + " is served by " + serverRef + " of the same partner.");
        }
        if (!task.assignments().isEmpty()) {
            problems.add("Task " + task.ref() + " is served by " + serverRef + " yet has its own teams.");
        }
        if (task.startMonth() != server.startMonth() || task.endMonth() != server.endMonth()) {
            problems.add("Task " + task.ref() + " does not carry the dates of " + serverRef + ".");
        }
        for (String predecessor : spec.predecessorTaskIds()) {
            int ready = ready(scheduled, new TaskRef(task.programId(), predecessor));
            if (ready > server.startMonth()) {
                problems.add("Shared task " + serverRef + " starts in month " + server.startMonth() + ", before "
                        + task.ref() + "'s predecessor " + predecessor + " is ready in month " + ready + ".");
            }
        }
    }

    private static int ready(Map<TaskRef, ScheduledTask> scheduled, TaskRef ref) {
        ScheduledTask task = scheduled.get(ref);
        return task == null ? Integer.MAX_VALUE : task.endMonth();
    }

    private static double friction(Scenario scenario, RndPlan plan, String a, String b) {
        Double override = plan.frictionOverride();
        if (override != null) {
            return override;
        }
        for (Friction row : scenario.frictions()) {
            if ((row.partnerA().equals(a) && row.partnerB().equals(b))
                    || (row.partnerA().equals(b) && row.partnerB().equals(a))) {
                return row.friction();
            }
        }
        return scenario.settings().defaultFriction();
    }

    private static double basePerUnit(Scenario scenario, String partnerId) {
        String currency = scenario.partners().stream()
                .filter(p -> p.partnerId().equals(partnerId))
                .map(Partner::currency)
                .findFirst()
                .orElseThrow();
        if (currency.equals(scenario.settings().baseCurrency())) {
            return 1;
        }
        return scenario.fxRates().stream()
                .filter(rate -> rate.currency().equals(currency))
                .mapToDouble(FxRate::basePerUnit)
                .findFirst()
                .orElseThrow();
    }
}
