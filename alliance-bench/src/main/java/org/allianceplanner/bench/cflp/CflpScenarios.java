package org.allianceplanner.bench.cflp;

import java.util.ArrayList;
import java.util.List;
import org.allianceplanner.model.geography.Country;
import org.allianceplanner.model.geography.FreightLane;
import org.allianceplanner.model.geography.Market;
import org.allianceplanner.model.partner.DealerCoverage;
import org.allianceplanner.model.partner.Partner;
import org.allianceplanner.model.plant.LineStatus;
import org.allianceplanner.model.plant.Plant;
import org.allianceplanner.model.plant.Platform;
import org.allianceplanner.model.plant.PlatformLine;
import org.allianceplanner.model.scenario.Scenario;
import org.allianceplanner.model.scenario.ScenarioSettings;
import org.allianceplanner.model.scenario.SolverSettings;
import org.allianceplanner.model.vehicle.Demand;
import org.allianceplanner.model.vehicle.Powertrain;
import org.allianceplanner.model.vehicle.VehicleModel;

/**
 * Maps a facility-location instance onto a footprint scenario whose best plan is the instance's
 * optimum, with profit = −cost.
 *
 * <p>One partner ({@value #PARTNER_ID}, USD), one platform and one model with no conversion or
 * material cost. Facility i is plant {@code F<i>} in its own country, with capacity s_i, fixed cost
 * f_i, closure allowed at no cost, and one existing line of capacity s_i without fixed cost. Customer j
 * is market {@code C<j>} (one country) demanding d_j units at price 0, reached from every plant by a
 * freight lane costing c_ij / d_j per unit (the published c_ij is for the customer's whole demand), and
 * covered in full by the partner's dealers at no commission. The facilities' countries belong to one
 * extra market without demand. Stateless and thread-safe.
 */
public final class CflpScenarios {
    /** The single partner that owns every plant. */
    public static final String PARTNER_ID = "CFLP";

    /** The single vehicle model every customer demands. */
    public static final String MODEL_ID = "UNIT";

    private static final String PLATFORM_ID = "ANY";
    private static final String FACILITY_MARKET_ID = "FACILITIES";

    private CflpScenarios() {}

    /** Plant id of facility {@code i} (0-based). */
    public static String plantId(int i) {
        return "F" + (i + 1);
    }

    /** Market id of customer {@code j} (0-based). */
    public static String marketId(int j) {
        return "C" + (j + 1);
    }

    /**
     * The footprint scenario of {@code instance}.
     *
     * @throws IllegalArgumentException when a customer has no positive demand, which a per-unit freight
     *     cost cannot express
     */
    public static Scenario toScenario(CflpInstance instance) {
        int m = instance.facilityCount();
        int n = instance.customerCount();
        List<Market> markets = new ArrayList<>();
        List<Country> countries = new ArrayList<>();
        List<Plant> plants = new ArrayList<>();
        List<PlatformLine> lines = new ArrayList<>();
        List<Demand> demands = new ArrayList<>();
        List<DealerCoverage> coverages = new ArrayList<>();
        List<FreightLane> lanes = new ArrayList<>();
        markets.add(new Market(FACILITY_MARKET_ID, "Facility countries", 0, 0));
        for (int i = 0; i < m; i++) {
            String country = plantId(i);
            countries.add(new Country(country, "Facility " + (i + 1), FACILITY_MARKET_ID));
            double capacity = instance.capacityUnits()[i];
            plants.add(new Plant(
                    plantId(i),
                    PARTNER_ID,
                    "Facility " + (i + 1),
                    country,
                    0,
                    0,
                    capacity,
                    instance.fixedCost()[i],
                    0,
                    1,
                    true));
            lines.add(new PlatformLine(plantId(i), PLATFORM_ID, LineStatus.EXISTING, capacity, 0, 0, 0));
        }
        for (int j = 0; j < n; j++) {
            double demand = instance.demandUnits()[j];
            if (!(demand > 0)) {
                throw new IllegalArgumentException("Instance " + instance.name() + ": customer " + (j + 1)
                        + " has demand " + demand + "; the footprint mapping needs positive demand to turn its"
                        + " whole-demand costs into costs per unit.");
            }
            String market = marketId(j);
            markets.add(new Market(market, "Customer " + (j + 1), 0, 0));
            countries.add(new Country("K" + (j + 1), "Customer " + (j + 1), market));
            demands.add(new Demand(MODEL_ID, market, demand, 0));
            coverages.add(new DealerCoverage(PARTNER_ID, market, 1.0, 0));
            for (int i = 0; i < m; i++) {
                lanes.add(new FreightLane(plantId(i), market, instance.assignmentCost()[i][j] / demand, 0));
            }
        }
        ScenarioSettings settings = new ScenarioSettings(
                instance.name(),
                "Capacitated facility location " + instance.name() + " as a footprint scenario",
                "USD",
                0,
                1,
                0,
                SolverSettings.DEFAULTS);
        return new Scenario(
                settings,
                List.of(new Partner(PARTNER_ID, "Facility-location benchmark", plantId(0), "USD")),
                markets,
                countries,
                plants,
                List.of(new Platform(PLATFORM_ID, PARTNER_ID, "Any product")),
                lines,
                List.of(),
                List.of(new VehicleModel(
                        MODEL_ID, PARTNER_ID, "Demand unit", PLATFORM_ID, "benchmark", Powertrain.ICE, 0, 0)),
                List.of(),
                demands,
                coverages,
                lanes,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }
}
