/** Plants, platforms, platform lines at plants and today's production. */
@NullMarked
package org.allianceplanner.model.plant;

import org.jspecify.annotations.NullMarked;
