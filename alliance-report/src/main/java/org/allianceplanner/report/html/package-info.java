/**
 * The report's HTML page ({@code report.html}): one self-contained page, written section by section, with
 * every chart (one class per chart kind) and the map drawn here as inline SVG, so it shows without script
 * or network. {@link org.allianceplanner.report.html.HtmlReport} is the entry point.
 */
@NullMarked
package org.allianceplanner.report.html;

import org.jspecify.annotations.NullMarked;
