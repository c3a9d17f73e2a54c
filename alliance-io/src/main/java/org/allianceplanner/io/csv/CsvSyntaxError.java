package org.allianceplanner.io.csv;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a CSV text could not be parsed, in our words: Commons CSV's messages ("EOF reached before
 * encapsulated token finished", "Invalid character between encapsulated token and delimiter") name its
 * parser's internals, not what a planner should fix.
 *
 * @param row the 1-based line the parser stopped at (the header is row 1), or 0 when it did not say
 * @param rule what is wrong, as the end of a sentence that starts with the file's name
 * @param hint a likely fix, starting with "Maybe"
 */
public record CsvSyntaxError(int row, String rule, String hint) {
    private static final Pattern START_LINE = Pattern.compile("startline (\\d+)");
    private static final Pattern AT_LINE = Pattern.compile("at line: (\\d+)");

    /** The meaning of {@code failure}, an exception thrown while parsing CSV text. */
    public static CsvSyntaxError of(Exception failure) {
        String message = innermostMessage(failure);
        Matcher startLine = START_LINE.matcher(message);
        if (message.contains("EOF reached before encapsulated token finished") && startLine.find()) {
            return new CsvSyntaxError(
                    Integer.parseInt(startLine.group(1)),
                    "ends inside a quoted cell that starts on this row.",
                    "Maybe a closing quote (\") is missing, or the file was cut off.");
        }
        Matcher atLine = AT_LINE.matcher(message);
        if (message.contains("between encapsulated token and delimiter")) {
            return new CsvSyntaxError(
                    atLine.find() ? Integer.parseInt(atLine.group(1)) : 0,
                    "has a quoted cell followed by more text before the next separator, such as \"a\"b.",
                    "Maybe a quote inside a cell is not doubled: write the cell as \"a \"\"quoted\"\" word\", or"
                            + " remove the quotes.");
        }
        int row = startLine.find()
                ? Integer.parseInt(startLine.group(1))
                : atLine.find() ? Integer.parseInt(atLine.group(1)) : 0;
        return new CsvSyntaxError(
                row,
                "cannot be read as CSV" + (row > 0 ? " from this row on." : "."),
                "Maybe open it in a spreadsheet and save it again as 'CSV UTF-8'.");
    }

    /** The parser's exception arrives wrapped (in an UncheckedIOException); its own message is innermost. */
    private static String innermostMessage(Throwable failure) {
        String message = String.valueOf(failure.getMessage());
        for (Throwable cause = failure.getCause(); cause != null && cause != failure; cause = cause.getCause()) {
            if (cause.getMessage() != null) {
                message = cause.getMessage();
            }
            failure = cause;
        }
        return message;
    }
}
