/** Scenarios uploaded as a zipped CSV folder or a workbook, kept as the uploaded bytes with a summary. */
@NullMarked
package org.allianceplanner.server.scenario;

import org.jspecify.annotations.NullMarked;
