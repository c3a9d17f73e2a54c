package org.allianceplanner.report.html;

import static org.allianceplanner.report.html.Html.esc;

import org.allianceplanner.model.alliance.AllianceComparison;
import org.allianceplanner.model.game.Allocation;
import org.allianceplanner.report.StudyView;

/** The headline cards: the best alliance, its total synergy and whether its split can be stable. */
final class HeadlineSection extends AbstractSection {
    HeadlineSection(StudyView view, StringBuilder out) {
        super(view, out);
    }

    void write(AllianceComparison best) {
        long stable = best.sharing().allocations().stream()
                .filter(Allocation::defined)
                .filter(Allocation::inCore)
                .count();
        long defined = best.sharing().allocations().stream()
                .filter(Allocation::defined)
                .count();
        String stability = best.sharing().coreEmpty()
                ? "Core empty: some partners gain by leaving whatever the split (least-core value "
                        + Html.millions(best.sharing().leastCoreValue(), cur) + ")"
                : "Stable: the core is not empty (some split leaves " + StudyView.CORE_IN_WORDS + "); " + stable
                        + " of " + defined + " splits are in it";
        out.append("<section id=\"headline\" class=\"cards\">");
        card(
                "Best alliance",
                view.allianceName(best.partnerIds()),
                "rank " + view.allianceRank(best) + " of "
                        + view.multiPartnerAlliances().size() + " alliances");
        card(
                "Total synergy",
                Html.millions(best.synergy().total(), cur) + "/yr",
                "footprint " + Html.millions(best.synergy().footprint(), cur) + " · procurement "
                        + Html.millions(best.synergy().procurement(), cur) + " · R&D "
                        + Html.millions(best.synergy().rnd(), cur));
        card("Stability", best.sharing().coreEmpty() ? "Core empty" : "Core not empty ✓", stability);
        out.append("</section>\n");
    }

    private void card(String label, String value, String note) {
        out.append("<div class=\"card\"><div class=\"label\">")
                .append(esc(label))
                .append("</div><div class=\"value\">")
                .append(esc(value))
                .append("</div><div class=\"note\">")
                .append(esc(note))
                .append("</div></div>");
    }
}
