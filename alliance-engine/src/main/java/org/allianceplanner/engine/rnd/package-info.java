/**
 * The R&amp;D lever: joint R&amp;D programs scheduled on CP-SAT. {@link
 * org.allianceplanner.engine.rnd.RndPlanner} is the entry point; everything else is package-private.
 * The exact model is in {@code docs/architecture.md} ("R&amp;D lever").
 */
@NullMarked
package org.allianceplanner.engine.rnd;

import org.jspecify.annotations.NullMarked;
