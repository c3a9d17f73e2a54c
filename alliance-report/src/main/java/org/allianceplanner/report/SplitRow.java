package org.allianceplanner.report;

import java.util.List;
import org.allianceplanner.model.game.SharingMethod;

/**
 * One partner's share of one alliance under one sharing method.
 *
 * @param allianceId the alliance
 * @param method the sharing method
 * @param partnerId the partner
 * @param value what the partner ends with in the alliance: its standalone value plus its gain, base
 *     currency per year
 * @param gain its gain over standing alone
 * @param inCore whether the method's split is stable
 * @param blockingCoalition when not stable, the partners who would rather leave together
 * @param blockingExcess what they would gain by leaving
 */
public record SplitRow(
        String allianceId,
        SharingMethod method,
        String partnerId,
        double value,
        double gain,
        boolean inCore,
        List<String> blockingCoalition,
        double blockingExcess) {}
