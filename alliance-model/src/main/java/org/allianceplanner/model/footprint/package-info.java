/**
 * The footprint lever's plan: which plant builds which model for which market, which plants and
 * platform lines run, what is sold through whose dealers, the profit it earns and why. Money is in the
 * scenario's base currency per year; volumes in vehicles per year.
 */
@NullMarked
package org.allianceplanner.model.footprint;

import org.jspecify.annotations.NullMarked;
