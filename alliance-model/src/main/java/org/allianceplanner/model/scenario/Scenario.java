package org.allianceplanner.model.scenario;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.allianceplanner.model.geography.Country;
import org.allianceplanner.model.geography.FreightLane;
import org.allianceplanner.model.geography.Market;
import org.allianceplanner.model.geography.Tariff;
import org.allianceplanner.model.partner.CandidateCoalition;
import org.allianceplanner.model.partner.DealerCoverage;
import org.allianceplanner.model.partner.Friction;
import org.allianceplanner.model.partner.Partner;
import org.allianceplanner.model.plant.Plant;
import org.allianceplanner.model.plant.Platform;
import org.allianceplanner.model.plant.PlatformLine;
import org.allianceplanner.model.plant.ProductionBaseline;
import org.allianceplanner.model.rnd.RndProgram;
import org.allianceplanner.model.rnd.RndTask;
import org.allianceplanner.model.rnd.RndTaskNeed;
import org.allianceplanner.model.rnd.RndTeam;
import org.allianceplanner.model.sourcing.CommonizationOption;
import org.allianceplanner.model.sourcing.PartFamily;
import org.allianceplanner.model.sourcing.PartFreight;
import org.allianceplanner.model.sourcing.PartVariant;
import org.allianceplanner.model.sourcing.PriceTier;
import org.allianceplanner.model.sourcing.Supplier;
import org.allianceplanner.model.vehicle.BomLine;
import org.allianceplanner.model.vehicle.Demand;
import org.allianceplanner.model.vehicle.VehicleModel;
import org.jspecify.annotations.Nullable;

/**
 * A whole scenario: each partner's data and the alliance settings, as flat immutable lists that
 * mirror the scenario tables one to one (see {@code docs/scenario-format.md}). Lists keep the order
 * of the rows they were read from, so a problem found at index i of a list points at row i of its
 * table. Immutable and thread-safe. A scenario built here is not yet checked: run {@code
 * ScenarioValidator} before solving.
 */
