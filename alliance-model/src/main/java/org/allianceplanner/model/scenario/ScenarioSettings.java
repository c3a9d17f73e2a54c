package org.allianceplanner.model.scenario;

import static java.util.Objects.requireNonNull;

/**
 * The scenario's own settings: what it is, its base currency, how one-off costs are annualized, the
 * friction for pairs of partners not listed, and the solver limits.
 *
 * @param name short name
 * @param description what the scenario is and where its figures come from
 * @param baseCurrency ISO 4217 code every result is reported in
 * @param defaultFriction friction for pairs of partners without their own row, 0 to 1
 * @param annualizationYears years over which one-off costs (retooling, closure, engineering) are
 *     spread
 * @param discountRate yearly rate for annualizing one-off costs, e.g. 0.08
 * @param solver solver limits and seed
 */
public record ScenarioSettings(
        String name,
        String description,
        String baseCurrency,
        double defaultFriction,
        int annualizationYears,
        double discountRate,
        SolverSettings solver) {
    public ScenarioSettings {
        requireNonNull(name, "name");
        requireNonNull(description, "description");
        requireNonNull(baseCurrency, "baseCurrency");
        requireNonNull(solver, "solver");
    }

    /**
     * Equal yearly payment that repays {@code oneOffCost} over {@link #annualizationYears} at {@link
     * #discountRate} (the capital recovery factor).
     */
    public double annualize(double oneOffCost) {
        if (discountRate == 0) {
            return oneOffCost / annualizationYears;
        }
        double growth = Math.pow(1 + discountRate, annualizationYears);
        return oneOffCost * discountRate * growth / (growth - 1);
    }
}
