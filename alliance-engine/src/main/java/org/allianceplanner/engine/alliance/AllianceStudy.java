package org.allianceplanner.engine.alliance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.allianceplanner.engine.footprint.FootprintLever;
import org.allianceplanner.engine.game.GainSharingSolver;
import org.allianceplanner.engine.game.SampledShapley;
import org.allianceplanner.engine.rnd.RndPlanner;
import org.allianceplanner.engine.solver.Elapsed;
import org.allianceplanner.engine.solver.PlanningException;
import org.allianceplanner.engine.sourcing.PartNeeds;
import org.allianceplanner.engine.sourcing.SourcingLever;
import org.allianceplanner.model.alliance.AllianceComparison;
import org.allianceplanner.model.alliance.AllianceStudyResult;
import org.allianceplanner.model.alliance.CoalitionResult;
import org.allianceplanner.model.alliance.LeverSynergy;
import org.allianceplanner.model.alliance.PartnerStandalone;
import org.allianceplanner.model.footprint.CoalitionFootprint;
import org.allianceplanner.model.footprint.FootprintPlan;
import org.allianceplanner.model.footprint.ProfitBreakdown;
import org.allianceplanner.model.game.CooperativeGame;
import org.allianceplanner.model.game.GainSharing;
import org.allianceplanner.model.game.GameKind;
import org.allianceplanner.model.partner.CandidateCoalition;
import org.allianceplanner.model.partner.Partner;
import org.allianceplanner.model.plan.PlainNumber;
import org.allianceplanner.model.rnd.plan.BreakEvenFriction;
import org.allianceplanner.model.rnd.plan.RndComparison;
import org.allianceplanner.model.scenario.Scenario;
import org.allianceplanner.model.sourcing.plan.CoalitionSourcing;
import org.allianceplanner.model.sourcing.plan.SourcingPlan;

/**
 * The whole alliance study of a scenario (DESIGN.md §2.4): every partner alone, then every coalition
 * the comparison needs, every lever, then the candidate alliances compared and their gain split.
 *
 * <p><b>Which coalitions.</b> The alliances compared are the scenario's candidate coalitions, or every
 * group of two or more partners when it lists none (up to {@value #MAX_PARTNERS_FOR_ALL_COALITIONS}
 * partners), and each partner alone. Splitting an alliance's gain needs the value of every group
 * inside it, so every sub-coalition of every candidate is planned too.
 *
 * <p><b>Order and warm starts.</b> Coalitions are planned smallest first, those of one size in parallel
 * on {@link AllianceOptions#threads()} threads. Each coalition's footprint solve starts from the best
 * split of the coalition into groups already planned (the split whose plans, side by side, earn the
 * most): that union is a feasible plan of the coalition, so the joint plan earns at least as much as
 * any split into planned groups, even when a time limit stops the solver. The sourcing lever then buys
 * the parts of the joint plan separately and pooled; the R&amp;D lever schedules the members' programs
 * together, starting from their own schedules.
 *
 * <p><b>Value.</b> A partner's value alone is its footprint profit. A coalition's value is its
 * members' standalone values plus its synergy: footprint (joint profit minus the members' own),
 * procurement (pooled buying on the joint plan's volumes) and R&amp;D (the months to market saved, a
 * one-off value, annualized with the scenario's {@code annualize}). These values form a profit game
 * whose gain each {@link org.allianceplanner.model.game.SharingMethod} splits.
 *
 * <p>Thread-safe; blocks the calling thread until the study is done.
 */
public final class AllianceStudy {
    /** Partners above which "every coalition" is too many to plan one by one. */
    public static final int MAX_PARTNERS_FOR_ALL_COALITIONS = 10;

    /** Most alliances whose break-even friction is searched (the best-ranked first): each takes several solves. */
    public static final int MAX_BREAK_EVEN_SEARCHES = 10;

