/**
 * Reading and writing scenarios: a folder of CSV files with {@code scenario.yaml}, or one Excel
 * workbook. {@link org.allianceplanner.io.ScenarioFiles} is the entry point; every problem in the
 * input comes back as a {@link org.allianceplanner.io.Problem} naming file or sheet, row and column.
 */
@NullMarked
package org.allianceplanner.io;

import org.jspecify.annotations.NullMarked;
