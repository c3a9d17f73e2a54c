package org.allianceplanner.engine.rnd;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.allianceplanner.model.plan.SolveReport;
import org.allianceplanner.model.rnd.plan.BindingTeam;
import org.allianceplanner.model.rnd.plan.ChainStep;
import org.allianceplanner.model.rnd.plan.CriticalChain;
import org.allianceplanner.model.rnd.plan.ProgramCompletion;
import org.allianceplanner.model.rnd.plan.RndPlan;
import org.allianceplanner.model.rnd.plan.ScheduledTask;
import org.allianceplanner.model.rnd.plan.TaskRef;
import org.allianceplanner.model.rnd.plan.TeamAssignment;
import org.allianceplanner.model.rnd.plan.TeamLoad;
import org.allianceplanner.model.rnd.plan.WaitCause;

/**
 * Turns a solver-free {@link RndSchedule} into an immutable {@link RndPlan}: first it moves every
 * task as early as its predecessors and teams allow (never delaying anything, so no completion gets
 * worse), then it records dates, staffing, team loads, each program's critical chain and the teams
 * those chains wait for.
 */
final class RndPlanDecoder {
    private final RndInstance instance;
    private final RndSchedule schedule;
    private final List<List<Integer>> served = new ArrayList<>();

    private RndPlanDecoder(RndInstance instance, RndSchedule schedule) {
        this.instance = instance;
        this.schedule = schedule;
        for (int t = 0; t < instance.tasks.size(); t++) {
            served.add(new ArrayList<>());
        }
        for (int t = 0; t < instance.tasks.size(); t++) {
            if (!schedule.executed(t)) {
                served.get(schedule.server[t]).add(t);
            }
        }
    }

