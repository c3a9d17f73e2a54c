package org.allianceplanner.model.sourcing.plan;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What the plan does with one commonization option that concerns the coalition (some member's bills
 * of materials name its variant), and why.
 *
 * @param fromVariantId the variant that would be replaced
 * @param toVariantId the variant used instead
 * @param adopterPartnerIds the members whose bills of materials switch; empty when not adopted
 * @param unitsMovedPerYear the adopters' volume of the replaced variant, now bought as the other
 * @param engineeringCost one-off cost, paid once per buying group that adopts it
 * @param annualizedCost the yearly cost the plan carries for it (the engineering annualized, once per
 *     buying group that adopts)
 * @param annualSaving purchase, tariff and freight saved per year against the best plan with the
 *     opposite choice (the option forced off when adopted, on when not); NaN when not evaluated
 * @param sentence the decision and its reasoning as a planner reads it
 */
public record CommonizationDecision(
        String fromVariantId,
        String toVariantId,
        List<String> adopterPartnerIds,
        double unitsMovedPerYear,
        double engineeringCost,
        double annualizedCost,
        double annualSaving,
        String sentence) {
    public CommonizationDecision {
        requireNonNull(fromVariantId, "fromVariantId");
        requireNonNull(toVariantId, "toVariantId");
        adopterPartnerIds = List.copyOf(adopterPartnerIds);
        requireNonNull(sentence, "sentence");
    }

    /** True when at least one member switches its bills of materials. */
    public boolean adopted() {
        return !adopterPartnerIds.isEmpty();
    }

    /** Years until the yearly saving repays the one-off engineering; NaN when not evaluated or no saving. */
    public double paybackYears() {
        return annualSaving > 0 ? engineeringCost / annualSaving : Double.NaN;
    }
}
