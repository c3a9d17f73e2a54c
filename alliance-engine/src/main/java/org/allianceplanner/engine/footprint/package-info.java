/**
 * The footprint lever: joint production and distribution as a mixed-integer program. {@link
 * org.allianceplanner.engine.footprint.FootprintLever} plans one coalition, warm-started from plans of
 * disjoint groups of its members; {@code engine.alliance.AllianceStudy} plans every coalition. The exact model is documented on {@code FootprintModel} and in
 * {@code docs/architecture.md}.
 */
@NullMarked
package org.allianceplanner.engine.footprint;

import org.jspecify.annotations.NullMarked;
