package org.allianceplanner.bench.cflp;

import static java.util.Objects.requireNonNull;

/**
 * One capacitated facility-location instance: open facilities (each with a capacity and a fixed cost)
 * and serve every customer's demand at least cost.
 *
 * <p>The arrays are the caller's; the record neither copies nor changes them, so treat an instance as
 * read-only.
 *
 * @param name the instance's name, the file name without folder (e.g. {@code cap41.txt})
 * @param format the format it was read from, which decides single sourcing
 * @param capacityUnits capacity s_i of facility i, in demand units
 * @param fixedCost fixed cost f_i of opening facility i
 * @param demandUnits demand d_j of customer j
 * @param assignmentCost c_ij = {@code assignmentCost[i][j]}: the cost of serving <em>all</em> of
 *     customer j's demand from facility i (a fraction of the demand costs that fraction of c_ij)
 */
public record CflpInstance(
        String name,
        CflpFormat format,
        double[] capacityUnits,
        double[] fixedCost,
        double[] demandUnits,
        double[][] assignmentCost) {
    public CflpInstance {
        requireNonNull(name, "name");
        requireNonNull(format, "format");
        if (fixedCost.length != capacityUnits.length || assignmentCost.length != capacityUnits.length) {
            throw new IllegalArgumentException("Instance " + name + ": " + capacityUnits.length + " capacities, "
                    + fixedCost.length + " fixed costs and " + assignmentCost.length
                    + " cost rows; all must be one per facility.");
        }
        for (double[] row : assignmentCost) {
            if (row.length != demandUnits.length) {
                throw new IllegalArgumentException("Instance " + name + ": a cost row has " + row.length
                        + " entries for " + demandUnits.length + " customers.");
            }
        }
    }

    /** Number of facilities m. */
    public int facilityCount() {
        return capacityUnits.length;
    }

    /** Number of customers n. */
    public int customerCount() {
        return demandUnits.length;
    }

    /**
     * The cost of a complete single-source solution: fixed costs of the facilities used plus the
     * assignment costs, or {@code +∞} when {@code facilityOfCustomer} overloads a facility.
     *
     * @param facilityOfCustomer for each customer j, the facility serving it
     */
    public double singleSourceCost(int[] facilityOfCustomer) {
        double[] load = new double[facilityCount()];
        boolean[] used = new boolean[facilityCount()];
        double cost = 0;
        for (int j = 0; j < customerCount(); j++) {
            int i = facilityOfCustomer[j];
            if (!used[i]) {
                used[i] = true;
                cost += fixedCost[i];
            }
            load[i] += demandUnits[j];
            cost += assignmentCost[i][j];
        }
        for (int i = 0; i < load.length; i++) {
            if (load[i] > capacityUnits[i]) {
                return Double.POSITIVE_INFINITY;
            }
        }
        return cost;
    }
}
