package org.allianceplanner.engine.rnd;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.allianceplanner.engine.solver.Cancellation;

/**
 * Improves the first schedule of a coalition of one by a genetic algorithm over activity lists
 * (Hartmann 1998) whose every child is decoded by the serial schedule-generation scheme and then
 * double-justified (forward–backward improvement, Valls, Ballestín &amp; Quintanilla 2005); the
 * justified schedule's start order replaces the child's list. Only own teams, no sharing, like
 * {@link SerialScheduleGenerator}: the result is feasible for every coalition containing the partner.
 *
 * <ul>
 *   <li>Population: the first schedule's start order, then lists drawn by regret-biased random
 *       sampling on a priority (latest start for one program, the first schedule's start for
 *       several; every fourth list uniformly), all justified.
 *   <li>Each generation pairs the population at random; each pair gives two children by peak
 *       crossover (each parent once as the mother: the child keeps her busiest stretch of months in
 *       her order, and takes the father's order before and after it; see {@code peakCrossover}),
 *       each mutated by swapping neighbours that do not wait for each other. Parents and children
 *       together, the best distinct ones survive.
 *   <li>After {@link #RESTART_AFTER} schedules without improvement, the island keeps its best
 *       individual and draws the others again by sampling on the best schedule's starts.
 *   <li>It stops when a schedule reaches the lower bound it is given; when it has not beaten the
 *       schedule it started from (justified) after the budget's {@code giveUpAfter} schedules; when
 *       the budget of schedules is spent; or at the deadline.
 *       Without the deadline, the same instance, seed and budgets give the same schedule.
 * </ul>
 *
 * <p>Several islands (independent populations with their own seeds) run on their own threads; the
 * best schedule of all is kept. The compiled instance is read-only and shared; each island owns its
 * profile and scratch arrays.
 */
final class GeneticScheduler {
    /** Individuals per island. */
    static final int POPULATION = 40;

    /**
     * Schedules in a row without improvement after which an island keeps its best individual and
     * draws the others again around it.
     */
    static final long RESTART_AFTER = 5_000;

    /**
     * The longest peak a crossover takes from the mother, as a share of her last completion: 0.5
     * did best of 0.25, 0.5, 0.75 and 1 on 20 hard j120 instances (docs/BENCHMARKS.md).
     */
    private static final double PEAK_LONGEST_SHARE = 0.5;

    /** Chance of each neighbour swap in a child's list. */
    private static final double MUTATION = 0.05;

    /**
     * How a search went: the best schedule, the schedules generated (serial passes: each decoding and
     * each justification pass counts one), why it stopped, and the schedules generated since the best
     * schedule last improved (restart fills included; for several islands, the longest such stall
     * among the islands that ended at the best objective): a long stall says the schedule is probably
     * optimal.
     */
    record Outcome(RndSchedule schedule, long schedules, String stoppedBy, long schedulesSinceGain) {}

    /**
     * Budget of one search, per island: schedules in all; schedules after which it gives up if it has
     * not beaten the (justified) schedule it started from; and a deadline (System.nanoTime).
     */
    record Budget(long schedules, long giveUpAfter, long deadlineNanos) {}

    private static final Budget UNLIMITED = new Budget(Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE);

    private final RndInstance instance;
    /** Whether the study was cancelled; read by every island. */
    private BooleanSupplier cancelled = () -> false;

    private final int tasks;
    private final int[] duration;
    private final int[][] predecessors;
    private final int[][] successors;
    private final int[] program;
    private final long[] weight;
    /** Per task, the resources (partner × skill) it loads and the units on each. */
    private final int[][] resource;

    private final int[][] units;
    private final int[] capacity;
    private final int horizon;
    /** Resources (partner × skill): the capacities' length. */
    private final int resources;

    /** Teams left with nothing scheduled: month m, resource r at m × resources + r. */
    private final int[] idleProfile;

