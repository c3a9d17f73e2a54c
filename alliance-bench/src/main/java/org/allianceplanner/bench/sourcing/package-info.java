/** Synthetic purchasing scenarios for scaling runs of the sourcing lever. */
@NullMarked
package org.allianceplanner.bench.sourcing;

import org.jspecify.annotations.NullMarked;
