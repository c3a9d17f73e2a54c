package org.allianceplanner.server.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors that never reach a controller (a filter's failure, a request the container refused) as problem
 * details too, instead of the container's page.
 */
@RestController
public class ProblemErrorController implements ErrorController {
    @RequestMapping(value = "/error", produces = MediaType.APPLICATION_PROBLEM_JSON_VALUE)
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer number && HttpStatus.resolve(number) != null
                ? HttpStatus.valueOf(number)
                : HttpStatus.INTERNAL_SERVER_ERROR;
        String detail =
                switch (status) {
                    case NOT_FOUND -> "There is nothing at this address.";
                    case PAYLOAD_TOO_LARGE -> "The request is larger than the server accepts.";
                    case BAD_REQUEST -> "The request could not be read.";
                    default -> status.is5xxServerError()
                            ? "Something went wrong on the server; nothing was changed by this request."
                            : "The request was refused: " + status.getReasonPhrase() + ".";
                };
        ProblemDetail problem = Problems.detail(
                status,
                status.is5xxServerError() ? "internal-error" : "http-" + status.value(),
                status.getReasonPhrase(),
                detail);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