    private final int[] latestStart;
    /** The tasks in a topological order: it breaks ties between equal months safely. */
    private final int[] topological;

    private GeneticScheduler(RndInstance instance) {
        this.instance = instance;
        tasks = instance.tasks.size();
        duration = new int[tasks];
        predecessors = new int[tasks][];
        successors = new int[tasks][];
        program = new int[tasks];
        resource = new int[tasks][];
        units = new int[tasks][];
        int skills = instance.skills.size();
        capacity = new int[instance.partnerIds.size() * skills];
        for (int q = 0; q < instance.partnerIds.size(); q++) {
            for (int s = 0; s < skills; s++) {
                capacity[q * skills + s] = Math.toIntExact(instance.capacityUnits(q, s));
            }
        }
        for (RndInstance.Task task : instance.tasks) {
            int t = task.index();
            duration[t] = task.duration();
            predecessors[t] = task.predecessors();
            successors[t] = task.successors();
            program[t] = task.program();
            int owner = instance.partnerOf(task);
            resource[t] = new int[task.needs().size()];
            units[t] = new int[task.needs().size()];
            for (int n = 0; n < task.needs().size(); n++) {
                RndInstance.Need need = task.needs().get(n);
                resource[t][n] = owner * skills + need.skill();
                units[t][n] = Math.toIntExact(instance.demandUnits(owner, owner, need));
                if (units[t][n] < 0 || units[t][n] > capacity[resource[t][n]]) {
                    throw new IllegalArgumentException("Task " + task.ref() + " needs more teams than its owner has;"
                            + " validate the scenario before planning.");
                }
            }
        }
        weight = instance.programs.stream()
                .mapToLong(RndInstance.Program::weight)
                .toArray();
        horizon = instance.horizon;
        resources = capacity.length;
        idleProfile = new int[(horizon + 1) * resources];
        for (int m = 0; m <= horizon; m++) {
            System.arraycopy(capacity, 0, idleProfile, m * resources, resources);
        }
        latestStart = SerialScheduleGenerator.latestStarts(instance);
        topological = SerialScheduleGenerator.topologicalOrder(instance);
    }