public record Scenario(
        ScenarioSettings settings,
        List<Partner> partners,
        List<Market> markets,
        List<Country> countries,
        List<Plant> plants,
        List<Platform> platforms,
        List<PlatformLine> platformLines,
        List<ProductionBaseline> productionBaselines,
        List<VehicleModel> vehicleModels,
        List<BomLine> bomLines,
        List<Demand> demands,
        List<DealerCoverage> dealerCoverages,
        List<FreightLane> freightLanes,
        List<Tariff> tariffs,
        List<PartFamily> partFamilies,
        List<PartVariant> partVariants,
        List<Supplier> suppliers,
        List<PriceTier> priceTiers,
        List<PartFreight> partFreights,
        List<CommonizationOption> commonizationOptions,
        List<RndProgram> rndPrograms,
        List<RndTask> rndTasks,
        List<RndTaskNeed> rndTaskNeeds,
        List<RndTeam> rndTeams,
        List<Friction> frictions,
        List<CandidateCoalition> candidateCoalitions,
        List<FxRate> fxRates) {
    public Scenario {
        requireNonNull(settings, "settings");
        partners = List.copyOf(partners);
        markets = List.copyOf(markets);
        countries = List.copyOf(countries);
        plants = List.copyOf(plants);
        platforms = List.copyOf(platforms);
        platformLines = List.copyOf(platformLines);
        productionBaselines = List.copyOf(productionBaselines);
        vehicleModels = List.copyOf(vehicleModels);
        bomLines = List.copyOf(bomLines);
        demands = List.copyOf(demands);
        dealerCoverages = List.copyOf(dealerCoverages);
        freightLanes = List.copyOf(freightLanes);
        tariffs = List.copyOf(tariffs);
        partFamilies = List.copyOf(partFamilies);
        partVariants = List.copyOf(partVariants);
        suppliers = List.copyOf(suppliers);
        priceTiers = List.copyOf(priceTiers);
        partFreights = List.copyOf(partFreights);
        commonizationOptions = List.copyOf(commonizationOptions);
        rndPrograms = List.copyOf(rndPrograms);
        rndTasks = List.copyOf(rndTasks);
        rndTaskNeeds = List.copyOf(rndTaskNeeds);
        rndTeams = List.copyOf(rndTeams);
        frictions = List.copyOf(frictions);
        candidateCoalitions = List.copyOf(candidateCoalitions);
        fxRates = List.copyOf(fxRates);
    }

    /** A builder with every list empty; {@code settings} must be set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this scenario's content, to derive a changed copy. */
    public Builder toBuilder() {
        return new Builder()
                .settings(settings)
                .partners(partners)
                .markets(markets)
                .countries(countries)
                .plants(plants)
                .platforms(platforms)
                .platformLines(platformLines)
                .productionBaselines(productionBaselines)
                .vehicleModels(vehicleModels)
                .bomLines(bomLines)
                .demands(demands)
                .dealerCoverages(dealerCoverages)
                .freightLanes(freightLanes)
                .tariffs(tariffs)
                .partFamilies(partFamilies)
                .partVariants(partVariants)
                .suppliers(suppliers)
                .priceTiers(priceTiers)
                .partFreights(partFreights)
                .commonizationOptions(commonizationOptions)
                .rndPrograms(rndPrograms)
                .rndTasks(rndTasks)
                .rndTaskNeeds(rndTaskNeeds)
                .rndTeams(rndTeams)
                .frictions(frictions)
                .candidateCoalitions(candidateCoalitions)
                .fxRates(fxRates);
    }

    /** Builds a {@link Scenario}; not thread-safe. */
    public static final class Builder {
        private @Nullable ScenarioSettings settings;
        private List<Partner> partners = List.of();
        private List<Market> markets = List.of();
        private List<Country> countries = List.of();
        private List<Plant> plants = List.of();
        private List<Platform> platforms = List.of();
        private List<PlatformLine> platformLines = List.of();
        private List<ProductionBaseline> productionBaselines = List.of();
        private List<VehicleModel> vehicleModels = List.of();
        private List<BomLine> bomLines = List.of();
        private List<Demand> demands = List.of();
        private List<DealerCoverage> dealerCoverages = List.of();
        private List<FreightLane> freightLanes = List.of();
        private List<Tariff> tariffs = List.of();
        private List<PartFamily> partFamilies = List.of();
        private List<PartVariant> partVariants = List.of();
        private List<Supplier> suppliers = List.of();
        private List<PriceTier> priceTiers = List.of();
        private List<PartFreight> partFreights = List.of();
        private List<CommonizationOption> commonizationOptions = List.of();
        private List<RndProgram> rndPrograms = List.of();
        private List<RndTask> rndTasks = List.of();
        private List<RndTaskNeed> rndTaskNeeds = List.of();
        private List<RndTeam> rndTeams = List.of();
        private List<Friction> frictions = List.of();
        private List<CandidateCoalition> candidateCoalitions = List.of();
        private List<FxRate> fxRates = List.of();

        private Builder() {}

        public Builder settings(ScenarioSettings settings) {
            this.settings = settings;
            return this;
        }

        public Builder partners(List<Partner> partners) {
            this.partners = partners;
            return this;
        }

        public Builder markets(List<Market> markets) {
            this.markets = markets;
            return this;
        }

        public Builder countries(List<Country> countries) {
            this.countries = countries;
            return this;
        }

        public Builder plants(List<Plant> plants) {
            this.plants = plants;
            return this;
        }

        public Builder platforms(List<Platform> platforms) {
            this.platforms = platforms;
            return this;
        }

        public Builder platformLines(List<PlatformLine> platformLines) {
            this.platformLines = platformLines;
            return this;
        }

        public Builder productionBaselines(List<ProductionBaseline> productionBaselines) {
            this.productionBaselines = productionBaselines;
            return this;
        }

        public Builder vehicleModels(List<VehicleModel> vehicleModels) {
            this.vehicleModels = vehicleModels;
            return this;
        }

        public Builder bomLines(List<BomLine> bomLines) {
            this.bomLines = bomLines;
            return this;
        }

        public Builder demands(List<Demand> demands) {
            this.demands = demands;
            return this;
        }

        public Builder dealerCoverages(List<DealerCoverage> dealerCoverages) {
            this.dealerCoverages = dealerCoverages;
            return this;
        }

        public Builder freightLanes(List<FreightLane> freightLanes) {
            this.freightLanes = freightLanes;
            return this;
        }

        public Builder tariffs(List<Tariff> tariffs) {
            this.tariffs = tariffs;
            return this;
        }

        public Builder partFamilies(List<PartFamily> partFamilies) {
            this.partFamilies = partFamilies;
            return this;
        }

        public Builder partVariants(List<PartVariant> partVariants) {
            this.partVariants = partVariants;
            return this;
        }

        public Builder suppliers(List<Supplier> suppliers) {
            this.suppliers = suppliers;
            return this;
        }

        public Builder priceTiers(List<PriceTier> priceTiers) {
            this.priceTiers = priceTiers;
            return this;
        }

        public Builder partFreights(List<PartFreight> partFreights) {
            this.partFreights = partFreights;
            return this;
        }

        public Builder commonizationOptions(List<CommonizationOption> commonizationOptions) {
            this.commonizationOptions = commonizationOptions;
            return this;
        }

        public Builder rndPrograms(List<RndProgram> rndPrograms) {
            this.rndPrograms = rndPrograms;
            return this;
        }

        public Builder rndTasks(List<RndTask> rndTasks) {
            this.rndTasks = rndTasks;
            return this;
        }

        public Builder rndTaskNeeds(List<RndTaskNeed> rndTaskNeeds) {
            this.rndTaskNeeds = rndTaskNeeds;
            return this;
        }

        public Builder rndTeams(List<RndTeam> rndTeams) {
            this.rndTeams = rndTeams;
            return this;
        }

        public Builder frictions(List<Friction> frictions) {
            this.frictions = frictions;
            return this;
        }

        public Builder candidateCoalitions(List<CandidateCoalition> candidateCoalitions) {
            this.candidateCoalitions = candidateCoalitions;
            return this;
        }

        public Builder fxRates(List<FxRate> fxRates) {
            this.fxRates = fxRates;
            return this;
        }

        public Scenario build() {
            if (settings == null) {
                throw new IllegalStateException("A scenario needs its settings; call settings(...) before build().");
            }
            return new Scenario(
                    settings,
                    partners,
                    markets,
                    countries,
                    plants,
                    platforms,
                    platformLines,
                    productionBaselines,
                    vehicleModels,
                    bomLines,
                    demands,
                    dealerCoverages,
                    freightLanes,
                    tariffs,
                    partFamilies,
                    partVariants,
                    suppliers,
                    priceTiers,
                    partFreights,
                    commonizationOptions,
                    rndPrograms,
                    rndTasks,
                    rndTaskNeeds,
                    rndTeams,
                    frictions,
                    candidateCoalitions,
                    fxRates);
        }
    }
}
