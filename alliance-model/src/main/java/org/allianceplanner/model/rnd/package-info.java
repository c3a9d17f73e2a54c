/** R&amp;D programs, their tasks, the engineering teams they need and the teams each partner has. */
@NullMarked
package org.allianceplanner.model.rnd;

import org.jspecify.annotations.NullMarked;
