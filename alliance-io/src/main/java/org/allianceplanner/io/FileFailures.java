package org.allianceplanner.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why a file could not be read or written, in our words: Java's file exceptions carry only the path
 * as their message ({@code AccessDeniedException: /x/plants.csv}), which tells a planner nothing.
 */
public final class FileFailures {
    private FileFailures() {}

    /** The reason of {@code failure} as a few words: "permission denied", "it does not exist" … */
    public static String reason(IOException failure) {
        if (failure instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (failure instanceof NoSuchFileException) {
            return "it does not exist";
        }
        if (failure instanceof FileAlreadyExistsException) {
            return "a file of that name exists already";
        }
        if (failure instanceof NotDirectoryException) {
            return "a part of its path is a file, not a folder";
        }
        if (failure instanceof FileSystemException fileSystem) {
            // Its message is the path, which the caller names anyway.
            String reason = fileSystem.getReason();
            return reason == null ? "the system refused without saying why" : reason;
        }
        String message = failure.getMessage();
        return message == null || message.isBlank() ? "the system refused without saying why" : message;
    }
}
