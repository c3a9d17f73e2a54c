package org.allianceplanner.engine.footprint;

/**
 * How big one coalition's footprint model is, for benchmarks and for warning users before a long
 * solve.
 *
 * @param demandRows demand rows of the members' models
 * @param routes (demand row, plant) pairs that can exist: the continuous production variables
 * @param channels (demand row, dealer network) pairs: sales variables where a row has several
 * @param plants the members' plants
 * @param lines platform lines at those plants
 */
public record FootprintModelSize(int demandRows, int routes, int channels, int plants, int lines) {}
