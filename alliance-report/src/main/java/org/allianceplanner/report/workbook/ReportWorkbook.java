package org.allianceplanner.report.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.allianceplanner.model.alliance.AllianceComparison;
import org.allianceplanner.model.alliance.CoalitionResult;
import org.allianceplanner.model.alliance.ScenarioOutline.PlantPlace;
import org.allianceplanner.model.footprint.PlantDecision;
import org.allianceplanner.model.footprint.ProductionFlow;
import org.allianceplanner.model.rnd.plan.BreakEvenFriction;
import org.allianceplanner.model.rnd.plan.RndComparison;
import org.allianceplanner.model.rnd.plan.RndPlan;
import org.allianceplanner.model.rnd.plan.ScheduledTask;
import org.allianceplanner.model.sourcing.plan.CoalitionSourcing;
import org.allianceplanner.model.sourcing.plan.SourcingAward;
import org.allianceplanner.model.sourcing.plan.SourcingPlan;
import org.allianceplanner.model.sourcing.plan.TierReached;
import org.allianceplanner.report.Explanation;
import org.allianceplanner.report.PlanDecisions;
import org.allianceplanner.report.SplitRow;
import org.allianceplanner.report.StudyView;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Builds {@code report.xlsx}: every table of the report on its own sheet, with a bold frozen header,
 * number formats and an autofilter. Streams rows (SXSSF), so large studies fit in memory. Each call
 * builds its own workbook, so calls may run on several threads.
 */
public final class ReportWorkbook {
    /** The sheets, in order. */
    public static final List<String> SHEETS = List.of(
            "Alliances",
            "Split",
            "Coalitions",
            "Decisions",
            "Flows",
            "Plants",
            "Sourcing awards",
            "Tiers",
            "R&D tasks",
            "Explanations");

    private final StudyView view;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(500);
    private final SheetTable.Styles styles;

    private ReportWorkbook(StudyView view) {
        this.view = view;
        styles = SheetTable.Styles.of(workbook);
    }

    private SheetTable table(String name, String... headers) {
        return new SheetTable(workbook, styles, name, headers);
    }

    /**
     * Writes the workbook of {@code view} to {@code out}, which stays open.
     *
     * @throws IOException when {@code out} cannot be written
     */
    public static void write(StudyView view, OutputStream out) throws IOException {
        ReportWorkbook book = new ReportWorkbook(view);
        try {
            book.alliances();
            book.split();
            book.coalitions();
            book.decisions();
            book.flows();
            book.plants();
            book.awards();
            book.tiers();
            book.rndTasks();
            book.explanations();
            book.workbook.write(out);
        } finally {
            book.workbook.close();
        }
    }

    /** {@code header} with the unit of money columns, e.g. {@code "Value (USD million)"}. */
    private String inMillions(String header) {
        return header + " (" + view.currency() + " million)";
    }

    private void alliances() {
        SheetTable t = table(
                "Alliances",
                "Rank",
                "Alliance",
                "Partners",
                inMillions("Footprint synergy"),
                inMillions("Procurement synergy"),
                inMillions("R&D synergy"),
                inMillions("Total synergy"),
                inMillions("Value"),
                "Core empty (no split keeps every group from leaving)",
                inMillions("Least core (smallest gain a group still makes by leaving)"),
                "Break-even friction");
        for (AllianceComparison a : view.result().alliances()) {
            // Partners alone are the yardstick, not candidates: no rank (the result's rank counts them).
            t.row();
            if (a.partnerIds().size() > 1) {
                t.number(view.allianceRank(a), styles.count());
            } else {
                t.skip();
            }
            t.text(a.coalitionId())
                    .text(view.allianceName(a.partnerIds()) + (a.partnerIds().size() > 1 ? "" : " alone"));
            t.money(a.synergy().footprint());
            leverSynergy(t, "sourcing", a.synergy().procurement());
            leverSynergy(t, "rnd", a.synergy().rnd());
            t.money(a.synergy().total())
                    .money(view.allianceValue(a))
                    .bool(a.sharing().coreEmpty())
                    .money(a.sharing().leastCoreValue());
            BreakEvenFriction breakEven = a.breakEven();
            if (breakEven == null) {
                t.skip();
            } else if (breakEven.outcome() == BreakEvenFriction.Outcome.FOUND) {
                t.number(breakEven.friction(), styles.decimal());
            } else {
                t.text(StudyView.breakEvenText(breakEven));
            }
        }
        t.finish();
    }

