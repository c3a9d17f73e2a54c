package org.allianceplanner.engine.rnd;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.CumulativeConstraint;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.IntervalVar;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearConstraintProto;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.Literal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.allianceplanner.engine.solver.Cancellation;
import org.allianceplanner.engine.solver.Elapsed;
import org.allianceplanner.engine.solver.OrTools;
import org.allianceplanner.model.plan.SolveStatus;
import org.jspecify.annotations.Nullable;

/**
 * The R&amp;D lever's only contact with OR-Tools: builds the CP-SAT model of an {@link RndInstance},
 * solves it and decodes the answer into an {@link RndSchedule}. The model is documented in {@code
 * docs/architecture.md} ("R&amp;D lever"); in short:
 *
 * <ul>
 *   <li>per task: a start in [0, horizon − duration]; per task in a share group a literal
 *       "executed", and per other copy of another partner in the group a literal "served by it";
 *   <li>per need of a task (skill, teams) and per partner able to staff it: a literal "staffed by
 *       that partner"; exactly one is true when the task is executed, none otherwise; an optional
 *       interval [start, start + duration) present with it, whose demand on that partner's skill is
 *       the teams (owner) or the teams inflated by friction (lender);
 *   <li>per partner and skill: a cumulative constraint at its capacity;
 *   <li>finish-to-start: a task starts after the ready month of each predecessor; a copy serving
 *       another also starts after that copy's predecessors; a served copy is ready when its server
 *       ends;
 *   <li>objective: minimize Σ weight × completion, where a program completes when its last task is
 *       ready; or, to prove a plan optimal ({@link #improveOrProve}), no objective and that sum
 *       bounded below the plan's.
 * </ul>
 */
final class RndCpSatTranslator {
    /** What a solve gave: its status, the decoded schedule (null without one) and the bound. */
    record Result(SolveStatus status, @Nullable RndSchedule schedule, long bound, double seconds) {}

    /** Least time given to CP-SAT when building the model took (nearly) all of the limit. */
    static final double LEAST_SOLVE_SECONDS = 0.1;

    private final RndInstance instance;
    private final CpModel model = new CpModel();
    private final IntVar[] start;
    private final @Nullable BoolVar[] executed;
    private final LinearArgument[] ready;
    private final List<List<BoolVar[]>> staffedBy = new ArrayList<>();
    private final List<List<List<Integer>>> suppliers = new ArrayList<>();
    private final @Nullable BoolVar[][] servedBy;
    private final IntVar[] completion;
    private final IntVar lastCompletion;
    private final IntVar afterAllSize;
    private final long workScale;

    private RndCpSatTranslator(RndInstance instance) {
        this.instance = instance;
        int tasks = instance.tasks.size();
        start = new IntVar[tasks];
        executed = new BoolVar[tasks];
        ready = new LinearArgument[tasks];
        servedBy = new BoolVar[tasks][];
        completion = new IntVar[instance.programs.size()];
        long sharedWork = 0;
        for (int[] group : instance.shareGroups) {
            for (int c : group) {
                sharedWork += work(c);
            }
        }
        workScale = sharedWork + 1;
        lastCompletion = model.newIntVar(0, instance.horizon, "last_completion");
        afterAllSize = model.newIntVar(1, instance.horizon + 1, "after_all_size");
        build();
    }

    /**
     * Builds, hints (when {@code hint} is given), solves and decodes. The options' time limit counts
     * from this call, model building included; CP-SAT gets at least {@link #LEAST_SOLVE_SECONDS}.
     */
    static Result solve(RndInstance instance, @Nullable RndSchedule hint, RndSolveOptions options) {
        long called = System.nanoTime();
        OrTools.load();
        RndCpSatTranslator translator = new RndCpSatTranslator(instance);
        if (hint != null) {
            translator.hint(hint);
        }
        double left = options.timeLimitSeconds() - Elapsed.secondsSince(called);
        return translator.run(options.withTimeLimitSeconds(Math.max(LEAST_SOLVE_SECONDS, left)));
    }

