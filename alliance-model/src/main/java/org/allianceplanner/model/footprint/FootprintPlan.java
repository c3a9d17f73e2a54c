package org.allianceplanner.model.footprint;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.allianceplanner.model.plan.SolveReport;

/**
 * The footprint lever's plan for one coalition (one partner alone is a coalition of one).
 *
 * <p>When the solve found no plan, the lists are empty and {@link #breakdown()} is zero; {@link
 * #solve()} says why.
 *
 * @param partnerIds the coalition's members, sorted
 * @param solve how the solve ended and what it proved; the objective is the profit per year
 * @param flows production by model, plant and market
 * @param sales sales by model, market and dealer network
 * @param plants every plant of the coalition, open or closed
 * @param lines every platform line of the coalition's plants, with what the plan does with it
 * @param breakdown where the profit comes from
 * @param bindingCapacities plants and lines running full, with their marginal value
 * @param unmetDemand demand left unserved, with its cause
 * @param warmStarted true when the members' standalone plans were better than anything the solver
 *     found in its limits and the plan is their union
 */
public record FootprintPlan(
        List<String> partnerIds,
        SolveReport solve,
        List<ProductionFlow> flows,
        List<DealerSale> sales,
        List<PlantDecision> plants,
        List<LineDecision> lines,
        ProfitBreakdown breakdown,
        List<BindingCapacity> bindingCapacities,
        List<UnmetDemand> unmetDemand,
        boolean warmStarted) {
    public FootprintPlan {
        partnerIds = List.copyOf(partnerIds);
        requireNonNull(solve, "solve");
        flows = List.copyOf(flows);
        sales = List.copyOf(sales);
        plants = List.copyOf(plants);
        lines = List.copyOf(lines);
        requireNonNull(breakdown, "breakdown");
        bindingCapacities = List.copyOf(bindingCapacities);
        unmetDemand = List.copyOf(unmetDemand);
    }

    /** Profit per year in the base currency; 0 without a plan. */
    public double profit() {
        return breakdown.profit();
    }
}
