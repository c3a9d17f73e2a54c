/**
 * The scenario tables as data: every table and column with its type, unit, default and meaning, and
 * how its rows turn into model records and back. The CSV folder, the workbook and the format doc all
 * read this one description.
 */
@NullMarked
package org.allianceplanner.io.table;

import org.jspecify.annotations.NullMarked;
