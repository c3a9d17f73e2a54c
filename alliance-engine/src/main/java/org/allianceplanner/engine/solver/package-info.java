/** What every lever shares to reach OR-Tools: native library loading. */
@NullMarked
package org.allianceplanner.engine.solver;

import org.jspecify.annotations.NullMarked;
