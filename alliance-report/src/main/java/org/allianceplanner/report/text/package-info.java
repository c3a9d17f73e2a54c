/**
 * The console report of a study ({@link org.allianceplanner.report.text.ConsoleReport}), one section per
 * lever and one for the alliances compared, and the {@link org.allianceplanner.report.text.TextTable}
 * they and the command line lay out their tables with.
 */
@NullMarked
package org.allianceplanner.report.text;

import org.jspecify.annotations.NullMarked;
