/** Part families and variants, suppliers with all-units price tiers, inbound freight and commonization options. */
@NullMarked
package org.allianceplanner.model.sourcing;

import org.jspecify.annotations.NullMarked;
