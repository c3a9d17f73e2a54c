package org.allianceplanner.server.study;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.allianceplanner.model.alliance.AllianceComparison;
import org.allianceplanner.model.alliance.AllianceStudyResult;
import org.allianceplanner.model.alliance.ScenarioOutline;
import org.allianceplanner.model.game.Allocation;
import org.allianceplanner.model.game.GainSharing;
import org.allianceplanner.model.rnd.plan.BreakEvenFriction;
import org.jspecify.annotations.Nullable;

/**
 * The dashboard's small summary of a study (a few kB, where plan.json is megabytes), built from the
 * result alone: the alliances ranked with their synergy lever by lever, each method's split per partner
 * with whether it is in the core, and the scenario's outline figures.
 *
 * @param scenarioName the scenario's name
 * @param currency the currency of every amount
 * @param levers the levers that ran
 * @param seconds the study's wall-clock time
 * @param outline how many partners, plants, markets, platforms and models the scenario has
 * @param partners partner id to display name, in the scenario's order
 * @param best the best alliance of two or more partners, or null when none has any
 * @param alliances every alliance and partner alone, best first
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StudySummary(
        String scenarioName,
        String currency,
        List<String> levers,
        double seconds,
        Outline outline,
        Map<String, String> partners,
        @Nullable Alliance best,
        List<Alliance> alliances) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * The scenario's outline figures.
     *
     * @param capacityUnitsPerYear vehicles per year over all plants
     */
    public record Outline(
            int partners, int plants, int markets, int platforms, int vehicleModels, double capacityUnitsPerYear) {}

    /**
     * One alliance (or a partner alone).
     *
     * @param rank 1 for the largest total synergy
     * @param synergy per lever and total
     * @param coreEmpty whether no split at all is stable
     * @param splits each method's split
     * @param breakEvenFriction the R&amp;D break-even friction, or null when not searched
     */
    public record Alliance(
            String coalitionId,
            List<String> partnerIds,
            int rank,
            Synergy synergy,
            boolean coreEmpty,
            List<Split> splits,
            @Nullable Double breakEvenFriction) {}

    /** Synergy lever by lever, in the study's currency. */
    public record Synergy(double footprint, double procurement, double rnd, double total) {}

    /**
     * One method's split.
     *
     * @param method {@code shapley}, {@code nucleolus}, {@code equal-profit}, {@code nash}, {@code proportional}
     * @param shares partner id to its share; empty when the method is not defined for this game
     * @param inCore whether no group of partners would rather leave
     * @param note why the method is not defined or what it assumed, or empty
     */
    public record Split(String method, Map<String, Double> shares, boolean inCore, String note) {}

    /** The summary of {@code result}. */
    public static StudySummary of(AllianceStudyResult result) {
        ScenarioOutline outline = result.outline();
        Map<String, String> partners = new LinkedHashMap<>();
        outline.partners().forEach(p -> partners.put(p.partnerId(), p.name()));
        List<Alliance> alliances =
                result.alliances().stream().map(StudySummary::alliance).toList();
        Alliance best = alliances.stream()
                .filter(a -> a.partnerIds().size() > 1)
                .min((a, b) -> Integer.compare(a.rank(), b.rank()))
                .orElse(null);
        return new StudySummary(
                result.scenarioName(),
                result.baseCurrency(),
                result.levers(),
                result.seconds(),
                new Outline(
                        outline.partners().size(),
                        outline.plants().size(),
                        outline.markets().size(),
                        outline.platforms().size(),
                        outline.vehicleModels().size(),
                        outline.plants().stream()
                                .mapToDouble(ScenarioOutline.PlantPlace::capacityUnitsPerYear)
                                .sum()),
                partners,
                best,
                alliances);
    }

    /** The summary of {@code result} as JSON. */
    public static String json(AllianceStudyResult result) {
        try {
            return MAPPER.writeValueAsString(of(result));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A study summary is plain values and always serializes.", e);
        }
    }

    private static Alliance alliance(AllianceComparison comparison) {
        GainSharing sharing = comparison.sharing();
        List<String> players = sharing.game().players();
        List<Split> splits = new ArrayList<>();
        for (Allocation allocation : sharing.allocations()) {
            Map<String, Double> shares = new LinkedHashMap<>();
            for (int i = 0; i < allocation.values().size() && i < players.size(); i++) {
                shares.put(players.get(i), allocation.values().get(i));
            }
            splits.add(new Split(allocation.method().label(), shares, allocation.inCore(), allocation.note()));
        }
        BreakEvenFriction breakEven = comparison.breakEven();
        return new Alliance(
                comparison.coalitionId(),
                comparison.partnerIds(),
                comparison.rank(),
                new Synergy(
                        comparison.synergy().footprint(),
                        comparison.synergy().procurement(),
                        comparison.synergy().rnd(),
                        comparison.synergy().total()),
                sharing.coreEmpty(),
                splits,
                breakEven == null ? null : breakEvenValue(breakEven));
    }

    private static @Nullable Double breakEvenValue(BreakEvenFriction breakEven) {
        return breakEven.friction();
    }
}
