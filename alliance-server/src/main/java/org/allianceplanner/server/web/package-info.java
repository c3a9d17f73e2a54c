/** Cross-cutting web configuration: security, RFC 9457 problem details for every error, OpenAPI. */
@NullMarked
package org.allianceplanner.server.web;

import org.jspecify.annotations.NullMarked;
