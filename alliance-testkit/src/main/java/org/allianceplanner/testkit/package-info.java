/**
 * Tiny canonical scenarios that every module's tests reuse, small enough to work out expected
 * answers by hand.
 */
@NullMarked
package org.allianceplanner.testkit;

import org.jspecify.annotations.NullMarked;
