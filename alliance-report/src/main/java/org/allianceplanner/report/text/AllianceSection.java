package org.allianceplanner.report.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.allianceplanner.model.alliance.AllianceComparison;
import org.allianceplanner.model.alliance.AllianceStudyResult;
import org.allianceplanner.model.alliance.LeverShares;
import org.allianceplanner.model.alliance.LeverSynergy;
import org.allianceplanner.model.game.Allocation;
import org.allianceplanner.model.game.CooperativeGame;
import org.allianceplanner.model.game.GainSharing;

/**
 * Prints the candidate alliances compared: their synergy lever by lever, ranked, with stability and
 * break-even friction; each alliance's synergy per lever and partner; and each method's split of the
 * gain with its stability.
 */
final class AllianceSection {
    /** Alliances whose lever-by-partner table and splits are printed (the best-ranked). */
    private static final int DETAILED = 5;

    private final AllianceStudyResult result;
    private final Map<String, String> partnerNames = new HashMap<>();
    private final String currency;

    AllianceSection(AllianceStudyResult result) {
        this.result = result;
        this.currency = result.baseCurrency();
        result.outline().partners().forEach(partner -> partnerNames.put(partner.partnerId(), partner.name()));
    }

    String render() {
        StringBuilder text = new StringBuilder();
        text.append("Candidate alliances compared (")
                .append(currency)
                .append(" million per year, against each member's own best plans)\n")
                .append(ranking())
                .append("  R&D: the one-off value of the months saved, annualized over the scenario's years at its"
                        + " discount rate.\n")
                .append("  Core: whether some split leaves no group of members better off on its own; least core:"
                        + " what the most\n  tempted group still gains by leaving under the most stable split"
                        + " (negative: every group has slack).\n\n");
        List<AllianceComparison> joint = result.alliances().stream()
                .filter(alliance -> alliance.partnerIds().size() >= 2)
                .limit(DETAILED)
                .toList();
        for (AllianceComparison alliance : joint) {
            text.append(leverByPartner(alliance)).append('\n');
            text.append(splits(alliance)).append('\n');
        }
        return text.toString();
    }

    private String ranking() {
        TextTable table = new TextTable(
                ">rank",
                "alliance",
                ">footprint",
                ">procurement",
                ">R&D",
                ">total synergy",
                "core",
                ">least core",
                ">break-even friction");
        for (AllianceComparison alliance : result.alliances()) {
            LeverSynergy synergy = alliance.synergy();
            boolean alone = alliance.partnerIds().size() == 1;
            table.row(
                    alliance.rank(),
                    alone ? partnerNames.get(alliance.partnerIds().get(0)) + " alone" : alliance.coalitionId(),
                    millions(synergy.footprint()),
                    planned("sourcing", synergy.procurement()),
                    planned("rnd", synergy.rnd()),
                    millions(synergy.total()),
                    alone ? "" : alliance.sharing().coreEmpty() ? "EMPTY" : "stable",
                    alone ? "" : millions(alliance.sharing().leastCoreValue()),
                    alliance.breakEven() == null ? "" : RndSection.breakEven(alliance.breakEven()));
        }
        return table.render();
    }

    /** A lever's synergy, or "not planned" when the study left the lever out (its zero is no finding). */
    private String planned(String lever, double synergy) {
        return result.levers().contains(lever) ? millions(synergy) : "not planned";
    }

    /**
     * Each lever's synergy split among the members by the Shapley value of that lever's own game. The
     * Shapley value is additive, so the rows add up to the split of the total synergy.
     */
    private String leverByPartner(AllianceComparison alliance) {
        List<String> members = alliance.sharing().game().players();
        List<String> headers = new ArrayList<>(List.of("lever", ">" + alliance.coalitionId()));
        members.forEach(member -> headers.add(">" + partnerNames.get(member)));
        TextTable table = new TextTable(headers.toArray(String[]::new));
        addLeverRow(table, "footprint", alliance, LeverSynergy::footprint);
        if (result.levers().contains("sourcing")) {
            addLeverRow(table, "procurement", alliance, LeverSynergy::procurement);
        }
        if (result.levers().contains("rnd")) {
            addLeverRow(table, "R&D", alliance, LeverSynergy::rnd);
        }
        addLeverRow(table, "total", alliance, LeverSynergy::total);
        return "Synergy of " + alliance.coalitionId() + " by lever and partner (" + currency
                + " million per year; each lever split by its Shapley value)\n" + table.render();
    }

    private void addLeverRow(
            TextTable table, String lever, AllianceComparison alliance, ToDoubleFunction<LeverSynergy> part) {
        List<Double> shapley =
                LeverShares.shapley(result, alliance.sharing().game().players(), part);
        List<Object> row = new ArrayList<>(List.of(lever, millions(part.applyAsDouble(alliance.synergy()))));
        shapley.forEach(share -> row.add(millions(share)));
        table.row(row.toArray());
    }

    private String splits(AllianceComparison alliance) {
        GainSharing sharing = alliance.sharing();
        CooperativeGame game = sharing.game();
        List<String> headers = new ArrayList<>(List.of("method"));
        game.players().forEach(player -> headers.add(">" + partnerNames.get(player)));
        headers.add("stable?");
        TextTable table = new TextTable(headers.toArray(String[]::new));
        List<String> notes = new ArrayList<>();
        for (Allocation allocation : sharing.allocations()) {
            List<Object> row = new ArrayList<>(List.of(allocation.method().label()));
            if (!allocation.defined()) {
                game.players().forEach(player -> row.add("-"));
                row.add("not defined");
                notes.add(allocation.method().label() + ": " + allocation.note());
            } else {
                for (int i = 0; i < game.size(); i++) {
                    row.add(millions(allocation.values().get(i) - game.value(1 << i)));
                }
                row.add(
                        allocation.inCore()
                                ? "yes, in the core"
                                : String.format(
                                        Locale.ROOT,
                                        "no: %s gains %s M by leaving",
                                        String.join("+", allocation.blockingCoalition()),
                                        millions(allocation.blockingExcess())));
            }
            table.row(row.toArray());
        }
        StringBuilder text = new StringBuilder("How " + alliance.coalitionId() + " could split its gain (" + currency
                + " million per year over each member's standalone profit)\n");
        text.append(table.render());
        if (sharing.coreEmpty()) {
            text.append("  The core is empty: every split leaves some group better off on its own; the least-core"
                            + " split still leaves one group ")
                    .append(millions(sharing.leastCoreValue()))
                    .append(" M to gain by leaving.\n");
        }
        notes.forEach(note -> text.append("  ").append(note).append('\n'));
        return text.toString();
    }

    private static String millions(double amount) {
        return String.format(Locale.ROOT, "%,.1f", amount / 1e6);
    }
}
