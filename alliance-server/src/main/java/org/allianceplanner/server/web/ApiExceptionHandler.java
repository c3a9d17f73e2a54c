package org.allianceplanner.server.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the API as RFC 9457 problem details in our words: Spring's own (404, 405, 415, …),
 * unreadable JSON naming the field, upload limits, and anything unexpected as a 500 with a reference to
 * the log, never a stack trace or a library's message.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem =
                Problems.detail(HttpStatus.BAD_REQUEST, "bad-request-body", "Bad request body", unreadable(ex));
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> fields = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of(
                        "field",
                        error.getField(),
                        "rule",
                        error.getDefaultMessage() == null ? "is not valid" : error.getDefaultMessage()))
                .toList();
        ProblemDetail problem = Problems.detail(
                HttpStatus.BAD_REQUEST,
                "invalid-request",
                "Invalid request",
                fields.stream().map(f -> f.get("field") + " " + f.get("rule")).collect(Collectors.joining("; ")) + ".");
        problem.setProperty("problems", fields);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = Problems.detail(
                HttpStatus.PAYLOAD_TOO_LARGE,
                "upload-too-large",
                "Upload too large",
                "The upload is larger than the server accepts (alliance.upload.max-bytes); split the scenario or"
                        + " ask the operator to raise the limit.");
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
    }

    /** A path variable or parameter of the wrong type ({@code /studies/abc}). */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> wrongType(MethodArgumentTypeMismatchException ex) {
        ProblemDetail problem = Problems.detail(
                HttpStatus.BAD_REQUEST,
                "invalid-request",
                "Invalid request",
                ex.getName() + ": \"" + ex.getValue() + "\" is not " + expected(ex.getRequiredType()) + ".");
        return ResponseEntity.badRequest().body(problem);
    }

    /** Anything unexpected: a 500 that points to the log by a reference, and nothing of the failure. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex) {
        String reference = UUID.randomUUID().toString();
        LOG.error("Unexpected failure, reference {}", reference, ex);
        ProblemDetail problem = Problems.detail(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error",
                "Internal error",
                "Something went wrong on the server; nothing was changed by this request. The operator can find"
                        + " it in the log under reference " + reference + ".");
        problem.setProperty("reference", reference);
        return ResponseEntity.internalServerError().body(problem);
    }

    private static String unreadable(HttpMessageNotReadableException ex) {
        Throwable cause = ex.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return "unknown field \"" + unknown.getPropertyName() + "\"" + at(unknown) + "; the fields are "
                    + unknown.getKnownPropertyIds() + ".";
        }
        if (cause instanceof InvalidFormatException wrong) {
            return "field " + path(wrong) + ": \"" + wrong.getValue() + "\" is not " + expected(wrong.getTargetType())
                    + ".";
        }
        if (cause instanceof MismatchedInputException mismatched
                && !mismatched.getPath().isEmpty()) {
            return "field " + path(mismatched) + " must be " + expected(mismatched.getTargetType()) + ".";
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return "field " + path(mapping) + " is not valid.";
        }
        if (cause instanceof JsonProcessingException json && json.getLocation() != null) {
            return "the body is not valid JSON (line " + json.getLocation().getLineNr() + ", column "
                    + json.getLocation().getColumnNr() + ").";
        }
        return "the body is missing or is not the JSON this request takes.";
    }

    private static String at(JsonMappingException mapping) {
        List<JsonMappingException.Reference> path = mapping.getPath();
        return path.size() > 1 ? " in " + path(mapping).replaceAll("\\.[^.]*$", "") : "";
    }

    private static String path(JsonMappingException mapping) {
        StringBuilder text = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                if (text.length() > 0) {
                    text.append('.');
                }
                text.append(reference.getFieldName());
            } else {
                text.append('[').append(reference.getIndex()).append(']');
            }
        }
        return "\"" + text + "\"";
    }

    private static String expected(@Nullable Class<?> type) {
        if (type == null) {
            return "of the right type";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (java.util.Map.class.isAssignableFrom(type)) {
            return "an object";
        }
        if (type == String.class) {
            return "a text";
        }
        return "an object";
    }
}
