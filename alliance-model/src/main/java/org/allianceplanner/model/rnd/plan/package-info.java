/**
 * What the R&amp;D lever returns: the schedule of every task, each program's completion, the teams'
 * load over time, explanations (critical chains, binding teams), the comparison of a coalition with
 * its members alone and the break-even friction. Immutable records, thread-safe.
 */
@NullMarked
package org.allianceplanner.model.rnd.plan;

import org.jspecify.annotations.NullMarked;
