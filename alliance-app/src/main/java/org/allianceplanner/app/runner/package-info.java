/**
 * Runners: each runs the independent pieces of one layer of a study (partners alone, coalitions of one
 * size, break-even searches) by calling the engine's pure functions, here on a local thread pool
 * ({@link org.allianceplanner.app.runner.LocalStudyRunner}), elsewhere on a cluster.
 */
@NullMarked
package org.allianceplanner.app.runner;

import org.jspecify.annotations.NullMarked;
