package org.allianceplanner.server.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** Writes problem details from a filter, where no controller advice applies. */
@Component
public class ProblemResponses {
    private final ObjectMapper json;

    public ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    /** 401: not signed in, or signed in with something the server does not accept. */
    public void unauthorized(HttpServletResponse response, String detail) throws IOException {
        write(response, Problems.detail(HttpStatus.UNAUTHORIZED, "unauthorized", "Not signed in", detail));
    }

    /** 403: signed in, but not allowed. */
    public void forbidden(HttpServletResponse response, String detail) throws IOException {
        write(response, Problems.detail(HttpStatus.FORBIDDEN, "forbidden", "Not allowed", detail));
    }

    /** Writes {@code problem} as the response. */
    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
