/** The scenario as a folder of CSV files plus {@code scenario.yaml}. */
@NullMarked
package org.allianceplanner.io.csv;

import org.jspecify.annotations.NullMarked;
