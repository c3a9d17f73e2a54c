/** The whole study result as JSON ({@code plan.json}), written and read back by {@link org.allianceplanner.report.json.PlanJson}. */
@NullMarked
package org.allianceplanner.report.json;

import org.jspecify.annotations.NullMarked;