    private void split() {
        SheetTable t = table(
                "Split",
                "Alliance",
                "Method",
                "Partner",
                inMillions("Value"),
                inMillions("Gain"),
                "In core (no group would rather leave)",
                "Blocked by",
                inMillions("Blocking excess"));
        for (AllianceComparison a : view.result().alliances()) {
            for (SplitRow r : view.splitRows(a)) {
                t.row().text(r.allianceId()).text(r.method().label()).text(view.partnerName(r.partnerId()));
                t.money(r.value()).money(r.gain()).bool(r.inCore());
                t.text(String.join("+", r.blockingCoalition()));
                if (r.inCore()) {
                    t.skip();
                } else {
                    t.money(r.blockingExcess());
                }
            }
        }
        t.finish();
    }

    /** A lever's synergy, or an empty cell when the study left the lever out (its zero is no finding). */
    private void leverSynergy(SheetTable t, String lever, double synergy) {
        if (view.result().levers().contains(lever)) {
            t.money(synergy);
        } else {
            t.skip();
        }
    }

    private void coalitions() {
        SheetTable t = table(
                "Coalitions",
                "Coalition",
                "Partners",
                inMillions("Value"),
                inMillions("Footprint synergy"),
                inMillions("Procurement synergy"),
                inMillions("R&D synergy"),
                inMillions("Total synergy"),
                "Footprint status",
                "Footprint gap",
                "Sourcing status (pooled)",
                "R&D status (joint)",
                "Seconds");
        for (CoalitionResult c : view.result().coalitions()) {
            t.row().text(c.coalitionId()).text(view.allianceName(c.partnerIds()));
            t.money(c.value()).money(c.synergy().footprint());
            leverSynergy(t, "sourcing", c.synergy().procurement());
            leverSynergy(t, "rnd", c.synergy().rnd());
            t.money(c.synergy().total())
                    .text(c.footprint().plan().solve().describe())
                    .number(c.footprint().plan().solve().relativeGap(), styles.share())
                    .text(
                            c.sourcing() == null
                                    ? ""
                                    : c.sourcing().pooled().solve().describe())
                    .text(c.rnd() == null ? "" : c.rnd().jointPlan().report().describe())
                    .number(c.seconds(), styles.decimal());
        }
        t.finish();
    }

    /** Each alliance's joint footprint decisions, one row per plant, line, flow or sale, by name. */
    private void decisions() {
        SheetTable t = table(
                "Decisions",
                "Alliance",
                "Decision",
                "Partner",
                "Partner serving",
                "Model or platform",
                "Plant",
                "Market",
                "Vehicles per year",
                "Ready after months");
        for (AllianceComparison a : view.multiPartnerAlliances()) {
            String name = view.allianceName(a.partnerIds());
            view.decisions(a).ifPresent(d -> {
                for (PlanDecisions.ClosedPlant p : d.closedPlants()) {
                    t.row()
                            .text(name)
                            .text("plant closed")
                            .text(p.ownerName())
                            .skip()
                            .skip()
                            .text(p.plantName());
                }
                for (PlanDecisions.LineChange l : d.lineChanges()) {
                    t.row().text(name).text("line " + l.action().name().toLowerCase(Locale.ROOT));
                    t.text(view.partnerName(view.plantPartner(l.plantId())))
                            .skip()
                            .text(l.platformName());
                    t.text(l.plantName()).skip();
                    if (l.running()) {
                        t.number(l.unitsPerYear(), styles.count()).number(l.leadTimeMonths(), styles.count());
                    }
                }
                for (PlanDecisions.PartnerBuild b : d.builtForPartners()) {
                    t.row().text(name).text("built in a partner's plant").text(b.modelPartnerName());
                    t.text(b.builderPartnerName())
                            .text(b.modelName())
                            .text(b.plantName())
                            .text(b.marketName());
                    t.number(b.unitsPerYear(), styles.count());
                }
                for (PlanDecisions.PartnerSale s : d.soldForPartners()) {
                    t.row().text(name).text("sold through a partner's dealers").text(s.modelPartnerName());
                    t.text(s.dealerPartnerName()).text(s.modelName()).skip().text(s.marketName());
                    t.number(s.unitsPerYear(), styles.count());
                }
            });
        }
        t.finish();
    }

