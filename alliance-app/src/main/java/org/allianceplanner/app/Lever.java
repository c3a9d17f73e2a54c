package org.allianceplanner.app;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The levers a study can plan (DESIGN.md §2). */
public enum Lever {
    /** Joint production and distribution: plants, lines, routes, dealers. Always planned: the others build on it. */
    FOOTPRINT,
    /** The footprint plans' parts bought at all-units price tiers, separately and pooled. */
    SOURCING,
    /** Joint R&amp;D programs: months to market saved by shared tasks and pooled teams. */
    RND;

    /** Its name in files, results and on the command line: {@code footprint}, {@code sourcing}, {@code rnd}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The lever whose {@link #id()} is {@code id}, if any. */
    public static Optional<Lever> ofId(String id) {
        return Arrays.stream(values()).filter(lever -> lever.id().equals(id)).findFirst();
    }
}
