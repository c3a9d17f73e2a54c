/**
 * The sourcing lever: which supplier delivers which part variant to which plant, at which all-units
 * price tier, and which variants are worth making common — for one partner, for a coalition's members
 * buying separately, and for the coalition pooling its volume. A mixed-integer program on OR-Tools
 * ({@link org.allianceplanner.engine.sourcing.SourcingLever}); no OR-Tools type leaves this package.
 */
@NullMarked
package org.allianceplanner.engine.sourcing;

import org.jspecify.annotations.NullMarked;
