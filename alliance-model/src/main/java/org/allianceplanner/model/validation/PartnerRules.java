package org.allianceplanner.model.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.allianceplanner.model.partner.DealerCoverage;
import org.allianceplanner.model.partner.Friction;
import org.allianceplanner.model.scenario.Scenario;

/** Rules of partners, their dealer networks, the friction between them and candidate coalitions. */
final class PartnerRules {
    /** How a list of ids is written in one cell, for the value of a violation on the whole list. */
    static final String LIST_SEPARATOR = ";";

    private PartnerRules() {}

    static void check(ScenarioIndex index, Findings findings) {
        Scenario scenario = index.scenario();
        findings.rows(Table.PARTNERS, scenario.partners(), (row, partner) -> {
            row.uniqueId("partner_id", partner.partnerId(), index.partners());
            row.references("home_country_id", partner.homeCountryId(), index.countries());
        });

        UniqueKeys<DealerCoverage> dealerKeys = UniqueKeys.of(
                scenario.dealerCoverages(),
                List.of("partner_id", "market_id"),
                dealer -> List.of(dealer.partnerId(), dealer.marketId()));
        findings.rows(Table.DEALERS, scenario.dealerCoverages(), (row, dealer) -> {
            dealerKeys.check(row, dealer);
            row.references("partner_id", dealer.partnerId(), index.partners());
            row.references("market_id", dealer.marketId(), index.markets());
            row.share("coverage_share", dealer.coverageShare());
            row.share("commission_rate", dealer.commissionRate());
        });

        // Friction is symmetric, so (A, B) and (B, A) are the same pair.
        FirstRows<List<String>> frictionPairs = FirstRows.of(scenario.frictions(), PartnerRules::unorderedPair);
        findings.rows(Table.FRICTION, scenario.frictions(), (row, friction) -> {
            boolean known = row.references("partner_a", friction.partnerA(), index.partners())
                    & row.references("partner_b", friction.partnerB(), index.partners());
            if (friction.partnerA().equals(friction.partnerB())) {
                row.report(
                        "partner_b",
                        friction.partnerB(),
                        "A friction row pairs partner '" + friction.partnerA()
                                + "' with itself: friction is between two different partners.");
            } else if (known) {
                checkPairOnce(row, friction, frictionPairs);
            }
            row.share("friction", friction.friction());
        });

        findings.rows(Table.COALITIONS, scenario.candidateCoalitions(), (row, coalition) -> {
            row.uniqueId("coalition_id", coalition.coalitionId(), index.coalitions());
            Set<String> members = new HashSet<>();
            for (String partnerId : coalition.partnerIds()) {
                if (partnerId.isBlank()) {
                    row.report(
                            "partners",
                            partnerId,
                            "Coalition '" + coalition.coalitionId() + "' has a blank member: name each partner.");
                } else if (!members.add(partnerId)) {
                    row.report(
                            "partners",
                            partnerId,
                            "Coalition '" + coalition.coalitionId() + "' names partner '" + partnerId
                                    + "' twice: each member is listed once.");
                } else if (!index.partners().contains(partnerId)) {
                    row.report(
                            "partners",
                            partnerId,
                            "Coalition '" + coalition.coalitionId() + "' names unknown partner '" + partnerId + "': "
                                    + index.partners().whereMissing() + ".",
                            Row.meant(index.partners().nearest(partnerId)));
                }
            }
            if (members.size() < 2) {
                row.report(
                        "partners",
                        String.join(LIST_SEPARATOR, coalition.partnerIds()),
                        "Coalition '" + coalition.coalitionId() + "' has fewer than 2 members: a coalition is at"
                                + " least two partners (each partner alone is always compared anyway).");
            }
        });
    }

    private static List<String> unorderedPair(Friction friction) {
        String a = friction.partnerA();
        String b = friction.partnerB();
        return a.compareTo(b) <= 0 ? List.of(a, b) : List.of(b, a);
    }

    private static void checkPairOnce(Row row, Friction friction, FirstRows<List<String>> frictionPairs) {
        frictionPairs
                .earlierThan(unorderedPair(friction), row.index())
                .ifPresent(earlier -> row.report(
                        "partner_a",
                        friction.partnerA(),
                        "The pair of partners '" + friction.partnerA() + "' and '" + friction.partnerB()
                                + "' is not unique: it is also on an earlier row" + Row.dataRow(earlier)
                                + ", in one order or the other; friction is symmetric, so each pair is listed once."));
    }
}
