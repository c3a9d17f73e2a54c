/**
 * What the whole alliance study returns: every partner's standalone plans, every coalition's joint
 * plans with their synergy lever by lever, the coalition game, and the candidate alliances compared
 * with their gain sharing. Money is in the scenario's base currency per year.
 */
@NullMarked
package org.allianceplanner.model.alliance;

import org.jspecify.annotations.NullMarked;
