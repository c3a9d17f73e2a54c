/**
 * The coalition layer (DESIGN.md §2.4): every partner alone and every coalition planned with every
 * lever, in parallel, each coalition warm-started from its best sub-coalitions; the coalition game;
 * the candidate alliances compared with their gain sharing. {@link
 * org.allianceplanner.engine.alliance.AllianceStudy} is the entry point.
 */
@NullMarked
package org.allianceplanner.engine.alliance;

import org.jspecify.annotations.NullMarked;
