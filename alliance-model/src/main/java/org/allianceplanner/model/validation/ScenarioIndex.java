package org.allianceplanner.model.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.allianceplanner.model.geography.Country;
import org.allianceplanner.model.geography.Market;
import org.allianceplanner.model.partner.CandidateCoalition;
import org.allianceplanner.model.partner.Partner;
import org.allianceplanner.model.plant.Plant;
import org.allianceplanner.model.plant.Platform;
import org.allianceplanner.model.rnd.RndProgram;
import org.allianceplanner.model.rnd.RndTask;
import org.allianceplanner.model.scenario.FxRate;
import org.allianceplanner.model.scenario.Scenario;
import org.allianceplanner.model.sourcing.PartFamily;
import org.allianceplanner.model.sourcing.PartVariant;
import org.allianceplanner.model.sourcing.Supplier;
import org.allianceplanner.model.vehicle.VehicleModel;
import org.jspecify.annotations.Nullable;

/**
 * The ids of every table a column may refer to, and the rows behind them, built once per validation
 * so rule groups can look up any reference. For a duplicated id the first row wins, as the
 * duplicate itself is reported.
 */
final class ScenarioIndex {
    private final Scenario scenario;
    private final Ids partners;
    private final Ids markets;
    private final Ids countries;
    private final Ids plants;
    private final Ids platforms;
    private final Ids models;
    private final Ids partFamilies;
    private final Ids variants;
    private final Ids suppliers;
    private final Ids programs;
    private final Ids fxCurrencies;
    private final Ids coalitions;
    private final Map<String, Ids> tasksByProgram = new LinkedHashMap<>();
    private final Map<String, Partner> partnerById;
    private final Map<String, Plant> plantById;
    private final Map<String, VehicleModel> modelById;
    private final Map<String, PartVariant> variantById;
    private final Map<String, RndProgram> programById;
    private final Map<String, FxRate> fxRateByCurrency;
    private final Map<String, Supplier> supplierById;

    ScenarioIndex(Scenario scenario) {
        this.scenario = scenario;
        partners = Ids.of("partner", Table.PARTNERS, "partner_id", scenario.partners(), Partner::partnerId);
        markets = Ids.of("market", Table.MARKETS, "market_id", scenario.markets(), Market::marketId);
        countries = Ids.of("country", Table.COUNTRIES, "country_id", scenario.countries(), Country::countryId);
        plants = Ids.of("plant", Table.PLANTS, "plant_id", scenario.plants(), Plant::plantId);
        platforms = Ids.of("platform", Table.PLATFORMS, "platform_id", scenario.platforms(), Platform::platformId);
        models = Ids.of("model", Table.MODELS, "model_id", scenario.vehicleModels(), VehicleModel::modelId);
        partFamilies = Ids.of(
                "part family",
                Table.PART_FAMILIES,
                "part_family_id",
                scenario.partFamilies(),
                PartFamily::partFamilyId);
        variants = Ids.of(
                "part variant", Table.PART_VARIANTS, "variant_id", scenario.partVariants(), PartVariant::variantId);
        suppliers = Ids.of("supplier", Table.SUPPLIERS, "supplier_id", scenario.suppliers(), Supplier::supplierId);
        programs =
                Ids.of("R&D program", Table.RND_PROGRAMS, "program_id", scenario.rndPrograms(), RndProgram::programId);
        coalitions = Ids.of(
                "coalition",
                Table.COALITIONS,
                "coalition_id",
                scenario.candidateCoalitions(),
                CandidateCoalition::coalitionId);
        supplierById = firstById(scenario.suppliers(), Supplier::supplierId);
        fxCurrencies = Ids.of("currency", Table.FX_RATES, "currency", scenario.fxRates(), FxRate::currency);
        Map<String, List<RndTask>> tasks = new LinkedHashMap<>();
        for (RndTask task : scenario.rndTasks()) {
            tasks.computeIfAbsent(task.programId(), program -> new ArrayList<>())
                    .add(task);
        }
        tasks.forEach((program, programTasks) ->
                tasksByProgram.put(program, Ids.of("task", Table.RND_TASKS, "task_id", programTasks, RndTask::taskId)));
        partnerById = firstById(scenario.partners(), Partner::partnerId);
        plantById = firstById(scenario.plants(), Plant::plantId);
        modelById = firstById(scenario.vehicleModels(), VehicleModel::modelId);
        variantById = firstById(scenario.partVariants(), PartVariant::variantId);
        programById = firstById(scenario.rndPrograms(), RndProgram::programId);
        fxRateByCurrency = firstById(scenario.fxRates(), FxRate::currency);
    }

