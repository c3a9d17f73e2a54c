/**
 * What the sourcing lever returns: the parts each plant needs, which supplier delivers them at which
 * price tier, the variants made common, the cost and why. Money is in the scenario's base currency per
 * year; volumes in each variant's unit per year.
 */
@NullMarked
package org.allianceplanner.model.sourcing.plan;

import org.jspecify.annotations.NullMarked;
