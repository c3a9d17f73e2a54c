/** Vehicle models, their bills of materials and the demand and price per market. */
@NullMarked
package org.allianceplanner.model.vehicle;

import org.jspecify.annotations.NullMarked;
