package org.allianceplanner.io.table;

import static org.allianceplanner.io.table.Column.decimal;
import static org.allianceplanner.io.table.Column.id;
import static org.allianceplanner.io.table.Column.integer;
import static org.allianceplanner.io.table.Column.text;
import static org.allianceplanner.io.table.TableCodec.table;

import org.allianceplanner.model.geography.Country;
import org.allianceplanner.model.geography.FreightLane;
import org.allianceplanner.model.geography.Market;
import org.allianceplanner.model.geography.Tariff;
import org.allianceplanner.model.scenario.Scenario;

/** Markets, countries, vehicle freight and tariffs: the geography the plans move vehicles through, as described in {@link ScenarioTables}. */
final class GeographyTables {
    /** Markets. */
    static final TableCodec<Market> MARKETS = table(
                    "markets",
                    "Sales markets. A market is also a customs territory: all its countries share its import"
                            + " tariffs.",
                    true,
                    Scenario::markets,
                    Scenario.Builder::markets)
            .column(id("market_id", "Unique id of the market.", "US"), Market::marketId)
            .column(text("name", "Display name.", "United States"), Market::name)
            .column(decimal("latitude", "degrees N", "A representative point, for maps.", "39.8"), Market::latitude)
            .column(decimal("longitude", "degrees E", "A representative point, for maps.", "-98.6"), Market::longitude)
            .decodedBy(row -> new Market(
                    row.id("market_id"), row.text("name"), row.decimal("latitude"), row.decimal("longitude")));

    /** Countries. */
    static final TableCodec<Country> COUNTRIES = table(
                    "countries",
                    "Countries where plants, suppliers or headquarters stand, each in exactly one market.",
                    true,
                    Scenario::countries,
                    Scenario.Builder::countries)
            .column(id("country_id", "Unique id, ISO 3166 alpha-2 by convention.", "MX"), Country::countryId)
            .column(text("name", "Display name.", "Mexico"), Country::name)
            .column(id("market_id", "The market it belongs to (markets).", "MX"), Country::marketId)
            .decodedBy(row -> new Country(row.id("country_id"), row.text("name"), row.id("market_id")));

    /** Vehicle freight. */
    static final TableCodec<FreightLane> FREIGHT = table(
                    "freight",
                    "Cost and time of shipping one vehicle from a plant's country to a market.",
                    true,
                    Scenario::freightLanes,
                    Scenario.Builder::freightLanes)
            .column(id("origin_country_id", "Country of the plant (countries).", "MX"), FreightLane::originCountryId)
            .column(id("market_id", "Destination market (markets).", "US"), FreightLane::marketId)
            .column(
                    decimal("cost_per_unit", ScenarioTables.BASE_MONEY + "/vehicle", "Freight per vehicle.", "900"),
                    FreightLane::costPerUnit)
            .column(
                    integer("transit_days", "days", "Door-to-door transit time.", "6")
                            .withDefault("0"),
                    FreightLane::transitDays)
            .decodedBy(row -> new FreightLane(
                    row.id("origin_country_id"),
                    row.id("market_id"),
                    row.decimal("cost_per_unit"),
                    row.integer("transit_days")));

    /** Tariffs. */
    static final TableCodec<Tariff> TARIFFS = table(
                    "tariffs",
                    "Ad-valorem import tariffs. For goods from country o into a market, the first row that exists"
                            + " applies: (o, product), (o, *), (*, product), (*, *). Goods moving inside one market"
                            + " pay none unless a row names their origin country.",
                    false,
                    Scenario::tariffs,
                    Scenario.Builder::tariffs)
            .column(
                    id("origin_country_id", "Exporting country (countries), or * for all others.", "JP"),
                    Tariff::originCountryId)
            .column(id("market_id", "Importing market (markets).", "US"), Tariff::marketId)
            .column(
                    id("product", "A powertrain (BEV, PHEV, HEV, ICE), a part family id, or * for all.", "*")
                            .withDefault(Tariff.ANY),
                    Tariff::product)
            .column(decimal("rate", "share of value", "Tariff rate; 0.15 is 15 %.", "0.15"), Tariff::rate)
            .column(
                    text("legal_basis", "The measure and its source, free text.", "US-Japan deal, Sep 2025")
                            .optional(),
                    Tariff::legalBasis)
            .decodedBy(row -> new Tariff(
                    row.id("origin_country_id"),
                    row.id("market_id"),
                    row.id("product"),
                    row.decimal("rate"),
                    row.text("legal_basis")));

    private GeographyTables() {}
}