    /**
     * Asks CP-SAT whether a plan better than {@code incumbent} exists, as a decision problem: no
     * objective, only the model's objective bounded by the incumbent's less one. Each plan it finds
     * becomes the incumbent, the bound is lowered below it and the question is asked again, until the
     * time limit (counted from this call, model building included). A "no" proves the incumbent
     * optimal: the result is then {@code OPTIMAL}; otherwise it is {@code FEASIBLE} with the best plan
     * found and bound 0 (a decision solve that runs out of time proves no bound). The search runs
     * without the LP (CP-SAT's {@code no_lp} worker): on these decision problems the LP costs more
     * than it prunes. On hard scheduling instances the deadline the bound puts on every task lets
     * propagation prove optimality far sooner than minimizing does (docs/BENCHMARKS.md, j30).
     */
    static Result improveOrProve(RndInstance instance, RndSchedule incumbent, RndSolveOptions options) {
        long called = System.nanoTime();
        OrTools.load();
        RndCpSatTranslator translator = new RndCpSatTranslator(instance);
        translator.model.clearObjective();
        RndSchedule best = incumbent;
        LinearConstraintProto.Builder better = translator
                .model
                .addLessOrEqual(translator.objective(), translator.modelObjective(best) - 1)
                .getBuilder()
                .getLinearBuilder();
        double left = options.timeLimitSeconds() - Elapsed.secondsSince(called);
        while (left >= LEAST_SOLVE_SECONDS) {
            // The bound's domain is [−∞, incumbent − 1]: lower its upper end.
            better.setDomain(1, translator.modelObjective(best) - 1);
            CpSolver solver = translator.solver(options.withTimeLimitSeconds(left));
            solver.getParameters().addSubsolvers("no_lp");
            CpSolverStatus status = Cancellation.solving(solver::stopSearch, () -> solver.solve(translator.model));
            // Without an objective, OPTIMAL means a plan was found, as FEASIBLE does.
            if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
                best = translator.decode(solver);
            } else if (status == CpSolverStatus.INFEASIBLE) {
                return new Result(SolveStatus.OPTIMAL, best, best.objective(instance), Elapsed.secondsSince(called));
            } else if (status == CpSolverStatus.UNKNOWN) {
                break;
            } else {
                throw translator.rejected(status);
            }
            left = options.timeLimitSeconds() - Elapsed.secondsSince(called);
        }
        // Out of time, or CP-SAT stopped without an answer: the best plan so far, nothing proven.
        return new Result(SolveStatus.FEASIBLE, best, 0, Elapsed.secondsSince(called));
    }

    private void build() {
        int horizon = instance.horizon;
        for (RndInstance.Task task : instance.tasks) {
            int t = task.index();
            start[t] = model.newIntVar(0, horizon - task.duration(), "start_" + t);
            LinearArgument end =
                    LinearExpr.newBuilder().add(start[t]).add(task.duration()).build();
            if (task.shareGroup() >= 0) {
                executed[t] = model.newBoolVar("executed_" + t);
                IntVar readyVar = model.newIntVar(0, horizon, "ready_" + t);
                model.addGreaterOrEqual(readyVar, end).onlyEnforceIf(executed[t]);
                ready[t] = readyVar;
            } else {
                ready[t] = end;
            }
        }
        // Sharing: each copy either runs or is served by a running copy of another partner.
        for (int[] group : instance.shareGroups) {
            for (int c : group) {
                List<Literal> choice = new ArrayList<>(List.of(executed[c]));
                servedBy[c] = new BoolVar[instance.tasks.size()];
                for (int d : group) {
                    if (d == c || partnerOf(d) == partnerOf(c)) {
                        continue;
                    }
                    BoolVar served = model.newBoolVar("served_" + c + "_by_" + d);
                    servedBy[c][d] = served;
                    choice.add(served);
                    model.addImplication(served, executed[d]);
                    LinearArgument endD = LinearExpr.newBuilder()
                            .add(start[d])
                            .add(instance.tasks.get(d).duration())
                            .build();
                    model.addGreaterOrEqual(ready[c], endD).onlyEnforceIf(served);
                    for (int p : instance.tasks.get(c).predecessors()) {
                        model.addGreaterOrEqual(start[d], ready[p]).onlyEnforceIf(served);
                    }
                }
                model.addExactlyOne(choice);
            }
        }
        // Precedences: a running task starts after each predecessor's result is ready.
        for (RndInstance.Task task : instance.tasks) {
            for (int p : task.predecessors()) {
                var constraint = model.addGreaterOrEqual(start[task.index()], ready[p]);
                if (executed[task.index()] != null) {
                    constraint.onlyEnforceIf(executed[task.index()]);
                }
            }
        }
        // Teams: one cumulative per partner and skill over the intervals staffed by it.
        int partners = instance.partnerIds.size();
        List<List<IntervalVar>> intervals = new ArrayList<>();
        List<List<Long>> demands = new ArrayList<>();
        for (int i = 0; i < partners * instance.skills.size(); i++) {
            intervals.add(new ArrayList<>());
            demands.add(new ArrayList<>());
        }
        for (RndInstance.Task task : instance.tasks) {
            int t = task.index();
            int owner = instance.partnerOf(task);
            List<BoolVar[]> taskStaffing = new ArrayList<>();
            List<List<Integer>> taskSuppliers = new ArrayList<>();
            for (int n = 0; n < task.needs().size(); n++) {
                RndInstance.Need need = task.needs().get(n);
                List<Integer> allowed = instance.suppliers(owner, need);
                BoolVar[] by = new BoolVar[allowed.size()];
                for (int k = 0; k < allowed.size(); k++) {
                    int q = allowed.get(k);
                    IntervalVar interval;
                    if (allowed.size() == 1 && executed[t] == null) {
                        interval = model.newFixedSizeIntervalVar(start[t], task.duration(), "run_" + t);
                    } else {
                        by[k] = model.newBoolVar("staff_" + t + "_" + n + "_by_" + q);
                        interval = model.newOptionalFixedSizeIntervalVar(
                                start[t], task.duration(), by[k], "run_" + t + "_" + n + "_" + q);
                    }
                    int resource = q * instance.skills.size() + need.skill();
                    intervals.get(resource).add(interval);
                    demands.get(resource).add(instance.demandUnits(owner, q, need));
                }
                if (by[0] != null) {
                    LinearExpr staffed = LinearExpr.sum(by);
                    if (executed[t] != null) {
                        model.addEquality(staffed, executed[t]);
                    } else {
                        model.addEquality(staffed, 1);
                    }
                }
                taskStaffing.add(by);
                taskSuppliers.add(allowed);
            }
            staffedBy.add(taskStaffing);
            suppliers.add(taskSuppliers);
        }
        // After the last program completes, no task runs: an interval from then to past the horizon that
        // takes every team lets the cumulative constraints' energy reasoning bound the completions.
        IntervalVar afterAll =
                model.newIntervalVar(lastCompletion, afterAllSize, model.newConstant(horizon + 1), "after_all");
        for (int q = 0; q < partners; q++) {
            for (int s = 0; s < instance.skills.size(); s++) {
                int resource = q * instance.skills.size() + s;
                if (intervals.get(resource).isEmpty()) {
                    continue;
                }
                intervals.get(resource).add(afterAll);
                demands.get(resource).add(instance.capacityUnits(q, s));
                CumulativeConstraint cumulative = model.addCumulative(instance.capacityUnits(q, s));
                cumulative.addDemands(
                        intervals.get(resource).toArray(IntervalVar[]::new),
                        demands.get(resource).stream()
                                .mapToLong(Long::longValue)
                                .toArray());
            }
        }
        // Completion of each program: after the result of every task without successors.
        for (int p = 0; p < instance.programs.size(); p++) {
            completion[p] = model.newIntVar(0, horizon, "completion_" + p);
            model.addGreaterOrEqual(lastCompletion, completion[p]);
        }
        for (RndInstance.Task task : instance.tasks) {
            if (task.successors().length == 0) {
                model.addGreaterOrEqual(completion[task.program()], ready[task.index()]);
            }
        }
        model.minimize(objective());
    }

    /**
     * K × Σ weight × completion + Σ work of the executed copies of shared tasks, with K above the
     * work of all shared copies: time to market first, then, among equally fast plans, the one that
     * does the least shared work twice.
     */
    private LinearExpr objective() {
        var objective = LinearExpr.newBuilder();
        for (int p = 0; p < completion.length; p++) {
            objective.addTerm(completion[p], instance.programs.get(p).weight() * workScale);
        }
        for (int[] group : instance.shareGroups) {
            for (int c : group) {
                objective.addTerm(executed[c], work(c));
            }
        }
        return objective.build();
    }

    private long work(int task) {
        RndInstance.Task t = instance.tasks.get(task);
        return (long) t.duration()
                * t.needs().stream().mapToLong(RndInstance.Need::teams).sum();
    }

    private long modelObjective(RndSchedule schedule) {
        long objective = schedule.objective(instance) * workScale;
        for (int[] group : instance.shareGroups) {
            for (int c : group) {
                objective += schedule.executed(c) ? work(c) : 0;
            }
        }
        return objective;
    }

    /** The smallest weighted completion compatible with a bound on the model's objective. */
    private long primaryBound(double modelBound) {
        return (long) Math.ceil((Math.ceil(modelBound - 1e-6) - (workScale - 1)) / (double) workScale);
    }

    private int partnerOf(int task) {
        return instance.partnerOf(instance.tasks.get(task));
    }

    /** A complete hint: CP-SAT starts from this schedule, so it never returns a worse one. */
    private void hint(RndSchedule hint) {
        for (RndInstance.Task task : instance.tasks) {
            int t = task.index();
            int worker = hint.worker(t);
            model.addHint(start[t], hint.executed(t) ? hint.start[t] : hint.start[worker]);
            if (executed[t] != null) {
                model.addHint(executed[t], hint.executed(t));
                if (ready[t] instanceof IntVar readyVar) {
                    model.addHint(readyVar, hint.ready(instance, t));
                }
                BoolVar[] served = servedBy[t];
                if (served != null) {
                    for (int d = 0; d < served.length; d++) {
                        if (served[d] != null) {
                            model.addHint(served[d], hint.server[t] == d);
                        }
                    }
                }
            }
            for (int n = 0; n < task.needs().size(); n++) {
                BoolVar[] by = staffedBy.get(t).get(n);
                List<Integer> allowed = suppliers.get(t).get(n);
                for (int k = 0; k < by.length; k++) {
                    if (by[k] != null) {
                        model.addHint(by[k], hint.executed(t) && hint.supplier[t][n] == allowed.get(k));
                    }
                }
            }
        }
        int last = 0;
        for (int p = 0; p < instance.programs.size(); p++) {
            model.addHint(completion[p], hint.completion(instance, p));
            last = Math.max(last, hint.completion(instance, p));
        }
        model.addHint(lastCompletion, last);
        model.addHint(afterAllSize, instance.horizon + 1 - last);
        // The hint is feasible, so the optimum is no worse: say so, which also prunes the search.
        model.addLessOrEqual(objective(), modelObjective(hint));
    }

    /**
     * What the LP relaxation gave: a lower bound on Σ weight × completion in the instance's integer
     * weight units (0 when the LP did not solve) and each task's ready month in the last LP solution
     * (empty when none), a priority for list scheduling.
     */
    record Relaxation(long bound, double[] readyMonth) {}

    /**
     * A lower bound on Σ weight × completion from a linear relaxation solved by GLOP, with its
     * solution. Variables: each task's ready
     * month R and each program's completion C. Rows: R ≥ R(predecessor) + the task's chain duration
     * ({@code chain}: for a shared task the shortest in its group, as a served copy is ready when its
     * server ends), R ≥ {@code head} + chain duration, C ≥ R of the program's tasks without
     * successors, and per skill, over the unshared tasks needing it (normalized energy P = months ×
     * teams / pooled teams of the coalition, mean busy month R − duration / 2), the parallel
     * inequalities Σ_S P (R − d / 2) ≥ P(S)² / 2 for every set S: all tasks together never use more
     * than the pooled teams. Those are separated (most violated prefix in order of mean busy month per
     * skill) for at most {@code rounds} rounds and until {@code deadlineNanos} (System.nanoTime); every
     * round's LP is a relaxation, so the last one solved gives a bound whenever the rounds stop.
     */
    static Relaxation relaxation(RndInstance instance, int[] chain, int[] head, int rounds, long deadlineNanos) {
        OrTools.load();
        MPSolver lp = MPSolver.createSolver("GLOP");
        if (lp == null) {
            return new Relaxation(0, new double[0]);
        }
        try {
            return relaxation(instance, chain, head, rounds, deadlineNanos, lp);
        } finally {
            lp.delete();
        }
    }

    private static Relaxation relaxation(
            RndInstance instance, int[] chain, int[] head, int rounds, long deadlineNanos, MPSolver lp) {
        int tasks = instance.tasks.size();
        MPVariable[] readyMonth = new MPVariable[tasks];
        for (RndInstance.Task task : instance.tasks) {
            int t = task.index();
            readyMonth[t] = lp.makeNumVar(head[t] + chain[t], MPSolver.infinity(), "ready_" + t);
        }
        MPObjective objective = lp.objective();
        MPVariable[] programCompletion = new MPVariable[instance.programs.size()];
        for (int p = 0; p < programCompletion.length; p++) {
            programCompletion[p] = lp.makeNumVar(0, MPSolver.infinity(), "completion_" + p);
            objective.setCoefficient(
                    programCompletion[p], instance.programs.get(p).weight());
        }
        objective.setMinimization();
        for (RndInstance.Task task : instance.tasks) {
            int t = task.index();
            for (int p : task.predecessors()) {
                MPConstraint after = lp.makeConstraint(chain[t], MPSolver.infinity());
                after.setCoefficient(readyMonth[t], 1);
                after.setCoefficient(readyMonth[p], -1);
            }
            if (task.successors().length == 0) {
                MPConstraint completes = lp.makeConstraint(0, MPSolver.infinity());
                completes.setCoefficient(programCompletion[task.program()], 1);
                completes.setCoefficient(readyMonth[t], -1);
            }
        }
        int skills = instance.skills.size();
        List<List<Integer>> onSkill = new ArrayList<>();
        List<List<Double>> energyOnSkill = new ArrayList<>();
        for (int s = 0; s < skills; s++) {
            onSkill.add(new ArrayList<>());
            energyOnSkill.add(new ArrayList<>());
        }
        for (RndInstance.Task task : instance.tasks) {
            if (task.shareGroup() >= 0) {
                continue;
            }
            for (RndInstance.Need need : task.needs()) {
                long pooled = 0;
                for (int q = 0; q < instance.partnerIds.size(); q++) {
                    pooled += instance.capacityTeams[q][need.skill()];
                }
                onSkill.get(need.skill()).add(task.index());
                energyOnSkill.get(need.skill()).add((double) task.duration() * need.teams() / pooled);
            }
        }
        double value = 0;
        double[] solution = new double[0];
        for (int round = 0; round < rounds; round++) {
            long now = System.nanoTime();
            if (now >= deadlineNanos) {
                break;
            }
            if (deadlineNanos != Long.MAX_VALUE) {
                lp.setTimeLimit(Math.max(1, (deadlineNanos - now) / 1_000_000));
            }
            if (Cancellation.solving(lp::interruptSolve, lp::solve) != MPSolver.ResultStatus.OPTIMAL) {
                // Out of time (or numerical trouble): the previous round's value, if any, is still a bound.
                break;
            }
            value = objective.value();
            // Read the whole solution first: adding a cut invalidates it.
            solution = new double[tasks];
            for (int t = 0; t < tasks; t++) {
                solution[t] = readyMonth[t].solutionValue();
            }
            boolean cut = false;
            for (int s = 0; s < skills; s++) {
                cut |= addMostViolatedEnergyCut(
                        lp, readyMonth, solution, instance, onSkill.get(s), energyOnSkill.get(s));
            }
            if (!cut) {
                break;
            }
        }
        if (solution.length == 0) {
            return new Relaxation(0, solution);
        }
        // GLOP's value is exact up to its tolerances; a relative margin keeps the bound a proof.
        return new Relaxation((long) Math.ceil(value * (1 - 1e-6) - 1e-6), solution);
    }

    private static boolean addMostViolatedEnergyCut(
            MPSolver lp,
            MPVariable[] readyMonth,
            double[] solution,
            RndInstance instance,
            List<Integer> tasks,
            List<Double> energy) {
        int n = tasks.size();
        double[] meanBusy = new double[n];
        Integer[] order = new Integer[n];
        for (int k = 0; k < n; k++) {
            int t = tasks.get(k);
            meanBusy[k] = solution[t] - instance.tasks.get(t).duration() / 2.0;
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> Double.compare(meanBusy[a], meanBusy[b]));
        double total = 0;
        double left = 0;
        double worst = 0;
        int worstLength = 0;
        for (int i = 0; i < n; i++) {
            int k = order[i];
            total += energy.get(k);
            left += energy.get(k) * meanBusy[k];
            double violation = total * total / 2 - left;
            if (violation > worst + 1e-6 * Math.max(1, total * total)) {
                worst = violation;
                worstLength = i + 1;
            }
        }
        if (worstLength == 0) {
            return false;
        }
        // Σ P (R − d/2) ≥ P(S)² / 2, written as Σ P R ≥ P(S)² / 2 + Σ P d / 2.
        double sum = 0;
        double halfDurations = 0;
        MPConstraint cut = lp.makeConstraint();
        for (int i = 0; i < worstLength; i++) {
            int k = order[i];
            int t = tasks.get(k);
            sum += energy.get(k);
            halfDurations += energy.get(k) * instance.tasks.get(t).duration() / 2.0;
            // A task needing the skill twice appears twice: its coefficients add up.
            cut.setCoefficient(readyMonth[t], cut.getCoefficient(readyMonth[t]) + energy.get(k));
        }
        cut.setBounds(sum * sum / 2 + halfDurations, MPSolver.infinity());
        return true;
    }

    private CpSolver solver(RndSolveOptions options) {
        CpSolver solver = new CpSolver();
        solver.getParameters()
                .setNumWorkers(options.workers())
                .setRandomSeed((int) options.seed())
                .setMaxTimeInSeconds(options.timeLimitSeconds())
                .setRelativeGapLimit(options.relativeGap());
        return solver;
    }

    private IllegalStateException rejected(CpSolverStatus status) {
        return new IllegalStateException(
                "CP-SAT rejected the R&D model (" + status + "); this is a bug in the R&D lever: " + model.validate());
    }

    private Result run(RndSolveOptions options) {
        CpSolver solver = solver(options);
        CpSolverStatus status = Cancellation.solving(solver::stopSearch, () -> solver.solve(model));
        double seconds = solver.wallTime();
        return switch (status) {
            case OPTIMAL -> {
                // "Optimal" within the relative gap limit: the bound says how close, exactly 0 when proven.
                RndSchedule schedule = decode(solver);
                long objective = schedule.objective(instance);
                yield new Result(
                        SolveStatus.OPTIMAL,
                        schedule,
                        Math.min(objective, primaryBound(solver.bestObjectiveBound())),
                        seconds);
            }
            case FEASIBLE -> new Result(
                    SolveStatus.FEASIBLE, decode(solver), primaryBound(solver.bestObjectiveBound()), seconds);
            case INFEASIBLE -> new Result(SolveStatus.INFEASIBLE, null, Long.MAX_VALUE, seconds);
            case UNKNOWN -> new Result(
                    SolveStatus.NO_SOLUTION_IN_TIME, null, primaryBound(solver.bestObjectiveBound()), seconds);
            case MODEL_INVALID, UNRECOGNIZED -> throw rejected(status);
        };
    }

    private RndSchedule decode(CpSolver solver) {
        RndSchedule schedule = new RndSchedule(instance);
        for (RndInstance.Task task : instance.tasks) {
            int t = task.index();
            schedule.start[t] = (int) solver.value(start[t]);
            if (executed[t] != null && !solver.booleanValue(executed[t])) {
                BoolVar[] served = servedBy[t];
                for (int d = 0; served != null && d < served.length; d++) {
                    if (served[d] != null && solver.booleanValue(served[d])) {
                        schedule.server[t] = d;
                    }
                }
                schedule.supplier[t] = new int[0];
                continue;
            }
            for (int n = 0; n < task.needs().size(); n++) {
                BoolVar[] by = staffedBy.get(t).get(n);
                List<Integer> allowed = suppliers.get(t).get(n);
                for (int k = 0; k < by.length; k++) {
                    if (by[k] == null || solver.booleanValue(by[k])) {
                        schedule.supplier[t][n] = allowed.get(k);
                    }
                }
            }
        }
        for (int t = 0; t < instance.tasks.size(); t++) {
            if (!schedule.executed(t)) {
                schedule.start[t] = schedule.start[schedule.server[t]];
            }
        }
        return schedule;
    }
}