    private Optional<CoalitionResult> bestCoalition() {
        return view.best().flatMap(view::coalitionOf);
    }

    private List<String> bestMembers() {
        return view.best().map(AllianceComparison::partnerIds).orElse(List.of());
    }

    private void flows() {
        SheetTable t = table("Flows", "Plan", "Model", "Plant", "Plant partner", "Market", "Units per year");
        for (ProductionFlow f : view.standaloneFlows(bestMembers())) {
            flowRow(t, "standalone", f);
        }
        bestCoalition()
                .ifPresent(c -> c.footprint().plan().flows().forEach(f -> flowRow(t, "joint " + c.coalitionId(), f)));
        t.finish();
    }

    private void flowRow(SheetTable t, String plan, ProductionFlow f) {
        t.row()
                .text(plan)
                .text(view.modelName(f.modelId()))
                .text(view.plantName(f.plantId()))
                .text(view.partnerName(view.plantPartner(f.plantId())));
        t.text(view.marketName(f.marketId())).number(f.unitsPerYear(), styles.count());
    }

    private void plants() {
        SheetTable t = table(
                "Plants",
                "Plant",
                "Partner",
                "Name",
                "Latitude",
                "Longitude",
                "Capacity units per year",
                "Standalone units per year",
                "Joint units per year",
                "Standalone utilization",
                "Joint utilization",
                "Open jointly");
        List<PlantDecision> alone = view.standalonePlants(bestMembers());
        List<PlantDecision> together =
                bestCoalition().map(c -> c.footprint().plan().plants()).orElse(List.of());
        List<String> ids = new ArrayList<>();
        alone.forEach(d -> ids.add(d.plantId()));
        together.stream()
                .map(PlantDecision::plantId)
                .filter(id -> !ids.contains(id))
                .forEach(ids::add);
        for (String id : ids) {
            Optional<PlantDecision> a =
                    alone.stream().filter(d -> d.plantId().equals(id)).findFirst();
            Optional<PlantDecision> j =
                    together.stream().filter(d -> d.plantId().equals(id)).findFirst();
            Optional<PlantPlace> plant = view.plant(id);
            t.row().text(id).text(view.partnerName(view.plantPartner(id))).text(view.plantName(id));
            t.number(plant.map(PlantPlace::latitude).orElse(Double.NaN), styles.decimal())
                    .number(plant.map(PlantPlace::longitude).orElse(Double.NaN), styles.decimal())
                    .number(
                            plant.map(PlantPlace::capacityUnitsPerYear)
                                    .orElse(a.or(() -> j)
                                            .map(PlantDecision::capacityUnitsPerYear)
                                            .orElse(Double.NaN)),
                            styles.count())
                    .number(a.map(PlantDecision::unitsPerYear).orElse(0.0), styles.count())
                    .number(j.map(PlantDecision::unitsPerYear).orElse(0.0), styles.count())
                    .number(a.map(PlantDecision::utilization).orElse(0.0), styles.share())
                    .number(j.map(PlantDecision::utilization).orElse(0.0), styles.share())
                    .bool(j.map(PlantDecision::open).orElse(false));
        }
        t.finish();
    }

