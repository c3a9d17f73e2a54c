package org.allianceplanner.engine.rnd;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.allianceplanner.model.partner.Friction;
import org.allianceplanner.model.partner.Partner;
import org.allianceplanner.model.rnd.RndProgram;
import org.allianceplanner.model.rnd.RndTask;
import org.allianceplanner.model.rnd.RndTaskNeed;
import org.allianceplanner.model.rnd.RndTeam;
import org.allianceplanner.model.rnd.plan.TaskRef;
import org.allianceplanner.model.scenario.ExchangeRates;
import org.allianceplanner.model.scenario.Scenario;
import org.jspecify.annotations.Nullable;

/**
 * A coalition's R&amp;D data, indexed for the solver: members, their programs and tasks, the skills,
 * every member's capacity, the friction between members and the groups of shared tasks. Tasks,
 * programs, partners and skills are numbered from 0 in scenario order (partners sorted by id).
 *
 * <p>Team amounts are counted in units of 1/{@link #unitsPerTeam} team: 1 for a single partner (no
 * borrowing), 100 in a coalition, so that borrowed teams inflated by friction stay integers.
 */
final class RndInstance {
    /** Largest integer objective weight; weights are cost of delay in units of max cost / this. */
    private static final double WEIGHT_RESOLUTION = 1e6;

    record Program(String programId, int partner, String name, double costBase, long weight) {}

    record Need(int skill, int teams) {}

    record Task(
            int index,
            int program,
            RndTask task,
            int duration,
            int[] predecessors,
            int[] successors,
            List<Need> needs,
            int shareGroup) {
        TaskRef ref() {
            return new TaskRef(task.programId(), task.taskId());
        }
    }

    final Scenario scenario;
    final List<String> partnerIds;
    final @Nullable Double frictionOverride;
    final List<Program> programs = new ArrayList<>();
    final List<Task> tasks = new ArrayList<>();
    final List<String> skills = new ArrayList<>();
    final int[][] capacityTeams;
    final double[][] friction;
    final List<int[]> shareGroups = new ArrayList<>();
    final int unitsPerTeam;
    final int horizon;
    final double weightUnitBase;
    private final double rawWeightUnitBase;
    private final Map<TaskRef, Integer> taskIndex = new HashMap<>();

