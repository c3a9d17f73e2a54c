/**
 * Benchmark suites on public instances (OR-Library, Holmberg, PSPLIB) and synthetic scale; they land
 * with the engine issues.
 */
@NullMarked
package org.allianceplanner.bench;

import org.jspecify.annotations.NullMarked;
