/** Partners, their dealer networks, the friction between them and the candidate coalitions. */
@NullMarked
package org.allianceplanner.model.partner;

import org.jspecify.annotations.NullMarked;