    private void awards() {
        SheetTable t = table(
                "Sourcing awards",
                "Plan",
                "Supplier",
                "Part variant",
                "Plant",
                "Buyer",
                "Units per year",
                "Unit price (" + view.currency() + ")",
                inMillions("Purchase cost"),
                inMillions("Tariff cost"),
                inMillions("Freight cost"),
                inMillions("Landed cost"));
        bestCoalition().map(CoalitionResult::sourcing).ifPresent(s -> {
            awardRows(t, "separate", s.separate());
            awardRows(t, "pooled", s.pooled());
        });
        t.finish();
    }

    private void awardRows(SheetTable t, String plan, SourcingPlan sourcing) {
        for (SourcingAward a : sourcing.awards()) {
            t.row()
                    .text(plan)
                    .text(a.supplierId())
                    .text(a.variantId())
                    .text(view.plantName(a.plantId()))
                    .text(view.partnerName(a.buyerPartnerId()));
            t.number(a.unitsPerYear(), styles.count())
                    .number(a.unitPrice(), styles.price())
                    .money(a.purchaseCost())
                    .money(a.tariffCost())
                    .money(a.freightCost())
                    .money(a.landedCost());
        }
    }

    private void tiers() {
        SheetTable t = table(
                "Tiers",
                "Plan",
                "Supplier",
                "Part variant",
                "Buyers",
                "Units per year",
                "Tier from units",
                "Unit price (" + view.currency() + ")",
                "Next tier from units",
                "Next tier unit price (" + view.currency() + ")",
                "Just missed",
                "Sentence");
        Optional<CoalitionSourcing> sourcing = bestCoalition().map(CoalitionResult::sourcing);
        sourcing.ifPresent(s -> {
            tierRows(t, "separate", s.separate());
            tierRows(t, "pooled", s.pooled());
        });
        t.finish();
    }

    private void tierRows(SheetTable t, String plan, SourcingPlan sourcing) {
        for (TierReached tier : sourcing.tiers()) {
            t.row()
                    .text(plan)
                    .text(tier.supplierId())
                    .text(tier.variantId())
                    .text(String.join("+", tier.buyerPartnerIds()));
            t.number(tier.unitsPerYear(), styles.count())
                    .number(tier.tierMinUnits(), styles.count())
                    .number(tier.unitPrice(), styles.price())
                    .number(tier.nextTierMinUnits(), styles.count())
                    .number(tier.nextTierUnitPrice(), styles.price())
                    .bool(sourcing.tiersJustMissed().contains(tier))
                    .text(tier.sentence());
        }
    }

    private void rndTasks() {
        SheetTable t = table(
                "R&D tasks",
                "Plan",
                "Program",
                "Task",
                "Name",
                "Owner",
                "Start month",
                "End month",
                "Done once by",
                "Work team-months");
        bestCoalition().map(CoalitionResult::rnd).ifPresent(rnd -> rndRows(t, rnd));
        t.finish();
    }

    private void rndRows(SheetTable t, RndComparison rnd) {
        for (RndPlan plan : rnd.standalonePlans()) {
            taskRows(t, "standalone " + String.join("+", plan.partnerIds()), plan);
        }
        taskRows(t, "joint " + String.join("+", rnd.partnerIds()), rnd.jointPlan());
    }

    private void taskRows(SheetTable t, String name, RndPlan plan) {
        for (ScheduledTask task : plan.tasks()) {
            t.row()
                    .text(name)
                    .text(task.programId())
                    .text(task.taskId())
                    .text(task.name())
                    .text(task.ownerPartnerId());
            t.number(task.startMonth(), styles.count())
                    .number(task.endMonth(), styles.count())
                    .text(task.servedBy() == null ? "" : task.servedBy().toString())
                    .number(task.workTeamMonths(), styles.count());
        }
    }

    private void explanations() {
        SheetTable t = table("Explanations", "Topic", "Plan", "Sentence");
        for (Explanation e : view.explanations()) {
            t.row().text(e.topic()).text(e.plan()).text(e.sentence());
        }
        t.finish();
        t.widenColumn(2, 120);
    }
}
