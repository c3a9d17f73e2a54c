/** Records shared by every lever's plan: how the solve ended and what it proved. */
@NullMarked
package org.allianceplanner.model.plan;

import org.jspecify.annotations.NullMarked;
