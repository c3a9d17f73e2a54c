/**
 * Independent checks of R&amp;D plans: they recompute every rule from the scenario and the plan
 * records alone, sharing no code with the engine that made the plan.
 */
@NullMarked
package org.allianceplanner.testkit.rnd;

import org.jspecify.annotations.NullMarked;
