package org.allianceplanner.report.html;

import static org.allianceplanner.report.html.Html.esc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.allianceplanner.model.alliance.AllianceComparison;
import org.allianceplanner.report.PlanDecisions;
import org.allianceplanner.report.StudyView;

/**
 * What each alliance's joint footprint plan decides, by name: the plants it closes, the lines it opens,
 * retools or closes, the vehicles built in a partner's plants and those sold through a partner's
 * dealers. The best alliance's decisions show open, the others' folded.
 */
final class DecisionsSection extends AbstractSection {
    /** Tables longer than this fold their rows into a {@code <details>}. */
    static final int ROWS_SHOWN = 8;

    DecisionsSection(StudyView view, StringBuilder out) {
        super(view, out);
    }

    void write() {
        List<AllianceComparison> alliances = view.multiPartnerAlliances();
        out.append("<section id=\"decisions\"><h2>What each alliance decides</h2><p class=\"lead\">")
                .append("The joint footprint plan of each alliance against its members' own plans: plants closed, ")
                .append("lines opened or retooled, vehicles built in a partner's plants and sold through a partner's ")
                .append("dealers. Volumes in vehicles per year.</p>");
        boolean first = true;
        for (AllianceComparison alliance : alliances) {
            PlanDecisions decisions = view.decisions(alliance).orElse(null);
            out.append("<details class=\"decisions\" data-alliance=\"")
                    .append(esc(alliance.coalitionId()))
                    .append('"')
                    .append(first ? " open" : "")
                    .append("><summary><b>")
                    .append(esc(view.allianceName(alliance.partnerIds())))
                    .append("</b> <span class=\"muted\">")
                    .append(esc(decisions == null ? "footprint not planned" : summary(decisions)))
                    .append("</span></summary>");
            if (decisions != null) {
                write(decisions);
            }
            out.append("</details>");
            first = false;
        }
        out.append("</section>\n");
    }

    private static String summary(PlanDecisions d) {
        if (d.none()) {
            return "changes no plant or line and shares no plant or dealer";
        }
        double built = d.builtForPartners().stream()
                .mapToDouble(PlanDecisions.PartnerBuild::unitsPerYear)
                .sum();
        double sold = d.soldForPartners().stream()
                .mapToDouble(PlanDecisions.PartnerSale::unitsPerYear)
                .sum();
        return count(d.closedPlants().size(), "plant") + " closed · "
                + count(d.lineChanges().size(), "line")
                + " changed · " + Html.units(built) + " vehicles built in a partner's plants · " + Html.units(sold)
                + " sold through a partner's dealers";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private void write(PlanDecisions d) {
        out.append("<h3>Plants closed</h3>");
        if (d.closedPlants().isEmpty()) {
            out.append("<p class=\"muted\">None.</p>");
        } else {
            out.append("<ul class=\"closed-plants\">");
            for (PlanDecisions.ClosedPlant plant : d.closedPlants()) {
                out.append("<li data-plant=\"")
                        .append(esc(plant.plantId()))
                        .append("\">")
                        .append(esc(plant.plantName()))
                        .append(" <span class=\"muted\">(")
                        .append(esc(plant.ownerName()))
                        .append(")</span></li>");
            }
            out.append("</ul>");
        }
        out.append("<h3>Lines opened, retooled or closed</h3>");
        if (d.lineChanges().isEmpty()) {
            out.append("<p class=\"muted\">None.</p>");
        } else {
            List<String[]> rows = new ArrayList<>();
            for (PlanDecisions.LineChange line : d.lineChanges()) {
                rows.add(new String[] {
                    switch (line.action()) {
                        case OPENED -> "opened";
                        case RETOOLED -> "retooled";
                        default -> "closed";
                    },
                    line.platformName(),
                    line.plantName(),
                    line.running() ? Html.units(line.unitsPerYear()) : "–",
                    line.running() ? line.leadTimeMonths() + " months" : "–"
                });
            }
            table("lines", new String[] {"Action", "Platform", "Plant", "#Vehicles per year", "#Ready after"}, rows);
        }
        out.append("<h3>Built in a partner's plants</h3>");
        Map<List<String>, Double> built = new LinkedHashMap<>();
        for (PlanDecisions.PartnerBuild b : d.builtForPartners()) {
            built.merge(
                    List.of(b.modelPartnerName(), b.modelName(), b.builderPartnerName(), b.plantName()),
                    b.unitsPerYear(),
                    Double::sum);
        }
        grouped("built", new String[] {"Model of", "Model", "Built by", "Plant", "#Vehicles per year"}, built);
        out.append("<h3>Sold through a partner's dealers</h3>");
        Map<List<String>, Double> sold = new LinkedHashMap<>();
        for (PlanDecisions.PartnerSale s : d.soldForPartners()) {
            sold.merge(
                    List.of(s.modelPartnerName(), s.modelName(), s.dealerPartnerName(), s.marketName()),
                    s.unitsPerYear(),
                    Double::sum);
        }
        grouped("sold", new String[] {"Model of", "Model", "Dealers of", "Market", "#Vehicles per year"}, sold);
    }

    /** Rows keyed by their text cells, volume last, largest first. */
    private void grouped(String kind, String[] headers, Map<List<String>, Double> unitsByRow) {
        if (unitsByRow.isEmpty()) {
            out.append("<p class=\"muted\">None.</p>");
            return;
        }
        List<String[]> rows = new ArrayList<>();
        unitsByRow.entrySet().stream()
                .sorted(Map.Entry.<List<String>, Double>comparingByValue().reversed())
                .forEach(e -> {
                    List<String> cells = new ArrayList<>(e.getKey());
                    cells.add(Html.units(e.getValue()));
                    rows.add(cells.toArray(String[]::new));
                });
        table(kind, headers, rows);
    }

    /** A sortable table; a header starting with {@code #} is a number column. Long ones fold. */
    private void table(String kind, String[] headers, List<String[]> rows) {
        boolean fold = rows.size() > ROWS_SHOWN;
        if (fold) {
            out.append("<details><summary>All ").append(rows.size()).append(" rows</summary>");
        }
        out.append("<div class=\"scroll\"><table class=\"sortable ")
                .append(kind)
                .append("\"><thead><tr>");
        for (String header : headers) {
            boolean number = header.startsWith("#");
            out.append(number ? "<th class=\"num\">" : "<th>")
                    .append(esc(number ? header.substring(1) : header))
                    .append("</th>");
        }
        out.append("</tr></thead><tbody>");
        for (String[] row : rows) {
            out.append("<tr>");
            for (int i = 0; i < row.length; i++) {
                out.append(headers[i].startsWith("#") ? "<td class=\"num\">" : "<td>")
                        .append(esc(row[i]))
                        .append("</td>");
            }
            out.append("</tr>");
        }
        out.append("</tbody></table></div>");
        if (fold) {
            out.append("</details>");
        }
    }
}
