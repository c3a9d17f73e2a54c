/**
 * The RCPSP benchmark: PSPLIB single-mode instances ({@code .sm}) and reference tables read,
 * turned into one-partner R&amp;D scenarios and solved by the R&amp;D lever, one CSV line per
 * instance.
 */
@NullMarked
package org.allianceplanner.bench.rcpsp;

import org.jspecify.annotations.NullMarked;