    /** Told each time a piece of the study is done; calls may come from several threads, one at a time. */
    @FunctionalInterface
    public interface Progress {
        /**
         * Called when {@code label} is done, the {@code done}-th of {@code total} pieces.
         *
         * @param label what was planned, e.g. {@code Nissan alone} or {@code nissan+tesla}
         */
        void done(String label, int done, int total);
    }

    private final Scenario scenario;
    private final AllianceOptions options;
    private final Progress progress;
    private final List<String> partners;
    private final RndPlanner rndPlanner;
    private final PartnerStandalone[] standalone;
    private final Map<Integer, CoalitionResult> coalitions = new ConcurrentHashMap<>();
    private final AtomicInteger finished = new AtomicInteger();
    private int total;

    private AllianceStudy(Scenario scenario, AllianceOptions options, Progress progress) {
        this.scenario = scenario;
        this.options = options;
        this.progress = progress;
        this.partners = scenario.partners().stream().map(Partner::partnerId).toList();
        this.rndPlanner = RndPlanner.of(scenario);
        this.standalone = new PartnerStandalone[partners.size()];
    }

    /**
     * The alliances a scenario compares (each partner alone excluded): its candidate coalitions, or
     * every group of two or more partners when it lists none.
     *
     * @throws IllegalArgumentException when the scenario lists no candidates and has more than {@value
     *     #MAX_PARTNERS_FOR_ALL_COALITIONS} partners, or a candidate has more members than that
     */
    public static List<CandidateCoalition> alliancesOf(Scenario scenario) {
        List<String> partners =
                scenario.partners().stream().map(Partner::partnerId).toList();
        if (!scenario.candidateCoalitions().isEmpty()) {
            for (CandidateCoalition candidate : scenario.candidateCoalitions()) {
                if (candidate.partnerIds().size() > MAX_PARTNERS_FOR_ALL_COALITIONS) {
                    throw new IllegalArgumentException("The candidate coalition " + candidate.coalitionId() + " has "
                            + candidate.partnerIds().size() + " members; splitting its gain needs every group"
                            + " inside it planned, which is too many above " + MAX_PARTNERS_FOR_ALL_COALITIONS
                            + " members.");
                }
            }
            return scenario.candidateCoalitions();
        }
        if (partners.size() > MAX_PARTNERS_FOR_ALL_COALITIONS) {
            throw new IllegalArgumentException("The scenario has " + partners.size()
                    + " partners and lists no candidate coalitions; planning all "
                    + ((1L << partners.size()) - partners.size() - 1)
                    + " coalitions one by one is too many. Maybe list the candidates in the coalitions table.");
        }
        List<CandidateCoalition> all = new ArrayList<>();
        for (int mask = 1; mask < 1 << partners.size(); mask++) {
            if (Integer.bitCount(mask) >= 2) {
                List<String> members = members(partners, mask);
                all.add(new CandidateCoalition(String.join("+", members), members));
            }
        }
        all.sort(
                Comparator.comparingInt((CandidateCoalition c) -> c.partnerIds().size()));
        return all;
    }

    /**
     * Plans every partner alone and every coalition the comparison needs, then compares the alliances.
     *
     * @throws org.allianceplanner.engine.solver.PlanningException when some plan cannot be made; the
     *     message names the business rules in conflict
     * @throws IllegalArgumentException as {@link #alliancesOf(Scenario)}
     */
    public static AllianceStudyResult run(Scenario scenario, AllianceOptions options, Progress progress) {
        return new AllianceStudy(scenario, options, progress).run();
    }

    /**
     * SHA-256 of the scenario's content and the study options other than the number of threads: equal
     * hashes mean equal inputs. The
     * scenario and options are immutable records of records and lists, so their text form is complete
     * and canonical.
     */
    public static String contentHash(Scenario scenario, AllianceOptions options) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(scenario.toString().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            // The number of threads changes how fast, not what: the study is the same for any.
            digest.update(options.withThreads(1).toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256.", e);
        }
    }

