package org.allianceplanner.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.allianceplanner.model.alliance.AllianceComparison;
import org.allianceplanner.model.alliance.AllianceStudyResult;
import org.allianceplanner.model.alliance.CoalitionResult;
import org.allianceplanner.model.alliance.PartnerStandalone;
import org.allianceplanner.model.alliance.ScenarioOutline;
import org.allianceplanner.model.alliance.ScenarioOutline.MarketPlace;
import org.allianceplanner.model.alliance.ScenarioOutline.PartnerName;
import org.allianceplanner.model.alliance.ScenarioOutline.PlantPlace;
import org.allianceplanner.model.footprint.BindingCapacity;
import org.allianceplanner.model.footprint.FootprintPlan;
import org.allianceplanner.model.footprint.PlantDecision;
import org.allianceplanner.model.footprint.ProductionFlow;
import org.allianceplanner.model.footprint.UnmetDemand;
import org.allianceplanner.model.game.Allocation;
import org.allianceplanner.model.game.CooperativeGame;
import org.allianceplanner.model.rnd.plan.BreakEvenFriction;
import org.allianceplanner.model.rnd.plan.CriticalChain;
import org.allianceplanner.model.rnd.plan.RndPlan;
import org.allianceplanner.model.sourcing.plan.CoalitionSourcing;
import org.allianceplanner.model.sourcing.plan.CommonizationDecision;
import org.allianceplanner.model.sourcing.plan.SourcingPlan;
import org.allianceplanner.model.sourcing.plan.SupplierAtCapacity;
import org.allianceplanner.model.sourcing.plan.TierReached;

/**
 * What the report's renderers share, worked out once from a study result alone: the names and places of
 * the result's {@link ScenarioOutline}, the best alliance, the partners' colours, the split rows and the
 * explanations. Immutable once built, so one view may serve several renderers on several threads.
 */
public final class StudyView {
    /** Partner colours, in the scenario's partner order; distinct for colour-blind readers. */
    private static final List<String> PALETTE =
            List.of("#1f77b4", "#e08214", "#2a9d8f", "#c23b22", "#7b5ea7", "#8c6d31", "#d6589f", "#5d6d7e");

    private final AllianceStudyResult result;
    private final Map<String, String> colours = new LinkedHashMap<>();

    private StudyView(AllianceStudyResult result) {
        this.result = result;
        List<String> order = new ArrayList<>(
                result.outline().partners().stream().map(PartnerName::partnerId).toList());
        result.standalone().stream()
                .map(PartnerStandalone::partnerId)
                .filter(id -> !order.contains(id))
                .forEach(order::add);
        for (int i = 0; i < order.size(); i++) {
            colours.put(order.get(i), PALETTE.get(i % PALETTE.size()));
        }
    }

    /** The view of {@code result}; reads nothing but the result. */
    public static StudyView of(AllianceStudyResult result) {
        return new StudyView(result);
    }

    /** The study result shown. */
    public AllianceStudyResult result() {
        return result;
    }

    /** The currency of every amount: the result's base currency. */
    public String currency() {
        return result.baseCurrency();
    }

    /** The scenario's names, places and capacities, as copied into the result. */
    public ScenarioOutline outline() {
        return result.outline();
    }

    /** Partners in colour order. */
    public List<String> partnerIds() {
        return List.copyOf(colours.keySet());
    }

    /** A partner's colour as a CSS hex colour, fixed by the scenario's partner order; grey when unknown. */
    public String colour(String partnerId) {
        return colours.getOrDefault(partnerId, "#777777");
    }

    /** A partner's display name, or its id when the outline does not name it. */
    public String partnerName(String partnerId) {
        return outline().partners().stream()
                .filter(p -> p.partnerId().equals(partnerId))
                .map(PartnerName::name)
                .findFirst()
                .orElse(partnerId);
    }

    /** The members' names joined by {@code " + "}. */
    public String allianceName(List<String> partnerIds) {
        return partnerIds.stream().map(this::partnerName).collect(Collectors.joining(" + "));
    }

    /** The best alliance of two or more partners, else the best entry. */
    public Optional<AllianceComparison> best() {
        return result.alliances().stream()
                .filter(a -> a.partnerIds().size() > 1)
                .findFirst()
                .or(() -> result.alliances().stream().findFirst());
    }

