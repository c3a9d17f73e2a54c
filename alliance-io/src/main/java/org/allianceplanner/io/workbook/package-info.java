/** The scenario as one Excel workbook: a sheet per table plus a {@code scenario} sheet of settings. */
@NullMarked
package org.allianceplanner.io.workbook;

import org.jspecify.annotations.NullMarked;
