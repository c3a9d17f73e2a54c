/**
 * The optimization engine: levers (footprint, sourcing, R&amp;D), the coalition layer, gain sharing
 * and the uncertainty runner. The only module that touches OR-Tools; it lands with issues #3–#6.
 */
@NullMarked
package org.allianceplanner.engine;

import org.jspecify.annotations.NullMarked;
