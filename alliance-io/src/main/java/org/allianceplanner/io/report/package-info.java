/**
 * Report writers for an alliance study: {@link org.allianceplanner.io.report.ReportWriter} writes a
 * self-contained HTML report (charts and map as inline SVG drawn here, no scripts needed to see them),
 * an Excel workbook with every table, and the whole result as JSON ({@link
 * org.allianceplanner.io.report.PlanJson}).
 */
@NullMarked
package org.allianceplanner.io.report;

import org.jspecify.annotations.NullMarked;
