/**
 * The {@code alliance bench} command (picocli) and its entry point {@link
 * org.allianceplanner.bench.command.BenchCommand}: each benchmark suite as a subcommand that prints CSV.
 */
@NullMarked
package org.allianceplanner.bench.command;

import org.jspecify.annotations.NullMarked;
