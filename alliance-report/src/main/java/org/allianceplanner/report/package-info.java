/**
 * The report of an alliance study, rendered from its {@link
 * org.allianceplanner.model.alliance.AllianceStudyResult} alone: {@link
 * org.allianceplanner.report.ReportWriter} writes the report folder (a self-contained HTML page, a
 * workbook with every table, the result as JSON); {@link org.allianceplanner.report.StudyView} is what
 * every renderer shares. Sub-packages hold one renderer each: {@code html} (the page, its charts and
 * map as inline SVG), {@code workbook}, {@code json} and {@code text} (the console report).
 */
@NullMarked
package org.allianceplanner.report;

import org.jspecify.annotations.NullMarked;
