/**
 * Gain sharing: splits a cooperative game's grand-coalition value by the Shapley value (exact or
 * sampled), the nucleolus, the equal-profit method, Nash bargaining and proportionally, and checks
 * every split against the core. Entry point: {@link org.allianceplanner.engine.game.GainSharingSolver}.
 */
@NullMarked
package org.allianceplanner.engine.game;

import org.jspecify.annotations.NullMarked;
