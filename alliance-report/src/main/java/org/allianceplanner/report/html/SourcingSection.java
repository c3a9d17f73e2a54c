package org.allianceplanner.report.html;

import static org.allianceplanner.report.html.Html.esc;

import java.util.Locale;
import org.allianceplanner.model.sourcing.plan.CoalitionSourcing;
import org.allianceplanner.model.sourcing.plan.SourcingAward;
import org.allianceplanner.model.sourcing.plan.SourcingPlan;
import org.allianceplanner.model.sourcing.plan.TierReached;
import org.allianceplanner.report.StudyView;

/** The best alliance's sourcing: the saving, the awards pooled and separate, the price tiers reached. */
final class SourcingSection extends AbstractSection {
    SourcingSection(StudyView view, StringBuilder out) {
        super(view, out);
    }

    void write(CoalitionSourcing sourcing) {
        out.append("<section id=\"sourcing\"><h2>Sourcing</h2><p class=\"lead\">Parts bought separately cost ")
                .append(esc(Html.millions(sourcing.separate().cost().total(), cur)))
                .append(" per year; pooled, ")
                .append(esc(Html.millions(sourcing.pooled().cost().total(), cur)))
                .append(": a saving of <b>")
                .append(esc(Html.millions(sourcing.saving(), cur)))
                .append("</b>.</p><h3>Awards, pooled</h3>");
        awards(sourcing.pooled());
        out.append("<details><summary>Awards, bought separately</summary>");
        awards(sourcing.separate());
        out.append(
                        "</details><h3>Price tiers reached</h3><table class=\"tiers sortable\"><thead><tr><th>Plan</th><th>Supplier</th><th>Part</th>")
                .append(
                        "<th class=\"num\">Units/yr</th><th class=\"num\">Unit price</th><th>What it means</th></tr></thead><tbody>");
        tierRows("separate", sourcing.separate());
        tierRows("pooled", sourcing.pooled());
        out.append("</tbody></table></section>\n");
    }

    private void awards(SourcingPlan plan) {
        out.append(
                        "<table class=\"awards sortable\"><thead><tr><th>Supplier</th><th>Part</th><th>Plant</th><th>Buyer</th>")
                .append(
                        "<th class=\"num\">Units/yr</th><th class=\"num\">Unit price</th><th class=\"num\">Landed cost</th></tr></thead><tbody>");
        for (SourcingAward award : plan.awards()) {
            out.append("<tr><td>")
                    .append(esc(award.supplierId()))
                    .append("</td><td>")
                    .append(esc(award.variantId()))
                    .append("</td><td>")
                    .append(esc(view.plantName(award.plantId())))
                    .append("</td><td>")
                    .append(esc(view.partnerName(award.buyerPartnerId())))
                    .append("</td>");
            numCell(Html.units(award.unitsPerYear()));
            numCell(String.format(Locale.ROOT, "%,.2f %s", award.unitPrice(), cur));
            numCell(Html.millions(award.landedCost(), cur));
            out.append("</tr>");
        }
        out.append("</tbody></table>");
    }

    private void tierRows(String planName, SourcingPlan plan) {
        for (TierReached tier : plan.tiers()) {
            out.append("<tr><td>")
                    .append(planName)
                    .append("</td><td>")
                    .append(esc(tier.supplierId()))
                    .append("</td><td>")
                    .append(esc(tier.variantId()))
                    .append("</td>");
            numCell(Html.units(tier.unitsPerYear()));
            numCell(String.format(Locale.ROOT, "%,.2f %s", tier.unitPrice(), cur));
            out.append("<td class=\"sentence\">").append(esc(tier.sentence())).append("</td></tr>");
        }
    }
}