    /**
     * Each partner's share of the grand coalition's value estimated by the Shapley value over {@code
     * samples} random orders of joining, for scenarios with too many partners to plan every coalition.
     * Only the coalitions the orders reach are planned (each once, warm-started from the best planned
     * group inside it with the other members alone), on the calling thread.
     *
     * @throws org.allianceplanner.engine.solver.PlanningException when some plan cannot be made
     */
    public static SampledShares sampleShapley(
            Scenario scenario, AllianceOptions options, int samples, long seed, Progress progress) {
        AllianceStudy study = new AllianceStudy(scenario, options, progress);
        long start = System.nanoTime();
        int n = study.partners.size();
        if (n < 2) {
            throw new IllegalArgumentException("Sharing a gain needs at least two partners, not " + n + ".");
        }
        study.total = n + samples * Math.max(0, n - 1);
        for (int i = 0; i < n; i++) {
            study.standalone[i] = study.planAlone(study.partners.get(i));
            study.step(scenario.partners().get(i).name() + " alone");
        }
        SampledShapley.Estimate estimate = SampledShapley.estimate(n, mask -> study.lazyValueOf(mask), samples, seed);
        int grand = (1 << n) - 1;
        return new SampledShares(
                study.partners,
                List.of(study.standalone),
                estimate,
                // Every order of joining ends with the grand coalition, so the samples planned it.
                Objects.requireNonNull(study.coalitions.get(grand)),
                study.coalitions.size(),
                Elapsed.secondsSince(start));
    }

    private double lazyValueOf(int mask) {
        if (mask == 0) {
            return 0;
        }
        if (Integer.bitCount(mask) == 1) {
            return valueOf(mask);
        }
        CoalitionResult planned = coalitions.get(mask);
        if (planned == null) {
            String name = String.join("+", members(partners, mask));
            planned = planCoalition(mask, name, bestPlannedGroupInside(mask));
            coalitions.put(mask, planned);
            step(name);
        }
        return planned.value();
    }

    /** The planned group inside {@code mask} whose plan earns the most, and the other members alone. */
    private List<Integer> bestPlannedGroupInside(int mask) {
        int best = 0;
        double bestGain = 0;
        for (Map.Entry<Integer, CoalitionResult> entry : coalitions.entrySet()) {
            int group = entry.getKey();
            if ((group & ~mask) == 0
                    && group != mask
                    && entry.getValue().synergy().footprint() > bestGain) {
                best = group;
                bestGain = entry.getValue().synergy().footprint();
            }
        }
        List<Integer> groups = new ArrayList<>();
        if (best != 0) {
            groups.add(best);
        }
        groups.addAll(singletons(mask & ~best));
        return groups;
    }

