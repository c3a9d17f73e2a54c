/**
 * The Alliance Planner service ({@code ./alliance serve}): the REST API under {@code /api/v1}, studies as
 * durable jobs in a database, users and roles. Packages by feature: {@code scenario}, {@code study},
 * {@code user}; {@code web} holds only cross-cutting configuration (security, problem details,
 * OpenAPI).
 */
@NullMarked
package org.allianceplanner.server;

import org.jspecify.annotations.NullMarked;
