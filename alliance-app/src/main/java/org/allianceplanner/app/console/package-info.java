/** What the command-line programs (the {@code alliance} command and the benchmarks) share on a console. */
@NullMarked
package org.allianceplanner.app.console;

import org.jspecify.annotations.NullMarked;
