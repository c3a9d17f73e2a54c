/** Markets (customs territories), countries, vehicle freight lanes and import tariffs. */
@NullMarked
package org.allianceplanner.model.geography;

import org.jspecify.annotations.NullMarked;