    /**
     * The best schedule found from {@code first} (own teams only, no sharing) on {@code islands}
     * threads, never worse than {@code first}.
     *
     * @param lowerBound a proven lower bound on the objective: reaching it ends the search
     */
    static Outcome improve(
            RndInstance instance, RndSchedule first, long lowerBound, int islands, long seed, Budget budget) {
        GeneticScheduler scheduler = new GeneticScheduler(instance);
        scheduler.cancelled = Cancellation.signal();
        int[] firstStart = first.start.clone();
        ExecutorService pool = Executors.newFixedThreadPool(islands, runnable -> {
            Thread thread = new Thread(runnable, "rnd-genetic");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Outcome>> runs = new ArrayList<>();
            for (int i = 0; i < islands; i++) {
                Island island = scheduler.new Island(seed + 7919L * i, firstStart, lowerBound, budget);
                runs.add(pool.submit(island::run));
            }
            Outcome best = null;
            long schedules = 0;
            long stall = 0;
            for (Future<Outcome> run : runs) {
                Outcome outcome = run.get();
                schedules += outcome.schedules();
                long objective = outcome.schedule().objective(instance);
                if (best == null || objective < best.schedule().objective(instance)) {
                    best = outcome;
                    stall = outcome.schedulesSinceGain();
                } else if (objective == best.schedule().objective(instance)) {
                    stall = Math.max(stall, outcome.schedulesSinceGain());
                }
            }
            // At least one island ran (the pool above refuses fewer), so best is set.
            Outcome found = Objects.requireNonNull(best);
            return found.schedule().objective(instance) <= first.objective(instance)
                    ? new Outcome(found.schedule(), schedules, found.stoppedBy(), stall)
                    : new Outcome(first, schedules, "start kept", schedules / islands);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(first, 0, "interrupted", 0);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The R&D genetic search failed; this is a bug.", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Double justification of a schedule that uses own teams only and shares nothing: decoded again in
     * its start order (no task starts later), then each task as late as its teams, its successors and
     * its program's completion allow (latest-ending first) and each as early as possible again
     * (earliest-starting first), repeated while that lowers the objective. The right shift keeps each
     * task's original slot available, and the left shift moves no task later than the right shift put
     * it, so no program completes later.
     */
    static RndSchedule justified(RndInstance instance, RndSchedule schedule) {
        GeneticScheduler scheduler = new GeneticScheduler(instance);
        Island island = scheduler.new Island(0, schedule.start, Long.MIN_VALUE, UNLIMITED);
        return island.scheduleOf(island.justifiedFrom(scheduler.orderBy(schedule.start)));
    }

    /** One population with its own random numbers, profile and scratch arrays. */
    private final class Island {
        private final SplittableRandom random;
        private final int[] firstStart;
        private final long lowerBound;
        private final Budget budget;
        /** Teams left per month and resource: month m, resource r at m × resources + r. */
        private final int[] left = new int[idleProfile.length];

        private final int[] start = new int[tasks];
        private final int[] missing = new int[tasks];
        private long schedules;

        Island(long seed, int[] firstStart, long lowerBound, Budget budget) {
            this.random = new SplittableRandom(seed);
            this.firstStart = firstStart;
            this.lowerBound = lowerBound;
            this.budget = budget;
        }

        /** An activity list with the schedule it decodes to (justified) and its objective. */
        private record Individual(int[] list, int[] start, long objective) {}

        Outcome run() {
            List<Individual> population = new ArrayList<>();
            population.add(justifiedFrom(orderBy(firstStart)));
            long startingObjective = population.get(0).objective();
            if (startingObjective <= lowerBound) {
                return new Outcome(scheduleOf(population.get(0)), schedules, "lower bound", 0);
            }
            // Every fourth list is drawn uniformly (equal priorities), so that other interleavings of
            // programs appear.
            fill(population, instance.programs.size() == 1 ? latestStart : firstStart, new int[tasks]);
            Individual best = population.get(0);
            long sinceRestart = 0;
            long gainedAt = 0;
            String stoppedBy = "budget";
            while (true) {
                if (best.objective() <= lowerBound) {
                    stoppedBy = "lower bound";
                    break;
                }
                if (schedules >= budget.giveUpAfter() && best.objective() >= startingObjective) {
                    stoppedBy = "no gain";
                    break;
                }
                if (spent()) {
                    stoppedBy = Thread.currentThread().isInterrupted() || cancelled.getAsBoolean()
                            ? "interrupted"
                            : System.nanoTime() >= budget.deadlineNanos() ? "deadline" : "budget";
                    break;
                }
                if (sinceRestart >= RESTART_AFTER) {
                    sinceRestart = 0;
                    population = new ArrayList<>(List.of(best));
                    fill(population, best.start(), best.start());
                }
                if (population.size() < 2) {
                    // Every list drawn gives the same schedule: nothing is left to cross.
                    stoppedBy = "one schedule";
                    break;
                }
                long before = schedules;
                List<Individual> next = new ArrayList<>(population);
                int[] order = shuffled(population.size());
                for (int i = 0; i + 1 < order.length; i += 2) {
                    Individual mother = population.get(order[i]);
                    Individual father = population.get(order[i + 1]);
                    next.add(justifiedFrom(mutate(peakCrossover(mother, father))));
                    next.add(justifiedFrom(mutate(peakCrossover(father, mother))));
                }
                next.sort(Comparator.comparingLong(Individual::objective));
                population = new ArrayList<>();
                for (Individual individual : next) {
                    if (population.size() < POPULATION && isNew(population, individual)) {
                        population.add(individual);
                    }
                }
                if (population.get(0).objective() < best.objective()) {
                    best = population.get(0);
                    sinceRestart = 0;
                    gainedAt = schedules;
                } else {
                    sinceRestart += schedules - before;
                }
            }
            return new Outcome(scheduleOf(best), schedules, stoppedBy, schedules - gainedAt);
        }

        /**
         * Adds distinct justified individuals drawn on {@code priority} (every fourth on {@code
         * fourth}) until the population is full, 4 × {@link #POPULATION} draws were made or the budget
         * is spent; then sorts it, cheapest first.
         */
        private void fill(List<Individual> population, int[] priority, int[] fourth) {
            for (int draw = 1; draw <= 4 * POPULATION && population.size() < POPULATION && !spent(); draw++) {
                Individual candidate = justifiedFrom(sample(draw % 4 == 0 ? fourth : priority));
                if (isNew(population, candidate)) {
                    population.add(candidate);
                }
            }
            population.sort(Comparator.comparingLong(Individual::objective));
        }

        private RndSchedule scheduleOf(Individual individual) {
            RndSchedule schedule = new RndSchedule(instance);
            System.arraycopy(individual.start(), 0, schedule.start, 0, tasks);
            return schedule;
        }

        private boolean spent() {
            return schedules >= budget.schedules()
                    || System.nanoTime() >= budget.deadlineNanos()
                    || Thread.currentThread().isInterrupted()
                    || cancelled.getAsBoolean();
        }

        /** Equal objectives with equal starts are the same schedule: keep one, for diversity. */
        private boolean isNew(List<Individual> population, Individual candidate) {
            for (Individual other : population) {
                if (other.objective() == candidate.objective() && Arrays.equals(other.start(), candidate.start())) {
                    return false;
                }
            }
            return true;
        }

        private int[] shuffled(int size) {
            int[] order = new int[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            for (int i = size - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = order[i];
                order[i] = order[j];
                order[j] = swap;
            }
            return order;
        }

        /**
         * Regret-biased random sampling (Kolisch 1996): among the tasks whose predecessors are
         * listed, each is drawn with a chance proportional to 1 + (largest priority among them − its
         * priority), so low priority values (early latest starts) go first most of the time.
         */
        private int[] sample(int[] priority) {
            int[] list = new int[tasks];
            int[] eligible = new int[tasks];
            int eligibleCount = 0;
            for (int t = 0; t < tasks; t++) {
                missing[t] = predecessors[t].length;
                if (missing[t] == 0) {
                    eligible[eligibleCount++] = t;
                }
            }
            for (int k = 0; k < tasks; k++) {
                int largest = Integer.MIN_VALUE;
                for (int i = 0; i < eligibleCount; i++) {
                    largest = Math.max(largest, priority[eligible[i]]);
                }
                long total = 0;
                for (int i = 0; i < eligibleCount; i++) {
                    total += 1L + largest - priority[eligible[i]];
                }
                long draw = random.nextLong(total);
                int chosen = eligibleCount - 1;
                for (int i = 0; i < eligibleCount; i++) {
                    draw -= 1L + largest - priority[eligible[i]];
                    if (draw < 0) {
                        chosen = i;
                        break;
                    }
                }
                int t = eligible[chosen];
                eligible[chosen] = eligible[--eligibleCount];
                list[k] = t;
                for (int s : successors[t]) {
                    if (--missing[s] == 0) {
                        eligible[eligibleCount++] = s;
                    }
                }
            }
            return list;
        }

        /**
         * Peak crossover (after Valls, Ballestín &amp; Quintanilla 2008): the child keeps the mother's
         * busiest stretch of months, where her schedule packs the teams best. A window length is
         * drawn up to {@link #PEAK_LONGEST_SHARE} of her last completion, and the window of that
         * length with the most team load (units over capacity, summed over months) is the peak. The
         * child lists the tasks she starts before the peak in the father's order, then those she
         * starts in it in her order, then the rest in the father's order. A task's predecessors start
         * no later than it in her schedule, so they fall in the same part or an earlier one, and the
         * child keeps precedence order.
         */
        private int[] peakCrossover(Individual mother, Individual father) {
            int[] motherStart = mother.start();
            int end = 0;
            for (int t = 0; t < tasks; t++) {
                end = Math.max(end, motherStart[t] + duration[t]);
            }
            // loadBefore[m]: the mother's team load in the months before m.
            double[] loadBefore = new double[end + 1];
            for (int t = 0; t < tasks; t++) {
                for (int n = 0; n < resource[t].length; n++) {
                    double share = units[t][n] / (double) capacity[resource[t][n]];
                    for (int m = motherStart[t]; m < motherStart[t] + duration[t]; m++) {
                        loadBefore[m + 1] += share;
                    }
                }
            }
            for (int m = 1; m <= end; m++) {
                loadBefore[m] += loadBefore[m - 1];
            }
            int length = Math.min(end, 1 + random.nextInt(Math.max(1, (int) (PEAK_LONGEST_SHARE * end))));
            int peakFrom = 0;
            double most = -1;
            for (int from = 0; from + length <= end; from++) {
                double load = loadBefore[from + length] - loadBefore[from];
                if (load > most) {
                    most = load;
                    peakFrom = from;
                }
            }
            int peakTo = peakFrom + length;
            int[] child = new int[tasks];
            int k = 0;
            for (int t : father.list()) {
                if (motherStart[t] < peakFrom) {
                    child[k++] = t;
                }
            }
            for (int t : mother.list()) {
                if (motherStart[t] >= peakFrom && motherStart[t] < peakTo) {
                    child[k++] = t;
                }
            }
            for (int t : father.list()) {
                if (motherStart[t] >= peakTo) {
                    child[k++] = t;
                }
            }
            return child;
        }

        /** Swaps neighbours at random unless the second waits for the first. */
        private int[] mutate(int[] list) {
            for (int i = 0; i + 1 < tasks; i++) {
                if (random.nextDouble() < MUTATION && !waitsFor(list[i + 1], list[i])) {
                    int swap = list[i];
                    list[i] = list[i + 1];
                    list[i + 1] = swap;
                }
            }
            return list;
        }

        private boolean waitsFor(int task, int other) {
            for (int p : predecessors[task]) {
                if (p == other) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Decodes {@code list} by the serial scheme, then justifies: right (tasks by end, latest first,
         * as late as their successors and their program's completion allow) and left again (by start,
         * earliest first, as early as possible) while that lowers the objective. Returns the final
         * schedule with its start order as the list.
         */
        private Individual justifiedFrom(int[] list) {
            serialForward(list);
            long objective = objective(start);
            int[] current = start.clone();
            while (true) {
                int[] byEnd = orderByEndDescending(current);
                serialBackward(byEnd, completions(current));
                int[] right = start.clone();
                serialForward(orderBy(right));
                long justified = objective(start);
                if (justified > objective) {
                    break;
                }
                boolean improved = justified < objective;
                objective = justified;
                current = start.clone();
                if (!improved) {
                    break;
                }
            }
            return new Individual(orderBy(current), current, objective);
        }

        /** Starts each task of {@code list}, in order, at its earliest feasible month. */
        private void serialForward(int[] list) {
            clearProfile();
            for (int t : list) {
                int earliest = 0;
                for (int p : predecessors[t]) {
                    earliest = Math.max(earliest, start[p] + duration[p]);
                }
                start[t] = firstFit(t, earliest);
                load(t, start[t]);
            }
            schedules++;
        }

        /**
         * Ends each task of {@code list} (successors first), in order, as late as its successors'
         * starts and its program's completion allow.
         */
        private void serialBackward(int[] list, int[] completion) {
            clearProfile();
            for (int t : list) {
                int latestEnd = completion[program[t]];
                for (int s : successors[t]) {
                    latestEnd = Math.min(latestEnd, start[s]);
                }
                start[t] = lastFit(t, latestEnd - duration[t]);
                load(t, start[t]);
            }
            schedules++;
        }

        /**
         * The earliest month from {@code from} at which {@code t} fits its teams: each month is
         * checked once, and a month that does not fit moves the start past it.
         */
        private int firstFit(int t, int from) {
            int length = duration[t];
            int[] needed = resource[t];
            int s = from;
            if (s + length > horizon) {
                throw noMonth("within the horizon");
            }
            for (int m = s; m < s + length; m++) {
                for (int n = 0; n < needed.length; n++) {
                    if (left[m * resources + needed[n]] < units[t][n]) {
                        s = m + 1;
                        if (s + length > horizon) {
                            throw noMonth("within the horizon");
                        }
                        break;
                    }
                }
            }
            return s;
        }

        /**
         * The latest start at or before {@code from} at which {@code t} fits its teams: months are
         * checked from the end down, each once, and a month that does not fit moves the end before it.
         */
        private int lastFit(int t, int from) {
            int length = duration[t];
            int[] needed = resource[t];
            int s = from;
            if (s < 0) {
                throw noMonth("when justifying right");
            }
            for (int m = s + length - 1; m >= s; m--) {
                for (int n = 0; n < needed.length; n++) {
                    if (left[m * resources + needed[n]] < units[t][n]) {
                        s = m - length;
                        if (s < 0) {
                            throw noMonth("when justifying right");
                        }
                        break;
                    }
                }
            }
            return s;
        }

        /** A task that fits no month: the horizon is too short, which is a bug. */
        private IllegalStateException noMonth(String when) {
            return new IllegalStateException(
                    "The R&D genetic search found no month for a task " + when + "; this is a bug.");
        }

        private void load(int t, int from) {
            for (int n = 0; n < resource[t].length; n++) {
                for (int m = from; m < from + duration[t]; m++) {
                    left[m * resources + resource[t][n]] -= units[t][n];
                }
            }
        }

        private void clearProfile() {
            System.arraycopy(idleProfile, 0, left, 0, left.length);
        }

        private int[] completions(int[] starts) {
            int[] completion = new int[weight.length];
            for (int t = 0; t < tasks; t++) {
                completion[program[t]] = Math.max(completion[program[t]], starts[t] + duration[t]);
            }
            return completion;
        }

        private long objective(int[] starts) {
            int[] completion = completions(starts);
            long objective = 0;
            for (int p = 0; p < weight.length; p++) {
                objective += weight[p] * completion[p];
            }
            return objective;
        }

        /** Tasks by end, latest first, ties in reverse topological order (successors first). */
        private int[] orderByEndDescending(int[] starts) {
            int[] monthsBeforeHorizon = new int[tasks];
            for (int t = 0; t < tasks; t++) {
                monthsBeforeHorizon[t] = horizon - (starts[t] + duration[t]);
            }
            return orderByMonth(monthsBeforeHorizon, true);
        }
    }

    /**
     * Tasks by {@code starts}, earliest first, ties in topological order: a list in precedence order
     * for any schedule that respects precedences.
     */
    private int[] orderBy(int[] starts) {
        return orderByMonth(starts, false);
    }

    /**
     * Tasks by {@code month} (each in [0, horizon]), smallest first; ties in topological order, or in
     * its reverse when {@code reverseTies}. A counting sort, stable over the topological order.
     */
    private int[] orderByMonth(int[] month, boolean reverseTies) {
        int[] count = new int[horizon + 2];
        for (int t = 0; t < tasks; t++) {
            count[month[t] + 1]++;
        }
        for (int k = 1; k < count.length; k++) {
            count[k] += count[k - 1];
        }
        int[] order = new int[tasks];
        for (int i = 0; i < tasks; i++) {
            int t = topological[reverseTies ? tasks - 1 - i : i];
            order[count[month[t]]++] = t;
        }
        return order;
    }
}
