/** Checks a whole scenario and reports every problem at once, each tied to a table, row and column. */
@NullMarked
package org.allianceplanner.model.validation;

import org.jspecify.annotations.NullMarked;
