package org.allianceplanner.report.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
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
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

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
    private final CellStyle header;
    private final CellStyle money;
    private final CellStyle count;
    private final CellStyle price;
    private final CellStyle share;
    private final CellStyle decimal;

    /** No column wider than this many characters; longer text (sentences) wraps out of sight. */
    private static final int MAX_COLUMN_CHARS = 80;

    /** A header longer than this many characters wraps rather than widening its column. */
    private static final int HEADER_CHARS = 24;

    private ReportWorkbook(StudyView view) {
        this.view = view;
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        money = format("#,##0.0");
        count = format("#,##0");
        price = format("#,##0.00");
        share = format("0.0%");
        decimal = format("0.00");
    }

    private CellStyle format(String pattern) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
        return style;
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

    /** A sheet being filled: header first, then rows; closed with {@link #finish()}. */
    private final class Table {
        private final SXSSFSheet sheet;
        private final int columns;
        private int rowIndex = 1;
        private @Nullable Row row;
        private int cellIndex;
        /** The widest text of each column so far, in characters; the header counts as well. */
        private final int[] widest;

        Table(String name, String... headers) {
            sheet = workbook.createSheet(name);
            columns = headers.length;
            widest = new int[headers.length];
            Row head = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(headers[i]);
                cell.setCellStyle(header);
                // A long header wraps (see finish()); it widens its column only so far. 3: the filter button.
                widest[i] = Math.min(HEADER_CHARS, headers[i].length()) + 3;
            }
            // Excel does not fit a row's height to wrapped text written by POI: set it. A column is at
            // least HEADER_CHARS + 5 wide (finish()), so a header takes at most this many lines.
            int lines = 1;
            for (String text : headers) {
                lines = Math.max(lines, (text.length() + HEADER_CHARS + 2) / (HEADER_CHARS + 3));
            }
            head.setHeightInPoints(lines * 15f);
            sheet.createFreezePane(0, 1);
        }

        Table row() {
            row = sheet.createRow(rowIndex++);
            cellIndex = 0;
            return this;
        }

        /** The row {@link #row()} started; a cell before the first row is a mistake in this class. */
        private Row current() {
            return Objects.requireNonNull(row, "row() before the first cell");
        }

        Table text(String value) {
            measure(value.length());
            current().createCell(cellIndex++).setCellValue(value);
            return this;
        }

        Table number(double value, CellStyle style) {
            if (Double.isFinite(value)) {
                // As shown: grouped digits and at most two decimals, or a percentage.
                measure(String.format(Locale.ROOT, "%,.2f", value * (style == share ? 100 : 1))
                                .length()
                        + 1);
            }
            Cell cell = current().createCell(cellIndex++);
            if (Double.isFinite(value)) {
                cell.setCellValue(value);
                cell.setCellStyle(style);
            }
            return this;
        }

        /** An amount in the base currency, written in millions (the header says so, see {@link #inMillions}). */
        Table money(double amount) {
            return number(amount / 1e6, money);
        }

        private void measure(int chars) {
            if (cellIndex < widest.length) {
                widest[cellIndex] = Math.max(widest[cellIndex], chars);
            }
        }

        Table bool(boolean value) {
            current().createCell(cellIndex++).setCellValue(value);
            return this;
        }

        Table skip() {
            cellIndex++;
            return this;
        }

        void finish() {
            for (int i = 0; i < columns; i++) {
                sheet.setColumnWidth(i, Math.min(MAX_COLUMN_CHARS, Math.max(10, widest[i] + 2)) * 256);
            }
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rowIndex - 1), 0, columns - 1));
        }
    }

    private void alliances() {
        Table t = new Table(
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
                t.number(view.allianceRank(a), count);
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
                t.number(breakEven.friction(), decimal);
            } else {
                t.text(StudyView.breakEvenText(breakEven));
            }
        }
        t.finish();
    }

    private void split() {
        Table t = new Table(
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
    private void leverSynergy(Table t, String lever, double synergy) {
        if (view.result().levers().contains(lever)) {
            t.money(synergy);
        } else {
            t.skip();
        }
    }

    private void coalitions() {
        Table t = new Table(
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
                    .number(c.footprint().plan().solve().relativeGap(), share)
                    .text(
                            c.sourcing() == null
                                    ? ""
                                    : c.sourcing().pooled().solve().describe())
                    .text(c.rnd() == null ? "" : c.rnd().jointPlan().report().describe())
                    .number(c.seconds(), decimal);
        }
        t.finish();
    }

    /** Each alliance's joint footprint decisions, one row per plant, line, flow or sale, by name. */
    private void decisions() {
        Table t = new Table(
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
                        t.number(l.unitsPerYear(), count).number(l.leadTimeMonths(), count);
                    }
                }
                for (PlanDecisions.PartnerBuild b : d.builtForPartners()) {
                    t.row().text(name).text("built in a partner's plant").text(b.modelPartnerName());
                    t.text(b.builderPartnerName())
                            .text(b.modelName())
                            .text(b.plantName())
                            .text(b.marketName());
                    t.number(b.unitsPerYear(), count);
                }
                for (PlanDecisions.PartnerSale s : d.soldForPartners()) {
                    t.row().text(name).text("sold through a partner's dealers").text(s.modelPartnerName());
                    t.text(s.dealerPartnerName()).text(s.modelName()).skip().text(s.marketName());
                    t.number(s.unitsPerYear(), count);
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
        Table t = new Table("Flows", "Plan", "Model", "Plant", "Plant partner", "Market", "Units per year");
        for (ProductionFlow f : view.standaloneFlows(bestMembers())) {
            flowRow(t, "standalone", f);
        }
        bestCoalition()
                .ifPresent(c -> c.footprint().plan().flows().forEach(f -> flowRow(t, "joint " + c.coalitionId(), f)));
        t.finish();
    }

    private void flowRow(Table t, String plan, ProductionFlow f) {
        t.row()
                .text(plan)
                .text(view.modelName(f.modelId()))
                .text(view.plantName(f.plantId()))
                .text(view.partnerName(view.plantPartner(f.plantId())));
        t.text(view.marketName(f.marketId())).number(f.unitsPerYear(), count);
    }

    private void plants() {
        Table t = new Table(
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
            t.number(plant.map(PlantPlace::latitude).orElse(Double.NaN), decimal)
                    .number(plant.map(PlantPlace::longitude).orElse(Double.NaN), decimal)
                    .number(
                            plant.map(PlantPlace::capacityUnitsPerYear)
                                    .orElse(a.or(() -> j)
                                            .map(PlantDecision::capacityUnitsPerYear)
                                            .orElse(Double.NaN)),
                            count)
                    .number(a.map(PlantDecision::unitsPerYear).orElse(0.0), count)
                    .number(j.map(PlantDecision::unitsPerYear).orElse(0.0), count)
                    .number(a.map(PlantDecision::utilization).orElse(0.0), share)
                    .number(j.map(PlantDecision::utilization).orElse(0.0), share)
                    .bool(j.map(PlantDecision::open).orElse(false));
        }
        t.finish();
    }

    private void awards() {
        Table t = new Table(
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

    private void awardRows(Table t, String plan, SourcingPlan sourcing) {
        for (SourcingAward a : sourcing.awards()) {
            t.row()
                    .text(plan)
                    .text(a.supplierId())
                    .text(a.variantId())
                    .text(view.plantName(a.plantId()))
                    .text(view.partnerName(a.buyerPartnerId()));
            t.number(a.unitsPerYear(), count)
                    .number(a.unitPrice(), price)
                    .money(a.purchaseCost())
                    .money(a.tariffCost())
                    .money(a.freightCost())
                    .money(a.landedCost());
        }
    }

    private void tiers() {
        Table t = new Table(
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

    private void tierRows(Table t, String plan, SourcingPlan sourcing) {
        for (TierReached tier : sourcing.tiers()) {
            t.row()
                    .text(plan)
                    .text(tier.supplierId())
                    .text(tier.variantId())
                    .text(String.join("+", tier.buyerPartnerIds()));
            t.number(tier.unitsPerYear(), count)
                    .number(tier.tierMinUnits(), count)
                    .number(tier.unitPrice(), price)
                    .number(tier.nextTierMinUnits(), count)
                    .number(tier.nextTierUnitPrice(), price)
                    .bool(sourcing.tiersJustMissed().contains(tier))
                    .text(tier.sentence());
        }
    }

    private void rndTasks() {
        Table t = new Table(
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

    private void rndRows(Table t, RndComparison rnd) {
        for (RndPlan plan : rnd.standalonePlans()) {
            taskRows(t, "standalone " + String.join("+", plan.partnerIds()), plan);
        }
        taskRows(t, "joint " + String.join("+", rnd.partnerIds()), rnd.jointPlan());
    }

    private void taskRows(Table t, String name, RndPlan plan) {
        for (ScheduledTask task : plan.tasks()) {
            t.row()
                    .text(name)
                    .text(task.programId())
                    .text(task.taskId())
                    .text(task.name())
                    .text(task.ownerPartnerId());
            t.number(task.startMonth(), count)
                    .number(task.endMonth(), count)
                    .text(task.servedBy() == null ? "" : task.servedBy().toString())
                    .number(task.workTeamMonths(), count);
        }
    }

    private void explanations() {
        Table t = new Table("Explanations", "Topic", "Plan", "Sentence");
        for (Explanation e : view.explanations()) {
            t.row().text(e.topic()).text(e.plan()).text(e.sentence());
        }
        t.finish();
        t.sheet.setColumnWidth(2, 120 * 256);
    }
}