    private AllianceStudyResult run() {
        long start = System.nanoTime();
        List<CandidateCoalition> alliances = alliancesOf(scenario);
        Map<Integer, String> toPlan = coalitionsToPlan(alliances);
        int searches = options.rnd() != null && options.breakEvenTolerance() > 0
                ? Math.min(MAX_BREAK_EVEN_SEARCHES, alliances.size())
                : 0;
        total = partners.size() + toPlan.size() + searches;

        ExecutorService pool = Executors.newFixedThreadPool(options.threads());
        try {
            List<Callable<Void>> alone = new ArrayList<>();
            for (int i = 0; i < partners.size(); i++) {
                int index = i;
                alone.add(() -> {
                    standalone[index] = planAlone(partners.get(index));
                    step(scenario.partners().get(index).name() + " alone");
                    return null;
                });
            }
            runAll(pool, alone);
            for (int size = 2; size <= partners.size(); size++) {
                List<Callable<Void>> layer = new ArrayList<>();
                for (Map.Entry<Integer, String> entry : toPlan.entrySet()) {
                    if (Integer.bitCount(entry.getKey()) == size) {
                        int mask = entry.getKey();
                        List<Integer> warmStart = warmStartOf(mask);
                        layer.add(() -> {
                            coalitions.put(mask, planCoalition(mask, entry.getValue(), warmStart));
                            step(entry.getValue());
                            return null;
                        });
                    }
                }
                runAll(pool, layer);
            }
            List<AllianceComparison> compared = compare(alliances, searches, pool);
            List<CoalitionResult> planned = toPlan.keySet().stream()
                    .sorted(Comparator.comparingInt(Integer::bitCount).thenComparing(Comparator.naturalOrder()))
                    .map(coalitions::get)
                    .toList();
            return new AllianceStudyResult(
                    scenario.settings().name(),
                    scenario.settings().baseCurrency(),
                    contentHash(scenario, options),
                    options.levers(),
                    List.of(standalone),
                    planned,
                    compared,
                    Elapsed.secondsSince(start));
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every coalition of two or more inside some alliance, keyed by mask, named by its alliance id if it is one. */
    private Map<Integer, String> coalitionsToPlan(List<CandidateCoalition> alliances) {
        Map<Integer, String> named = new LinkedHashMap<>();
        for (CandidateCoalition alliance : alliances) {
            named.put(maskOf(alliance.partnerIds()), alliance.coalitionId());
        }
        Map<Integer, String> toPlan = new LinkedHashMap<>();
        for (CandidateCoalition alliance : alliances) {
            int full = maskOf(alliance.partnerIds());
            for (int sub = full; sub > 0; sub = (sub - 1) & full) {
                if (Integer.bitCount(sub) >= 2) {
                    toPlan.putIfAbsent(sub, named.getOrDefault(sub, String.join("+", members(partners, sub))));
                }
            }
        }
        return toPlan;
    }

    private PartnerStandalone planAlone(String partnerId) {
        FootprintPlan footprint = FootprintLever.plan(scenario, List.of(partnerId), options.footprint());
        if (!footprint.solve().hasPlan()) {
            // Every synergy and every split starts from this plan's profit: no figure would mean anything.
            String name = scenario.partners().stream()
                    .filter(partner -> partner.partnerId().equals(partnerId))
                    .map(Partner::name)
                    .findFirst()
                    .orElse(partnerId);
            throw new PlanningException(
                    String.format(
                            Locale.ROOT,
                            "No footprint plan of %s alone was found within the time limit of %s s, and every"
                                    + " alliance's synergy and split starts from it:",
                            name,
                            PlainNumber.of(options.footprint().timeLimitSeconds())),
                    List.of("Maybe give each plan more time (--time-limit)."));
        }
        SourcingPlan sourcing = options.sourcing() == null
                ? null
                : SourcingLever.plan(
                        scenario, List.of(partnerId), PartNeeds.of(scenario, footprint), false, options.sourcing());
        return new PartnerStandalone(
                partnerId,
                footprint,
                sourcing,
                options.rnd() == null ? null : rndPlanner.standalone(partnerId, options.rnd()));
    }

    private CoalitionResult planCoalition(int mask, String coalitionId, List<Integer> warmStart) {
        long start = System.nanoTime();
        List<String> members = members(partners, mask).stream().sorted().toList();
        List<FootprintPlan> startPlans =
                warmStart.stream().map(this::footprintOf).toList();
        FootprintPlan plan = FootprintLever.plan(scenario, members, options.footprint(), startPlans);
        ProfitBreakdown alone = ProfitBreakdown.ZERO;
        for (int i = 0; i < partners.size(); i++) {
            if ((mask & 1 << i) != 0) {
                alone = alone.plus(standalone[i].footprint().breakdown());
            }
        }
        CoalitionFootprint footprint = new CoalitionFootprint(coalitionId, members, plan, alone.profit(), alone);
        CoalitionSourcing sourcing = options.sourcing() == null
                ? null
                : SourcingLever.compare(scenario, members, PartNeeds.of(scenario, plan), options.sourcing());
        RndComparison rnd = options.rnd() == null ? null : rndPlanner.compare(members, options.rnd());
        LeverSynergy synergy = new LeverSynergy(
                footprint.synergy(),
                sourcing == null ? 0 : sourcing.saving(),
                rnd == null ? 0 : scenario.settings().annualize(rnd.synergyBase()));
        return new CoalitionResult(
                coalitionId,
                members,
                footprint,
                sourcing,
                rnd,
                synergy,
                alone.profit() + synergy.total(),
                warmStart.stream()
                        .map(sub -> String.join("+", members(partners, sub)))
                        .toList(),
                Elapsed.secondsSince(start));
    }

    /**
     * The groups whose plans start coalition {@code mask}'s footprint solve: the split of the coalition
     * into disjoint groups already planned whose plans earn the most together.
     */
    private List<Integer> warmStartOf(int mask) {
        return switch (options.warmStart()) {
            case NONE -> List.of();
            case MEMBERS_ALONE -> singletons(mask);
            case BEST_SUB_COALITIONS -> bestSplit(mask, new java.util.HashMap<>()).groups;
        };
    }

    private record Split(double profit, List<Integer> groups) {}

    /** The best split of {@code mask} into at least two planned groups (a singleton: itself). */
    private Split bestSplit(int mask, Map<Integer, Split> memo) {
        Split known = memo.get(mask);
        if (known != null) {
            return known;
        }
        if (Integer.bitCount(mask) == 1) {
            Split self = new Split(footprintOf(mask).profit(), List.of(mask));
            memo.put(mask, self);
            return self;
        }
        int lowest = Integer.lowestOneBit(mask);
        Split best = null;
        // Each split once: the part holding the lowest member is one of the proper sub-masks with it.
        for (int part = (mask - 1) & mask; part > 0; part = (part - 1) & mask) {
            if ((part & lowest) == 0) {
                continue;
            }
            Split left = bestCover(part, memo);
            Split right = bestCover(mask ^ part, memo);
            double profit = left.profit + right.profit;
            if (best == null || profit > best.profit) {
                List<Integer> groups = new ArrayList<>(left.groups);
                groups.addAll(right.groups);
                best = new Split(profit, groups);
            }
        }
        // A group of two or more has at least one split (the lowest member against the rest).
        Split found = Objects.requireNonNull(best);
        memo.put(mask, found);
        return found;
    }

    /** The best way to run the group {@code mask}: its own plan when planned, or its best split. */
    private Split bestCover(int mask, Map<Integer, Split> memo) {
        Split split = bestSplit(mask, memo);
        CoalitionResult planned = coalitions.get(mask);
        if (planned != null && planned.footprint().plan().profit() >= split.profit) {
            return new Split(planned.footprint().plan().profit(), List.of(mask));
        }
        return split;
    }

    private FootprintPlan footprintOf(int mask) {
        if (Integer.bitCount(mask) == 1) {
            return standalone[Integer.numberOfTrailingZeros(mask)].footprint();
        }
        // Groups of two or more are asked for only once planned.
        return Objects.requireNonNull(coalitions.get(mask)).footprint().plan();
    }

    private static List<Integer> singletons(int mask) {
        List<Integer> groups = new ArrayList<>();
        for (int rest = mask; rest != 0; rest &= rest - 1) {
            groups.add(Integer.lowestOneBit(rest));
        }
        return groups;
    }

    /** Each alliance and each partner alone, ranked by total synergy, with its gain split. */
    private List<AllianceComparison> compare(List<CandidateCoalition> alliances, int searches, ExecutorService pool) {
        List<CandidateCoalition> all = new ArrayList<>(alliances);
        for (Partner partner : scenario.partners()) {
            all.add(new CandidateCoalition(partner.partnerId(), List.of(partner.partnerId())));
        }
        all.sort(Comparator.comparingDouble((CandidateCoalition c) ->
                        -synergyOf(maskOf(c.partnerIds())).total())
                .thenComparing(CandidateCoalition::coalitionId));
        Map<Integer, Future<BreakEvenFriction>> breakEven = new LinkedHashMap<>();
        for (CandidateCoalition alliance : all) {
            if (breakEven.size() < searches && alliance.partnerIds().size() >= 2) {
                List<String> members = alliance.partnerIds();
                breakEven.put(maskOf(members), pool.submit(() -> {
                    // searches is 0 without R&D options, so they are set here.
                    BreakEvenFriction found = rndPlanner.breakEvenFriction(
                            members, Objects.requireNonNull(options.rnd()), options.breakEvenTolerance());
                    step("break-even friction of " + alliance.coalitionId());
                    return found;
                }));
            }
        }
        List<AllianceComparison> compared = new ArrayList<>();
        for (CandidateCoalition alliance : all) {
            int mask = maskOf(alliance.partnerIds());
            Future<BreakEvenFriction> search = breakEven.get(mask);
            compared.add(new AllianceComparison(
                    alliance.coalitionId(),
                    alliance.partnerIds().stream().sorted().toList(),
                    compared.size() + 1,
                    synergyOf(mask),
                    split(mask),
                    search == null ? null : await(search)));
        }
        return compared;
    }

    private LeverSynergy synergyOf(int mask) {
        return Integer.bitCount(mask) == 1
                ? LeverSynergy.NONE
                : Objects.requireNonNull(coalitions.get(mask)).synergy(); // planned before compared
    }

    /** The profit game on the members of {@code mask}, split by every method. */
    private GainSharing split(int mask) {
        List<Integer> bits = singletons(mask);
        List<String> players = bits.stream()
                .map(bit -> partners.get(Integer.numberOfTrailingZeros(bit)))
                .toList();
        List<Double> values = new ArrayList<>(1 << bits.size());
        values.add(0.0);
        for (int sub = 1; sub < 1 << bits.size(); sub++) {
            int full = 0;
            for (int i = 0; i < bits.size(); i++) {
                if ((sub & 1 << i) != 0) {
                    full |= bits.get(i);
                }
            }
            values.add(valueOf(full));
        }
        List<Double> powers = options.bargainingPowers().isEmpty()
                ? List.of()
                : players.stream()
                        .map(player -> options.bargainingPowers().getOrDefault(player, 1.0))
                        .toList();
        return GainSharingSolver.split(new CooperativeGame(GameKind.PROFIT, players, values), powers);
    }

    private double valueOf(int mask) {
        return Integer.bitCount(mask) == 1
                ? standalone[Integer.numberOfTrailingZeros(mask)].value()
                : Objects.requireNonNull(coalitions.get(mask)).value(); // planned before valued
    }

    private int maskOf(List<String> members) {
        int mask = 0;
        for (String member : members) {
            int index = partners.indexOf(member);
            if (index < 0) {
                throw new IllegalArgumentException(member + " is not a partner of the scenario.");
            }
            mask |= 1 << index;
        }
        return mask;
    }

    private static List<String> members(List<String> partners, int mask) {
        List<String> members = new ArrayList<>();
        for (int i = 0; i < partners.size(); i++) {
            if ((mask & 1 << i) != 0) {
                members.add(partners.get(i));
            }
        }
        return members;
    }

    private void step(String label) {
        int done = finished.incrementAndGet();
        synchronized (progress) {
            progress.done(label, done, total);
        }
    }

    private static void runAll(ExecutorService pool, List<Callable<Void>> tasks) {
        List<Future<Void>> futures = new ArrayList<>();
        for (Callable<Void> task : tasks) {
            futures.add(pool.submit(task));
        }
        for (Future<Void> future : futures) {
            await(future);
        }
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while planning.", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
