/** The report's workbook ({@code report.xlsx}): every table on its own sheet, written with Apache POI. */
@NullMarked
package org.allianceplanner.report.workbook;

import org.jspecify.annotations.NullMarked;