    private static <T> Map<String, T> firstById(List<T> rows, Function<T, String> id) {
        Map<String, T> byId = new HashMap<>();
        rows.forEach(row -> byId.putIfAbsent(id.apply(row), row));
        return byId;
    }

    Scenario scenario() {
        return scenario;
    }

    Ids partners() {
        return partners;
    }

    Ids markets() {
        return markets;
    }

    Ids countries() {
        return countries;
    }

    Ids plants() {
        return plants;
    }

    Ids platforms() {
        return platforms;
    }

    Ids models() {
        return models;
    }

    Ids partFamilies() {
        return partFamilies;
    }

    Ids variants() {
        return variants;
    }

    Ids suppliers() {
        return suppliers;
    }

    Ids programs() {
        return programs;
    }

    Ids coalitions() {
        return coalitions;
    }

    Ids fxCurrencies() {
        return fxCurrencies;
    }

    /** The tasks of {@code programId}; none when the program has no task. */
    Ids tasksOf(String programId) {
        return tasksByProgram.getOrDefault(
                programId, Ids.of("task", Table.RND_TASKS, "task_id", List.<RndTask>of(), RndTask::taskId));
    }

    @Nullable
    Partner partner(String partnerId) {
        return partnerById.get(partnerId);
    }

    @Nullable
    Plant plant(String plantId) {
        return plantById.get(plantId);
    }

    @Nullable
    VehicleModel model(String modelId) {
        return modelById.get(modelId);
    }

    @Nullable
    PartVariant variant(String variantId) {
        return variantById.get(variantId);
    }

    @Nullable
    Supplier supplier(String supplierId) {
        return supplierById.get(supplierId);
    }

    /**
     * Checks money {@code amount} in the currency of partner {@code partnerId} against {@code range}
     * (see {@link Row#plausibleMoney}); an unknown owner is reported on its own, so then only the sign
     * is checked.
     */
    boolean ownerMoney(Row row, String column, double amount, String partnerId, PlausibleRange range) {
        Partner owner = partner(partnerId);
        if (owner == null) {
            return row.nonNegative(column, amount);
        }
        return money(row, column, amount, owner.currency(), range);
    }

    /** Checks money {@code amount} in {@code currency} against {@code range} (see {@link Row#plausibleMoney}). */
    boolean money(Row row, String column, double amount, String currency, PlausibleRange range) {
        return row.plausibleMoney(column, amount, range, currency, basePerUnit(currency), baseCurrency());
    }

    @Nullable
    RndProgram program(String programId) {
        return programById.get(programId);
    }

    String baseCurrency() {
        return scenario.settings().baseCurrency();
    }

    /**
     * The value of one unit of {@code currency} in the base currency: 1 for the base currency, the fx
     * rate when it has a usable one, else {@code null} (the missing or bad rate is reported on its own).
     */
    @Nullable
    Double basePerUnit(String currency) {
        if (currency.equals(baseCurrency())) {
            return 1.0;
        }
        FxRate rate = fxRateByCurrency.get(currency);
        return rate != null && PlausibleRanges.BASE_PER_UNIT.contains(rate.basePerUnit()) ? rate.basePerUnit() : null;
    }
}