    /** A plan without a schedule: only the report. */
    static RndPlan noPlan(RndInstance instance, SolveReport report) {
        return new RndPlan(
                instance.partnerIds,
                instance.frictionOverride,
                report,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    /**
     * The plan of {@code schedule} (left-justified in place first).
     *
     * @param solved the solver's status and time; objective and bound are filled in here
     * @param boundWeighted the solver's bound in integer weight units
     */
    static RndPlan plan(RndInstance instance, RndSchedule schedule, SolveReport solved, long boundWeighted) {
        RndPlanDecoder decoder = new RndPlanDecoder(instance, schedule);
        decoder.leftJustify();
        return decoder.build(solved, boundWeighted);
    }

    /** Earliest start of an executed task allowed by its predecessors and those of the copies it serves. */
    private int earliestByPrecedence(int task) {
        int earliest = 0;
        for (int p : instance.tasks.get(task).predecessors()) {
            earliest = Math.max(earliest, schedule.ready(instance, p));
        }
        for (int c : served.get(task)) {
            for (int p : instance.tasks.get(c).predecessors()) {
                earliest = Math.max(earliest, schedule.ready(instance, p));
            }
        }
        return earliest;
    }

    private List<Integer> executedByStart() {
        List<Integer> order = new ArrayList<>();
        for (int t = 0; t < instance.tasks.size(); t++) {
            if (schedule.executed(t)) {
                order.add(t);
            }
        }
        order.sort(Comparator.comparingInt((Integer t) -> schedule.start[t]).thenComparingInt(t -> t));
        return order;
    }

    private void leftJustify() {
        for (int pass = 0; pass < 20; pass++) {
            boolean moved = false;
            TeamProfile profile = TeamProfile.of(instance, schedule);
            for (int t : executedByStart()) {
                int current = schedule.start[t];
                int earliest = earliestByPrecedence(t);
                if (earliest >= current) {
                    continue;
                }
                profile.add(schedule, t, current, -1);
                int start = earliest;
                while (start < current && !profile.fits(schedule, t, start)) {
                    start++;
                }
                profile.add(schedule, t, start, 1);
                if (start < current) {
                    schedule.start[t] = start;
                    moved = true;
                }
            }
            if (!moved) {
                break;
            }
        }
        for (int t = 0; t < instance.tasks.size(); t++) {
            if (!schedule.executed(t)) {
                schedule.start[t] = schedule.start[schedule.server[t]];
            }
        }
    }

    private RndPlan build(SolveReport solved, long boundWeighted) {
        List<ScheduledTask> tasks = new ArrayList<>();
        for (RndInstance.Task task : instance.tasks) {
            int t = task.index();
            int worker = schedule.worker(t);
            List<TeamAssignment> assignments = new ArrayList<>();
            if (schedule.executed(t)) {
                int owner = instance.partnerOf(task);
                for (int n = 0; n < task.needs().size(); n++) {
                    RndInstance.Need need = task.needs().get(n);
                    int supplier = schedule.supplier[t][n];
                    assignments.add(new TeamAssignment(
                            instance.skills.get(need.skill()),
                            instance.partnerIds.get(supplier),
                            need.teams(),
                            instance.demandUnits(owner, supplier, need) / (double) instance.unitsPerTeam));
                }
            }
            int work = task.duration()
                    * task.needs().stream().mapToInt(RndInstance.Need::teams).sum();
            tasks.add(new ScheduledTask(
                    task.task().programId(),
                    task.task().taskId(),
                    task.task().name(),
                    instance.partnerIds.get(instance.partnerOf(task)),
                    schedule.start[worker],
                    schedule.end(instance, worker),
                    schedule.executed(t) ? null : instance.tasks.get(worker).ref(),
                    assignments,
                    work));
        }
        List<ProgramCompletion> programs = new ArrayList<>();
        double objective = 0;
        int last = 0;
        for (int p = 0; p < instance.programs.size(); p++) {
            RndInstance.Program program = instance.programs.get(p);
            int completion = schedule.completion(instance, p);
            last = Math.max(last, completion);
            objective += program.costBase() * completion;
            programs.add(new ProgramCompletion(
                    program.programId(),
                    instance.partnerIds.get(program.partner()),
                    program.name(),
                    completion,
                    program.costBase()));
        }
        TeamProfile profile = TeamProfile.of(instance, schedule);
        List<TeamLoad> loads = new ArrayList<>();
        for (int q = 0; q < instance.partnerIds.size(); q++) {
            for (int s = 0; s < instance.skills.size(); s++) {
                List<Double> busy = new ArrayList<>();
                boolean used = false;
                for (int m = 0; m < last; m++) {
                    long units = profile.busyUnits(q, s, m);
                    used |= units > 0;
                    busy.add(units / (double) instance.unitsPerTeam);
                }
                if (instance.capacityTeams[q][s] > 0 || used) {
                    loads.add(new TeamLoad(
                            instance.partnerIds.get(q), instance.skills.get(s), instance.capacityTeams[q][s], busy));
                }
            }
        }
        Map<List<String>, int[]> waits = new LinkedHashMap<>();
        List<CriticalChain> chains = new ArrayList<>();
        for (int p = 0; p < instance.programs.size(); p++) {
            chains.add(criticalChain(p, profile, waits));
        }
        List<BindingTeam> binding = bindingTeams(waits, loads);

        // An optimal status may be optimal within the solver's relative gap: its bound says how close.
        // A bound that meets the objective in the solver's integer weights proves it (the currency
        // amounts differ from the weights by rounding only).
        double bound = boundWeighted >= schedule.objective(instance)
                ? objective
                : Math.min(objective, boundWeighted * instance.weightUnitBase);
        SolveReport report = new SolveReport(
                solved.status(), objective, bound, SolveReport.relativeGap(objective, bound), solved.seconds());
        return new RndPlan(
                instance.partnerIds, instance.frictionOverride, report, tasks, programs, loads, chains, binding);
    }

    private CriticalChain criticalChain(int program, TeamProfile profile, Map<List<String>, int[]> waits) {
        int last = -1;
        for (RndInstance.Task task : instance.tasks) {
            if (task.program() == program
                    && (last < 0 || schedule.ready(instance, task.index()) > schedule.ready(instance, last))) {
                last = task.index();
            }
        }
        String programId = instance.programs.get(program).programId();
        int completion = schedule.completion(instance, program);
        List<ChainStep> steps = new ArrayList<>();
        int current = last < 0 ? -1 : schedule.worker(last);
        for (int guard = 0; current >= 0 && guard <= instance.tasks.size(); guard++) {
            int start = schedule.start[current];
            int end = schedule.end(instance, current);
            TaskRef ref = instance.tasks.get(current).ref();
            if (start == 0) {
                steps.add(new ChainStep(
                        ref,
                        start,
                        end,
                        WaitCause.PLAN_START,
                        null,
                        null,
                        null,
                        describe(current) + " from the start."));
                break;
            }
            int waitedFor = predecessorReadyAt(current, start);
            if (waitedFor >= 0) {
                TaskRef predecessor = instance.tasks.get(waitedFor).ref();
                steps.add(new ChainStep(
                        ref,
                        start,
                        end,
                        WaitCause.PREDECESSOR,
                        predecessor,
                        null,
                        null,
                        describe(current) + " after " + label(schedule.worker(waitedFor)) + "."));
                current = schedule.worker(waitedFor);
                continue;
            }
            profile.add(schedule, current, start, -1);
            int need = profile.blockingNeed(schedule, current, start - 1);
            profile.add(schedule, current, start, 1);
            if (need < 0 || need >= instance.tasks.get(current).needs().size()) {
                break;
            }
            int supplier = schedule.supplier[current][need];
            int skill = instance.tasks.get(current).needs().get(need).skill();
            String partnerId = instance.partnerIds.get(supplier);
            String skillName = instance.skills.get(skill);
            int waited = start - earliestByPrecedence(current);
            int[] wait = waits.computeIfAbsent(List.of(partnerId, skillName), k -> new int[2]);
            wait[0] += waited;
            wait[1]++;
            steps.add(new ChainStep(
                    ref,
                    start,
                    end,
                    WaitCause.TEAMS,
                    null,
                    partnerId,
                    skillName,
                    String.format(
                            Locale.ROOT,
                            "%s, waiting %d month%s for %s's %s teams.",
                            describe(current),
                            waited,
                            waited == 1 ? "" : "s",
                            partnerId,
                            skillName)));
            current = releasingTask(current, supplier, skill, start);
        }
        Collections.reverse(steps);
        StringBuilder sentence =
                new StringBuilder(String.format(Locale.ROOT, "%s completes in month %d: ", programId, completion));
        for (int i = 0; i < steps.size(); i++) {
            ChainStep step = steps.get(i);
            if (i > 0) {
                sentence.append(" → ");
            }
            if (step.cause() == WaitCause.TEAMS) {
                sentence.append("[")
                        .append(step.teamPartnerId())
                        .append(" ")
                        .append(step.teamSkill())
                        .append(" teams] ");
            }
            sentence.append(step.task())
                    .append(" ")
                    .append(step.startMonth())
                    .append("–")
                    .append(step.endMonth());
        }
        return new CriticalChain(
                programId, completion, steps, sentence.append('.').toString());
    }

    /** A predecessor (of the task or of a copy it serves) whose result is ready exactly at {@code start}, or -1. */
    private int predecessorReadyAt(int task, int start) {
        List<Integer> candidates = new ArrayList<>();
        for (int p : instance.tasks.get(task).predecessors()) {
            candidates.add(p);
        }
        for (int c : served.get(task)) {
            for (int p : instance.tasks.get(c).predecessors()) {
                candidates.add(p);
            }
        }
        for (int p : candidates) {
            if (schedule.ready(instance, p) == start) {
                return p;
            }
        }
        return -1;
    }

    /** The executed task on the same teams that ends last at or before {@code start}, or -1. */
    private int releasingTask(int task, int supplier, int skill, int start) {
        int best = -1;
        for (RndInstance.Task other : instance.tasks) {
            int o = other.index();
            if (o == task || !schedule.executed(o) || schedule.end(instance, o) > start || schedule.start[o] >= start) {
                continue;
            }
            for (int n = 0; n < other.needs().size(); n++) {
                if (schedule.supplier[o][n] == supplier && other.needs().get(n).skill() == skill) {
                    if (best < 0 || schedule.end(instance, o) > schedule.end(instance, best)) {
                        best = o;
                    }
                }
            }
        }
        return best;
    }

    private String label(int task) {
        RndInstance.Task t = instance.tasks.get(task);
        return t.task().taskId() + " " + t.task().name() + " (" + t.task().programId() + ")";
    }

    private String describe(int task) {
        StringBuilder text = new StringBuilder(label(task));
        if (!served.get(task).isEmpty()) {
            text.append(", done once also for");
            for (int c : served.get(task)) {
                text.append(' ').append(instance.tasks.get(c).task().programId());
            }
            text.append(',');
        }
        text.append(
                String.format(Locale.ROOT, " runs months %d–%d", schedule.start[task], schedule.end(instance, task)));
        return text.toString();
    }

    private static List<BindingTeam> bindingTeams(Map<List<String>, int[]> waits, List<TeamLoad> loads) {
        List<BindingTeam> binding = new ArrayList<>();
        waits.forEach((team, wait) -> {
            double peak = loads.stream()
                    .filter(load ->
                            load.partnerId().equals(team.get(0)) && load.skill().equals(team.get(1)))
                    .mapToDouble(TeamLoad::peakUtilization)
                    .findFirst()
                    .orElse(0);
            binding.add(new BindingTeam(
                    team.get(0),
                    team.get(1),
                    wait[0],
                    peak,
                    String.format(
                            Locale.ROOT,
                            "%s's %s teams hold back %d task%s on critical chains by %d month%s in all (busy up to"
                                    + " %.0f %% of capacity).",
                            team.get(0),
                            team.get(1),
                            wait[1],
                            wait[1] == 1 ? "" : "s",
                            wait[0],
                            wait[0] == 1 ? "" : "s",
                            peak * 100)));
        });
        binding.sort(Comparator.comparingInt(BindingTeam::waitingMonths).reversed());
        return binding;
    }
}
