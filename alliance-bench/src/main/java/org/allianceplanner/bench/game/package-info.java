/** Random cooperative games of a chosen number of players, for timing gain sharing. */
@NullMarked
package org.allianceplanner.bench.game;

import org.jspecify.annotations.NullMarked;
