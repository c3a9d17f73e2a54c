/**
 * The footprint lever: joint production and distribution as a mixed-integer program. {@link
 * org.allianceplanner.engine.footprint.FootprintLever} plans one coalition; {@link
 * org.allianceplanner.engine.footprint.FootprintStudy} plans every partner alone and every candidate
 * coalition and measures the synergy. The exact model is documented on {@code FootprintModel} and in
 * {@code docs/architecture.md}.
 */
@NullMarked
package org.allianceplanner.engine.footprint;

import org.jspecify.annotations.NullMarked;
