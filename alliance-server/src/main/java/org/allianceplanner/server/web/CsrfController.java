package org.allianceplanner.server.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The CSRF token of a browser session. A request that carries the session cookie and changes something
 * must send it (header or form field); requests with a bearer token need none.
 */
@RestController
@Tag(name = "Sign-in")
public class CsrfController {
    /** Where to put the token: the header or the form field, and the token itself. */
    public record CsrfView(String headerName, String parameterName, String token) {}

    @GetMapping("/api/v1/csrf")
    @Operation(
            summary = "The CSRF token of this browser session, for unsafe requests that carry the session cookie"
                    + " (not needed with a bearer token)")
    CsrfView csrf(CsrfToken token) {
        return new CsrfView(token.getHeaderName(), token.getParameterName(), token.getToken());
    }
}
