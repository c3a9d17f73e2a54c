/**
 * Cooperative games and how their gain is split: the value of every coalition, and the allocations of
 * the gain sharing methods (Shapley value, nucleolus, equal-profit method, Nash bargaining,
 * proportional) with their core stability.
 */
@NullMarked
package org.allianceplanner.model.game;

import org.jspecify.annotations.NullMarked;