    /** Alliances of two or more partners, best first. */
    public List<AllianceComparison> multiPartnerAlliances() {
        return result.alliances().stream()
                .filter(a -> a.partnerIds().size() > 1)
                .toList();
    }

    /** The partners' own entries (an "alliance" of one), in the result's order. */
    public List<AllianceComparison> partnersAlone() {
        return result.alliances().stream()
                .filter(a -> a.partnerIds().size() == 1)
                .toList();
    }

    /**
     * An alliance's rank among the alliances of two or more partners (1 = best), or 0 for a partner
     * alone: standing alone is the yardstick alliances are measured against, not a candidate. The
     * result's own rank counts the partners alone too.
     */
    public int allianceRank(AllianceComparison alliance) {
        return multiPartnerAlliances().indexOf(alliance) + 1;
    }

    /** What "in the core" means, in plain words, for a reader who does not know the term. */
    public static final String CORE_IN_WORDS = "no group of partners would rather leave and go it alone";

    /** What "least core" means, in plain words. */
    public static final String LEAST_CORE_IN_WORDS =
            "the smallest gain some group can still make by leaving, under the most stable split;"
                    + " negative: every group has slack";

    /** The decisions of an alliance's joint footprint plan, with names; empty when it was not planned. */
    public Optional<PlanDecisions> decisions(AllianceComparison alliance) {
        return coalitionOf(alliance)
                .map(c -> PlanDecisions.of(outline(), c.footprint().plan()));
    }

    /** A vehicle model's display name, or its id when the outline does not have it. */
    public String modelName(String modelId) {
        return outline().vehicleModels().stream()
                .filter(m -> m.modelId().equals(modelId))
                .map(ScenarioOutline.ModelName::name)
                .findFirst()
                .orElse(modelId);
    }

    /** A market's display name, or its id when the outline does not have it. */
    public String marketName(String marketId) {
        return market(marketId).map(MarketPlace::name).orElse(marketId);
    }

    /** The coalition result of an alliance, if planned. */
    public Optional<CoalitionResult> coalitionOf(AllianceComparison alliance) {
        return result.coalition(alliance.partnerIds());
    }

    /** A plant of the outline. */
    public Optional<PlantPlace> plant(String plantId) {
        return outline().plants().stream()
                .filter(p -> p.plantId().equals(plantId))
                .findFirst();
    }

    /** A market of the outline. */
    public Optional<MarketPlace> market(String marketId) {
        return outline().markets().stream()
                .filter(m -> m.marketId().equals(marketId))
                .findFirst();
    }

    /** The owner of a plant, or {@code ?} when the outline does not have the plant. */
    public String plantPartner(String plantId) {
        return plant(plantId).map(PlantPlace::partnerId).orElse("?");
    }

    /** A plant's display name, or its id when the outline does not have the plant. */
    public String plantName(String plantId) {
        return plant(plantId).map(PlantPlace::name).orElse(plantId);
    }

    /** The standalone flows of {@code partnerIds}, partner by partner. */
    public List<ProductionFlow> standaloneFlows(List<String> partnerIds) {
        List<ProductionFlow> flows = new ArrayList<>();
        for (String id : partnerIds) {
            result.standaloneOf(id).ifPresent(s -> flows.addAll(s.footprint().flows()));
        }
        return flows;
    }

    /** The standalone plant decisions of {@code partnerIds}. */
    public List<PlantDecision> standalonePlants(List<String> partnerIds) {
        List<PlantDecision> plants = new ArrayList<>();
        for (String id : partnerIds) {
            result.standaloneOf(id).ifPresent(s -> plants.addAll(s.footprint().plants()));
        }
        return plants;
    }

    /**
     * Every partner's share under every method: its value is its standalone value plus its gain, the
     * gain being its allocation minus what the game gives it alone (so profit games and synergy games
     * read the same).
     */
    public List<SplitRow> splitRows(AllianceComparison alliance) {
        CooperativeGame game = alliance.sharing().game();
        List<SplitRow> rows = new ArrayList<>();
        for (Allocation allocation : alliance.sharing().allocations()) {
            if (!allocation.defined()) {
                continue;
            }
            for (int i = 0; i < game.size(); i++) {
                String partnerId = game.players().get(i);
                double gain = allocation.values().get(i) - game.value(1 << i);
                double standalone = result.standaloneOf(partnerId)
                        .map(PartnerStandalone::value)
                        .orElse(game.value(1 << i));
                rows.add(new SplitRow(
                        alliance.coalitionId(),
                        allocation.method(),
                        partnerId,
                        standalone + gain,
                        gain,
                        allocation.inCore(),
                        allocation.blockingCoalition(),
                        allocation.blockingExcess()));
            }
        }
        return rows;
    }

