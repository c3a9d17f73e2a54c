/**
 * Benchmarks of the service ({@code alliance bench serve-...}): they start {@code alliance-server.jar} as a
 * process of its own on 127.0.0.1 (on its embedded H2 file or on an embedded PostgreSQL) and drive it
 * over HTTP as users would. Bounded in count and time; loopback only.
 */
@NullMarked
package org.allianceplanner.bench.server;

import org.jspecify.annotations.NullMarked;
