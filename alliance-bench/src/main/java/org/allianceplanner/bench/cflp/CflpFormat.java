package org.allianceplanner.bench.cflp;

/** The two published text formats of capacitated facility-location instances. */
public enum CflpFormat {
    /**
     * OR-Library {@code cap41}…{@code cap134}: {@code m n}, m records {@code capacity fixed_cost}, then n
     * records {@code demand c_1j … c_mj} (customer-major). Demand may be split between warehouses.
     */
    ORLIB,
    /**
     * Holmberg et al. {@code p1}…{@code p71}: {@code m n}, m records {@code capacity fixed_cost}, n
     * demands, then the m × n cost matrix facility-major. Each customer is served by one facility.
     */
    HOLMBERG;

    /** True when each customer must be served by exactly one facility. */
    public boolean singleSourcing() {
        return this == HOLMBERG;
    }
}
