/**
 * Reading a cooperative game from a CSV file of coalition values; {@link
 * org.allianceplanner.io.game.GameCsv} is the entry point.
 */
@NullMarked
package org.allianceplanner.io.game;

import org.jspecify.annotations.NullMarked;
