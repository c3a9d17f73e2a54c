/** Synthetic alliance scenarios of a chosen size, for scaling runs. */
@NullMarked
package org.allianceplanner.io.synthetic;

import org.jspecify.annotations.NullMarked;