    RndInstance(Scenario scenario, List<String> partnerIds, @Nullable Double frictionOverride) {
        this.scenario = scenario;
        this.partnerIds = List.copyOf(new TreeSet<>(partnerIds));
        this.frictionOverride = frictionOverride;
        Map<String, Integer> partnerIndex = new HashMap<>();
        for (String id : this.partnerIds) {
            if (scenario.partners().stream().noneMatch(p -> p.partnerId().equals(id))) {
                throw new IllegalArgumentException("Unknown partner '" + id + "': the scenario has no such partner.");
            }
            partnerIndex.put(id, partnerIndex.size());
        }
        int partners = this.partnerIds.size();
        unitsPerTeam = partners == 1 ? 1 : 100;

        Map<String, Integer> skillIndex = new LinkedHashMap<>();
        for (RndTeam team : scenario.rndTeams()) {
            if (partnerIndex.containsKey(team.partnerId())) {
                skillIndex.putIfAbsent(team.skill(), skillIndex.size());
            }
        }

        Map<String, Integer> programIndex = new HashMap<>();
        double maxCost = 0;
        List<double[]> costs = new ArrayList<>();
        for (RndProgram program : scenario.rndPrograms()) {
            Integer partner = partnerIndex.get(program.partnerId());
            if (partner != null) {
                double costBase = program.costOfDelayPerMonth() * basePerUnit(program.partnerId());
                maxCost = Math.max(maxCost, costBase);
                programIndex.put(program.programId(), programIndex.size());
                costs.add(new double[] {partner, costBase});
            }
        }
        rawWeightUnitBase = maxCost > 0 ? maxCost / WEIGHT_RESOLUTION : 1;
        List<RndProgram> memberPrograms = scenario.rndPrograms().stream()
                .filter(p -> programIndex.containsKey(p.programId()))
                .toList();
        for (int i = 0; i < memberPrograms.size(); i++) {
            RndProgram program = memberPrograms.get(i);
            double costBase = costs.get(i)[1];
            // Without any cost of delay, every program weighs 1 (the sum of completions is minimized).
            long weight = maxCost > 0 ? (costBase > 0 ? Math.max(1, Math.round(costBase / rawWeightUnitBase)) : 0) : 1;
            programs.add(new Program(program.programId(), (int) costs.get(i)[0], program.name(), costBase, weight));
        }
        // Small coefficients search better: divide the weights by their greatest common divisor.
        long divisor = 0;
        for (Program program : programs) {
            divisor = java.math.BigInteger.valueOf(divisor)
                    .gcd(java.math.BigInteger.valueOf(program.weight()))
                    .longValue();
        }
        long gcd = Math.max(1, divisor);
        programs.replaceAll(p -> new Program(p.programId(), p.partner(), p.name(), p.costBase(), p.weight() / gcd));
        weightUnitBase = rawWeightUnitBase * gcd;

        Map<TaskRef, List<Need>> needsByTask = new HashMap<>();
        for (RndTaskNeed need : scenario.rndTaskNeeds()) {
            if (programIndex.containsKey(need.programId())) {
                int skill = skillIndex.computeIfAbsent(need.skill(), s -> skillIndex.size());
                needsByTask
                        .computeIfAbsent(new TaskRef(need.programId(), need.taskId()), t -> new ArrayList<>())
                        .add(new Need(skill, need.teams()));
            }
        }
        skills.addAll(skillIndex.keySet());

        List<RndTask> memberTasks = scenario.rndTasks().stream()
                .filter(t -> programIndex.containsKey(t.programId()))
                .toList();
        for (RndTask task : memberTasks) {
            taskIndex.put(new TaskRef(task.programId(), task.taskId()), taskIndex.size());
        }
        Map<String, List<Integer>> byShareKey = new LinkedHashMap<>();
        if (partners > 1) {
            for (int i = 0; i < memberTasks.size(); i++) {
                String key = memberTasks.get(i).shareKey();
                if (key != null && !key.isBlank()) {
                    byShareKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
                }
            }
        }
        int[] groupOf = new int[memberTasks.size()];
        java.util.Arrays.fill(groupOf, -1);
        for (List<Integer> group : byShareKey.values()) {
            long owners = group.stream()
                    .map(i -> programIndex.get(memberTasks.get(i).programId()))
                    .map(p -> programs.get(p).partner())
                    .distinct()
                    .count();
            if (owners >= 2) {
                for (int i : group) {
                    groupOf[i] = shareGroups.size();
                }
                shareGroups.add(group.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        List<List<Integer>> successors = new ArrayList<>();
        for (int i = 0; i < memberTasks.size(); i++) {
            successors.add(new ArrayList<>());
        }
        int totalDuration = 0;
        for (int i = 0; i < memberTasks.size(); i++) {
            RndTask task = memberTasks.get(i);
            int[] predecessors = task.predecessorTaskIds().stream()
                    .mapToInt(id -> index(new TaskRef(task.programId(), id)))
                    .toArray();
            for (int p : predecessors) {
                successors.get(p).add(i);
            }
            totalDuration += task.durationMonths();
        }
        for (int i = 0; i < memberTasks.size(); i++) {
            RndTask task = memberTasks.get(i);
            tasks.add(new Task(
                    i,
                    Objects.requireNonNull(programIndex.get(task.programId())), // a member's program
                    task,
                    task.durationMonths(),
                    task.predecessorTaskIds().stream()
                            .mapToInt(id -> index(new TaskRef(task.programId(), id)))
                            .toArray(),
                    successors.get(i).stream().mapToInt(Integer::intValue).toArray(),
                    List.copyOf(needsByTask.getOrDefault(new TaskRef(task.programId(), task.taskId()), List.of())),
                    groupOf[i]));
        }
        horizon = Math.max(1, totalDuration);

        capacityTeams = new int[partners][skills.size()];
        for (RndTeam team : scenario.rndTeams()) {
            Integer partner = partnerIndex.get(team.partnerId());
            if (partner != null) {
                // skillIndex holds every skill of the members' teams, and partner says this team is a member's.
                capacityTeams[partner][Objects.requireNonNull(skillIndex.get(team.skill()))] = team.capacityTeams();
            }
        }
        friction = new double[partners][partners];
        for (int a = 0; a < partners; a++) {
            for (int b = 0; b < partners; b++) {
                friction[a][b] = a == b ? 0 : frictionBetween(this.partnerIds.get(a), this.partnerIds.get(b));
            }
        }
    }

    int index(TaskRef ref) {
        Integer index = taskIndex.get(ref);
        if (index == null) {
            throw new IllegalArgumentException("Task " + ref + " is not a task of the coalition " + partnerIds + ".");
        }
        return index;
    }

    int partnerOf(Task task) {
        return programs.get(task.program()).partner();
    }

    /** Capacity of a partner's skill in units of 1/unitsPerTeam team. */
    long capacityUnits(int partner, int skill) {
        return (long) capacityTeams[partner][skill] * unitsPerTeam;
    }

    /**
     * Units of {@code supplier}'s capacity a need of a task of {@code owner} occupies, or -1 when
     * the supplier cannot staff it (friction 1, no such teams, or too few).
     */
    long demandUnits(int owner, int supplier, Need need) {
        long capacity = capacityUnits(supplier, need.skill());
        if (supplier == owner) {
            return (long) need.teams() * unitsPerTeam;
        }
        double efficiency = 1 - friction[owner][supplier];
        if (efficiency <= 0 || capacity == 0) {
            return -1;
        }
        // The small tolerance keeps 2 / 0.8 = 2.5 teams at 250 units despite binary rounding.
        long units = (long) Math.ceil(need.teams() * unitsPerTeam / efficiency - 1e-9);
        return units <= capacity ? units : -1;
    }

    /** Partners that may staff a need of a task of {@code owner}: the owner first. */
    List<Integer> suppliers(int owner, Need need) {
        List<Integer> suppliers = new ArrayList<>(List.of(owner));
        for (int q = 0; q < partnerIds.size(); q++) {
            if (q != owner && demandUnits(owner, q, need) > 0) {
                suppliers.add(q);
            }
        }
        return suppliers;
    }

    private double frictionBetween(String a, String b) {
        if (frictionOverride != null) {
            return frictionOverride;
        }
        for (Friction row : scenario.frictions()) {
            if ((row.partnerA().equals(a) && row.partnerB().equals(b))
                    || (row.partnerA().equals(b) && row.partnerB().equals(a))) {
                return row.friction();
            }
        }
        return scenario.settings().defaultFriction();
    }

    private double basePerUnit(String partnerId) {
        String currency = scenario.partners().stream()
                .filter(p -> p.partnerId().equals(partnerId))
                .map(Partner::currency)
                .findFirst()
                .orElseThrow();
        return ExchangeRates.of(scenario).basePerUnit(currency);
    }
}