    /** The value of an alliance: its members' standalone values plus its synergy. */
    public double allianceValue(AllianceComparison alliance) {
        return coalitionOf(alliance)
                .map(CoalitionResult::value)
                .orElseGet(() -> alliance.partnerIds().stream()
                                .mapToDouble(id -> result.standaloneOf(id)
                                        .map(PartnerStandalone::value)
                                        .orElse(0.0))
                                .sum()
                        + alliance.synergy().total());
    }

    /** The sentences behind the best alliance's plans and its members' standalone plans. */
    public List<Explanation> explanations() {
        List<Explanation> out = new ArrayList<>();
        Optional<CoalitionResult> joint = best().flatMap(this::coalitionOf);
        List<String> members = best().map(AllianceComparison::partnerIds).orElse(List.of());
        for (String id : members) {
            result.standaloneOf(id)
                    .ifPresent(s -> footprintExplanations(s.footprint(), "standalone " + partnerName(id), out));
        }
        joint.ifPresent(c -> footprintExplanations(c.footprint().plan(), "joint " + allianceName(c.partnerIds()), out));
        for (String id : members) {
            SourcingPlan sourcing =
                    result.standaloneOf(id).map(PartnerStandalone::sourcing).orElse(null);
            if (sourcing != null) {
                sourcingExplanations(sourcing, "standalone " + partnerName(id), out);
            }
        }
        joint.map(CoalitionResult::sourcing)
                .map(CoalitionSourcing::pooled)
                .ifPresent(p -> sourcingExplanations(
                        p, "pooled " + allianceName(joint.get().partnerIds()), out));
        joint.map(CoalitionResult::rnd).ifPresent(rnd -> {
            for (RndPlan plan : rnd.standalonePlans()) {
                rndExplanations(plan, "standalone " + allianceName(plan.partnerIds()), out);
            }
            rndExplanations(rnd.jointPlan(), "joint " + allianceName(joint.get().partnerIds()), out);
        });
        for (AllianceComparison alliance : multiPartnerAlliances()) {
            if (alliance.breakEven() != null) {
                out.add(new Explanation(
                        "Break-even friction",
                        allianceName(alliance.partnerIds()),
                        alliance.breakEven().sentence()));
            }
        }
        return out;
    }

    private static void footprintExplanations(FootprintPlan plan, String name, List<Explanation> out) {
        for (BindingCapacity binding : plan.bindingCapacities()) {
            out.add(new Explanation("Binding capacity", name, binding.sentence()));
        }
        for (UnmetDemand unmet : plan.unmetDemand()) {
            out.add(new Explanation("Unmet demand", name, unmet.sentence()));
        }
    }

    private static void sourcingExplanations(SourcingPlan plan, String name, List<Explanation> out) {
        for (TierReached tier : plan.tiersJustMissed()) {
            out.add(new Explanation("Tier just missed", name, tier.sentence()));
        }
        for (SupplierAtCapacity supplier : plan.suppliersAtCapacity()) {
            out.add(new Explanation("Supplier at capacity", name, supplier.sentence()));
        }
        for (CommonizationDecision decision : plan.commonization()) {
            out.add(new Explanation("Commonization", name, decision.sentence()));
        }
    }

    private static void rndExplanations(RndPlan plan, String name, List<Explanation> out) {
        for (CriticalChain chain : plan.criticalChains()) {
            out.add(new Explanation("Critical chain", name, chain.sentence()));
        }
    }

    /**
     * A break-even friction in a table cell: the friction, or in words when the search found none
     * between 0 and 1 (the record then holds 1 or 0, which would read as a break-even there).
     */
    public static String breakEvenText(BreakEvenFriction breakEven) {
        return switch (breakEven.outcome()) {
            case FOUND -> String.format(Locale.ROOT, "%.2f", breakEven.friction());
            case ABOVE_ONE -> "above 1";
            case NO_SYNERGY -> "no R&D synergy";
        };
    }
}
