/**
 * Capacitated facility-location benchmarks: the OR-Library capacitated warehouse-location set
 * (Beasley 1988, demand may be split) and Holmberg, Rönnqvist and Yuan's single-source set (1999),
 * read from their published text formats and solved as footprint scenarios, with their known optima
 * and, for comparison, a plain textbook formulation handed to the external COIN-OR CBC binary.
 */
@NullMarked
package org.allianceplanner.bench.cflp;

import org.jspecify.annotations.NullMarked;
