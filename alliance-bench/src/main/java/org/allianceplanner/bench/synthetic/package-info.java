/** Synthetic alliance scenarios of a chosen size, for scaling runs. */
@NullMarked
package org.allianceplanner.bench.synthetic;

import org.jspecify.annotations.NullMarked;
