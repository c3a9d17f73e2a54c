/** The {@code alliance} command: demo, validate, convert (and, with the engine, plan). */
@NullMarked
package org.allianceplanner.cli;

import org.jspecify.annotations.NullMarked;
