package org.allianceplanner.model.geography;

import static java.util.Objects.requireNonNull;

/**
 * An ad-valorem import tariff. For goods from country o into market k, the row that applies is the
 * first that exists of: (o, product), (o, {@code *}), ({@code *}, product), ({@code *}, {@code *}) —
 * a named origin counts before a named product. Goods moving between countries of one market pay no
 * tariff unless a row names their origin country; a {@code *} row never applies to them.
 *
 * @param originCountryId exporting country, or {@code *} for every origin not named elsewhere
 * @param marketId importing market
 * @param product a powertrain ({@code BEV}, {@code PHEV}, {@code HEV}, {@code ICE}) for vehicles, a
 *     part family id for parts, or {@code *} for both
 * @param rate share of the customs value, e.g. 0.25 for 25 %
 * @param legalBasis the measure and its source, free text
 */
public record Tariff(String originCountryId, String marketId, String product, double rate, String legalBasis) {
    /** Wildcard for {@link #originCountryId} and {@link #product}. */
    public static final String ANY = "*";

    public Tariff {
        requireNonNull(originCountryId, "originCountryId");
        requireNonNull(marketId, "marketId");
        requireNonNull(product, "product");
        requireNonNull(legalBasis, "legalBasis");
    }
}
