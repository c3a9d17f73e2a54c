package org.allianceplanner.report.text;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.allianceplanner.model.alliance.AllianceStudyResult;
import org.allianceplanner.model.alliance.CoalitionResult;
import org.allianceplanner.model.alliance.PartnerStandalone;
import org.allianceplanner.model.footprint.FootprintStudyResult;
import org.allianceplanner.model.rnd.plan.BreakEvenFriction;
import org.allianceplanner.model.sourcing.plan.SourcingStudyResult;

/**
 * The console report of an alliance study, from its result alone: each lever's plans for each partner
 * alone and for each candidate alliance (the footprint lever always; sourcing and R&amp;D when the study
 * planned them), then the alliances compared with their splits. Stateless and thread-safe; the writer is
 * flushed, never closed.
 */
public final class ConsoleReport {
    /** How much of the R&amp;D lever to print; the other levers print in full either way. */
    public enum Detail {
        /** Everything: each partner's programs, each alliance's programs, the critical chains and teams. */
        FULL,
        /** The R&amp;D part as one table of months saved per alliance (the demo's). */
        COMPACT
    }

    private ConsoleReport() {}

    /**
     * Writes the report of {@code result} to {@code out} and flushes it.
     *
     * @param detail {@link Detail#FULL} for the {@code plan} command, {@link Detail#COMPACT} for the demo
     */
    public static void write(AllianceStudyResult result, Detail detail, PrintWriter out) {
        Set<List<String>> alliances = new LinkedHashSet<>();
        result.alliances().stream()
                .filter(alliance -> alliance.partnerIds().size() >= 2)
                .forEach(alliance -> alliances.add(alliance.partnerIds()));
        List<CoalitionResult> shown = result.coalitions().stream()
                .filter(coalition -> alliances.contains(coalition.partnerIds()))
                .toList();
        String currency = result.baseCurrency();
        FootprintStudyResult footprint = new FootprintStudyResult(
                result.standalone().stream().map(PartnerStandalone::footprint).toList(),
                shown.stream().map(CoalitionResult::footprint).toList());
        out.print(new FootprintSection(result.outline(), currency, footprint).render());
        if (result.levers().contains("sourcing")) {
            out.println();
            out.print(new SourcingSection(
                            result.outline(),
                            currency,
                            footprint,
                            new SourcingStudyResult(
                                    result.standalone().stream()
                                            .map(PartnerStandalone::sourcing)
                                            .toList(),
                                    shown.stream()
                                            .map(CoalitionResult::sourcing)
                                            .toList()))
                    .render());
        }
        if (result.levers().contains("rnd")) {
            Map<List<String>, BreakEvenFriction> breakEven = new HashMap<>();
            result.alliances().stream()
                    .filter(alliance -> alliance.breakEven() != null)
                    .forEach(alliance -> breakEven.put(alliance.partnerIds(), alliance.breakEven()));
            RndSection rnd = new RndSection(
                    currency,
                    result.standalone().stream().map(PartnerStandalone::rnd).toList(),
                    shown.stream().map(CoalitionResult::rnd).toList(),
                    breakEven);
            out.println();
            if (detail == Detail.FULL) {
                rnd.printFull(out);
            } else {
                rnd.printSummary(out);
            }
        }
        out.println();
        out.print(new AllianceSection(result).render());
        out.flush();
    }
}
