package org.allianceplanner.server.web;

import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * RFC 9457 problem details in our words. Features throw what these make; {@link ApiExceptionHandler}
 * turns every other failure into one too.
 */
public final class Problems {
    /** Where the problem types are described. */
    public static final String TYPE_BASE = "https://allianceplanner.org/problems/";

    private Problems() {}

    /**
     * A problem of {@code status}: {@code type} is a short slug ({@code not-found}), {@code title} says
     * what kind of problem, {@code detail} this occurrence in a user's words.
     */
    public static ErrorResponseException of(HttpStatus status, String type, String title, String detail) {
        return of(status, type, title, detail, Map.of());
    }

    /** As {@link #of(HttpStatus, String, String, String)}, with extra members (e.g. {@code problems}). */
    public static ErrorResponseException of(
            HttpStatus status, String type, String title, String detail, Map<String, Object> members) {
        ProblemDetail problem = detail(status, type, title, detail);
        members.forEach(problem::setProperty);
        return new ErrorResponseException(status, problem, null);
    }

    /** The problem body itself. */
    public static ProblemDetail detail(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }

    /**
     * No such object for this caller: the same answer whether it does not exist or belongs to someone
     * else, so that ids cannot be probed.
     */
    public static ErrorResponseException notFound(String what, long id) {
        return of(HttpStatus.NOT_FOUND, "not-found", "Not found", "There is no " + what + " " + id + ".");
    }
}
