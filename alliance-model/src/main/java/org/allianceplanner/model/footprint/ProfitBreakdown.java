package org.allianceplanner.model.footprint;

/**
 * Where a plan's profit comes from, per year in the base currency. Costs are positive numbers that
 * {@link #profit()} subtracts from revenue. One-off costs (closures, line installation) are annualized
 * with the scenario's capital recovery factor.
 *
 * @param revenue net price of every vehicle sold
 * @param tariffs import duty on vehicles crossing a customs border
 * @param conversion assembly cost at the building plant
 * @param materials bought-in parts and materials of the vehicles built
 * @param freight shipping from plant to market
 * @param commission paid to another partner's dealers for selling the vehicle
 * @param plantFixed fixed cost of the plants kept open
 * @param plantClosure annualized closure cost of the plants closed
 * @param lineFixed fixed cost of the lines running
 * @param lineInstallation annualized retooling cost of the lines opened or retooled
 */
public record ProfitBreakdown(
        double revenue,
        double tariffs,
        double conversion,
        double materials,
        double freight,
        double commission,
        double plantFixed,
        double plantClosure,
        double lineFixed,
        double lineInstallation) {

    /** A breakdown of nothing. */
    public static final ProfitBreakdown ZERO = new ProfitBreakdown(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Revenue minus every cost. */
    public double profit() {
        return revenue
                - tariffs
                - conversion
                - materials
                - freight
                - commission
                - plantFixed
                - plantClosure
                - lineFixed
                - lineInstallation;
    }

    /** The sum of this and {@code other}, item by item. */
    public ProfitBreakdown plus(ProfitBreakdown other) {
        return new ProfitBreakdown(
                revenue + other.revenue,
                tariffs + other.tariffs,
                conversion + other.conversion,
                materials + other.materials,
                freight + other.freight,
                commission + other.commission,
                plantFixed + other.plantFixed,
                plantClosure + other.plantClosure,
                lineFixed + other.lineFixed,
                lineInstallation + other.lineInstallation);
    }

    /** This minus {@code other}, item by item. */
    public ProfitBreakdown minus(ProfitBreakdown other) {
        return new ProfitBreakdown(
                revenue - other.revenue,
                tariffs - other.tariffs,
                conversion - other.conversion,
                materials - other.materials,
                freight - other.freight,
                commission - other.commission,
                plantFixed - other.plantFixed,
                plantClosure - other.plantClosure,
                lineFixed - other.lineFixed,
                lineInstallation - other.lineInstallation);
    }
}
