package org.allianceplanner.report.text;

import static org.allianceplanner.report.text.FootprintSection.millions;
import static org.allianceplanner.report.text.FootprintSection.signedMillions;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.allianceplanner.model.alliance.ScenarioOutline;
import org.allianceplanner.model.footprint.FootprintStudyResult;
import org.allianceplanner.model.sourcing.plan.CoalitionSourcing;
import org.allianceplanner.model.sourcing.plan.CommonizationDecision;
import org.allianceplanner.model.sourcing.plan.PartnerProcurement;
import org.allianceplanner.model.sourcing.plan.SourcingCost;
import org.allianceplanner.model.sourcing.plan.SourcingPlan;
import org.allianceplanner.model.sourcing.plan.SourcingStudyResult;
import org.allianceplanner.model.sourcing.plan.SupplierAtCapacity;
import org.allianceplanner.model.sourcing.plan.TierReached;

/**
 * Prints the sourcing lever's results: each partner's parts bill alone, each coalition's parts bought
 * separately and pooled, the procurement synergy per partner, and per coalition the tiers only pooling
 * reaches, the commonization decisions with their reasoning, tiers just missed and full suppliers.
 */
final class SourcingSection {
    private static final int FINDINGS_SHOWN = 6;

    private final FootprintStudyResult footprint;
    private final SourcingStudyResult result;
    private final String currency;
    private final Map<String, String> partnerNames = new HashMap<>();

    SourcingSection(
            ScenarioOutline outline, String currency, FootprintStudyResult footprint, SourcingStudyResult result) {
        this.footprint = footprint;
        this.result = result;
        this.currency = currency;
        outline.partners().forEach(partner -> partnerNames.put(partner.partnerId(), partner.name()));
    }

    String render() {
        StringBuilder text = new StringBuilder();
        text.append("Sourcing lever: the parts of each footprint plan, bought alone and pooled (")
                .append(currency)
                .append(" million per year)\n\n");
        text.append("Each partner alone, for its own footprint plan\n")
                .append(standaloneTable())
                .append('\n');
        if (result.coalitions().isEmpty()) {
            return text.toString();
        }
        text.append("Each coalition, for its joint plan: members buying separately, then pooled\n")
                .append(coalitionTable())
                .append('\n');
        text.append("Procurement synergy per partner (separately minus pooled)\n")
                .append(partnerTable())
                .append(
                        "  Pooled is what the partner's plants buy in the pooled plan. When several pooled plans cost\n")
                .append("  the same, the partners' shares can differ between them; the coalition's total cannot.\n")
                .append('\n');
        for (CoalitionSourcing coalition : result.coalitions()) {
            text.append(findings(coalition)).append('\n');
        }
        return text.toString();
    }

    private String standaloneTable() {
        TextTable table =
                new TextTable("partner", ">total", ">purchase", ">tariffs", ">freight", ">commonization", "solve");
        for (SourcingPlan plan : result.standalone()) {
            SourcingCost cost = plan.cost();
            table.row(
                    name(plan.partnerIds().get(0)),
                    millions(cost.total()),
                    millions(cost.purchase()),
                    millions(cost.tariffs()),
                    millions(cost.inboundFreight()),
                    millions(cost.commonization()),
                    plan.solve().describe());
        }
        return table.render();
    }

    private String coalitionTable() {
        TextTable table =
                new TextTable("coalition", ">separately", ">pooled", ">saving", ">saving %", "solve (pooled)");
        for (CoalitionSourcing coalition : result.coalitions()) {
            SourcingPlan pooled = coalition.pooled();
            table.row(
                    label(coalition.partnerIds()),
                    millions(coalition.separate().cost().total()),
                    millions(pooled.cost().total()),
                    signedMillions(coalition.saving()),
                    String.format(
                            Locale.ROOT,
                            "%.1f %%",
                            100
                                    * coalition.saving()
                                    / Math.max(1, coalition.separate().cost().total())),
                    pooled.solve().describe() + (pooled.warmStarted() ? "; separate plan kept" : ""));
        }
        return table.render();
    }

    private String partnerTable() {
        TextTable table = new TextTable("coalition", "partner", ">separately", ">pooled", ">saving");
        for (CoalitionSourcing coalition : result.coalitions()) {
            for (PartnerProcurement partner : coalition.byPartner()) {
                table.row(
                        label(coalition.partnerIds()),
                        name(partner.partnerId()),
                        millions(partner.separateCost()),
                        millions(partner.pooledCost()),
                        signedMillions(partner.saving()));
            }
        }
        return table.render();
    }

    /** What pooling changes for one coalition, in sentences. */
    private String findings(CoalitionSourcing coalition) {
        StringBuilder text = new StringBuilder(label(coalition.partnerIds())).append(", pooled:\n");
        List<TierReached> gained = coalition.pooled().tiers().stream()
                .filter(tier -> tier.buyerPartnerIds().size() > 1 && someBuyerGains(coalition.separate(), tier))
                .sorted(Comparator.comparingDouble((TierReached tier) -> tier.unitsPerYear() * tier.unitPrice())
                        .reversed())
                .toList();
        list(
                text,
                "Tiers the pooled volume reaches for a member that its own volume did not",
                gained.stream().map(TierReached::sentence).toList());
        list(
                text,
                "Commonization",
                coalition.pooled().commonization().stream()
                        .map(CommonizationDecision::sentence)
                        .toList());
        list(
                text,
                "Tiers just missed",
                coalition.pooled().tiersJustMissed().stream()
                        .map(TierReached::sentence)
                        .toList());
        list(
                text,
                "Suppliers at capacity",
                coalition.pooled().suppliersAtCapacity().stream()
                        .map(SupplierAtCapacity::sentence)
                        .toList());
        if (footprint.coalitions().stream().noneMatch(plan -> plan.partnerIds().equals(coalition.partnerIds()))) {
            text.append("  (no footprint plan)\n");
        }
        return text.toString();
    }

    /**
     * True when some buyer of a pooled tier reached a lower tier (or none) with this supplier and
     * variant buying on its own.
     */
    private static boolean someBuyerGains(SourcingPlan separate, TierReached pooled) {
        for (String buyer : pooled.buyerPartnerIds()) {
            double alone = separate.tiers().stream()
                    .filter(tier -> tier.supplierId().equals(pooled.supplierId())
                            && tier.variantId().equals(pooled.variantId())
                            && tier.buyerPartnerIds().contains(buyer))
                    .mapToDouble(TierReached::tierMinUnits)
                    .max()
                    .orElse(-1);
            if (alone < pooled.tierMinUnits()) {
                return true;
            }
        }
        return false;
    }

    private static void list(StringBuilder text, String heading, List<String> sentences) {
        if (sentences.isEmpty()) {
            return;
        }
        text.append("  ").append(heading).append(":\n");
        sentences.stream()
                .limit(FINDINGS_SHOWN)
                .forEach(sentence -> text.append("    - ").append(sentence).append('\n'));
        if (sentences.size() > FINDINGS_SHOWN) {
            text.append(String.format(Locale.ROOT, "    ... and %d more%n", sentences.size() - FINDINGS_SHOWN));
        }
    }

    private String label(List<String> partnerIds) {
        return String.join(" + ", partnerIds.stream().map(this::name).toList());
    }

    private String name(String partnerId) {
        return partnerNames.getOrDefault(partnerId, partnerId);
    }
}
