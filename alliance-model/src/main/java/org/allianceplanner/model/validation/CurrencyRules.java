package org.allianceplanner.model.validation;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.allianceplanner.model.scenario.Scenario;

/**
 * Rules of currencies: codes are ISO 4217-shaped, every currency in use has an exchange rate into
 * the base currency, and the base currency's own rate is 1.
 */
final class CurrencyRules {
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

    private CurrencyRules() {}

    /** Whether {@code code} is three upper-case letters; reports it otherwise. */
    static boolean checkCode(Row row, String column, String code) {
        if (CODE.matcher(code).matches()) {
            return true;
        }
        String upper = code.strip().toUpperCase(Locale.ROOT);
        row.report(
                column,
                code,
                "Currency '" + code + "' is not a currency code: write three upper-case letters (ISO 4217, e.g. USD).",
                CODE.matcher(upper).matches() ? "Maybe you meant '" + upper + "'." : null);
        return false;
    }

    static void check(ScenarioIndex index, Findings findings) {
        Scenario scenario = index.scenario();
        String base = index.baseCurrency();
        // One report per missing currency, on the first row using it, so a currency used by fifty
        // suppliers does not drown the other problems.
        Set<String> reportedMissing = new HashSet<>();
        findings.rows(Table.PARTNERS, scenario.partners(), (row, partner) -> {
            if (checkCode(row, "currency", partner.currency())) {
                checkRateExists(row, partner.currency(), index, reportedMissing);
            }
        });
        findings.rows(Table.SUPPLIERS, scenario.suppliers(), (row, supplier) -> {
            if (checkCode(row, "currency", supplier.currency())) {
                checkRateExists(row, supplier.currency(), index, reportedMissing);
            }
        });
        findings.rows(Table.FX_RATES, scenario.fxRates(), (row, rate) -> {
            row.uniqueId("currency", rate.currency(), index.fxCurrencies());
            checkCode(row, "currency", rate.currency());
            if (row.positive("base_per_unit", rate.basePerUnit())
                    && row.plausible("base_per_unit", rate.basePerUnit(), PlausibleRanges.BASE_PER_UNIT)
                    && rate.currency().equals(base)
                    && rate.basePerUnit() != 1) {
                row.report(
                        "base_per_unit",
                        Numbers.text(rate.basePerUnit()),
                        "The base currency " + base + " is worth 1 of itself, so its base_per_unit must be 1.",
                        "Maybe write 1, or remove this row.");
            }
        });
    }

    private static void checkRateExists(Row row, String currency, ScenarioIndex index, Set<String> reportedMissing) {
        String base = index.baseCurrency();
        if (!CODE.matcher(base).matches()) {
            // Every currency would look unrated against a malformed base; that base is reported instead.
            return;
        }
        if (currency.equals(base) || index.fxCurrencies().contains(currency) || !reportedMissing.add(currency)) {
            return;
        }
        row.report(
                "currency",
                currency,
                "Currency " + currency + " has no exchange rate: fx_rates needs a row for every currency used other"
                        + " than the base currency " + base + ".",
                "Maybe add a row for " + currency + " to fx_rates with the value of 1 " + currency + " in " + base
                        + ".");
    }
}
