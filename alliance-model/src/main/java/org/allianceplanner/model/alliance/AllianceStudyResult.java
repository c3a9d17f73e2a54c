package org.allianceplanner.model.alliance;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * The whole alliance study of one scenario.
 *
 * @param scenarioName the scenario's name
 * @param baseCurrency the currency of every amount
 * @param scenarioHash SHA-256 of the scenario's content, the levers and the solve options: the same hash
 *     means the same inputs
 * @param levers the levers that ran, e.g. {@code [footprint, sourcing, rnd]}
 * @param outline the scenario's names, places and capacities a report shows, so that the result renders
 *     without its scenario
 * @param standalone every partner's own plans, in the scenario's partner order
 * @param coalitions every coalition planned, smallest first
 * @param alliances the candidate alliances and each partner alone, best first
 * @param seconds wall-clock time of the whole study
 */
public record AllianceStudyResult(
        String scenarioName,
        String baseCurrency,
        String scenarioHash,
        List<String> levers,
        ScenarioOutline outline,
        List<PartnerStandalone> standalone,
        List<CoalitionResult> coalitions,
        List<AllianceComparison> alliances,
        double seconds) {
    public AllianceStudyResult {
        requireNonNull(scenarioName, "scenarioName");
        requireNonNull(baseCurrency, "baseCurrency");
        requireNonNull(scenarioHash, "scenarioHash");
        levers = List.copyOf(levers);
        requireNonNull(outline, "outline");
        standalone = List.copyOf(standalone);
        coalitions = List.copyOf(coalitions);
        alliances = List.copyOf(alliances);
    }

    /** The coalition of exactly {@code partnerIds}, if planned. */
    public Optional<CoalitionResult> coalition(List<String> partnerIds) {
        List<String> sorted = partnerIds.stream().sorted().toList();
        return coalitions.stream().filter(c -> c.partnerIds().equals(sorted)).findFirst();
    }

    /** The standalone plans of {@code partnerId}, if planned. */
    public Optional<PartnerStandalone> standaloneOf(String partnerId) {
        return standalone.stream().filter(s -> s.partnerId().equals(partnerId)).findFirst();
    }
}
