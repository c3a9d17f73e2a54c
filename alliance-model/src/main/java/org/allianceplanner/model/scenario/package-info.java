/** The scenario: every partner's data plus the alliance settings, as immutable records. */
@NullMarked
package org.allianceplanner.model.scenario;

import org.jspecify.annotations.NullMarked;
