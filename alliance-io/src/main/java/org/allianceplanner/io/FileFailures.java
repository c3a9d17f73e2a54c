package org.allianceplanner.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

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
        if (failure.getClass() == IOException.class && message != null && !message.isBlank()) {
            // The operating system's own words ("No space left on device").
            return message;
        }
        // A subclass from a library speaks of its internals.
        return "the system refused without saying why";
    }

    /**
     * A likely fix for a file that could not be read because of {@code failure}, starting with "Maybe",
     * or {@code null} when none is likely.
     */
    public static @Nullable String readHint(IOException failure) {
        if (failure instanceof AccessDeniedException) {
            return "Maybe you may not open it; ask its owner to let you read it, or use a copy of your own.";
        }
        if (failure instanceof NoSuchFileException) {
            return "Maybe check the path.";
        }
        return null;
    }

    /**
     * The sentence for {@code what} (e.g. "the scenario") that could not be written to {@code target}
     * because of {@code failure}: the path, the reason and a hint, with no exception's name.
     */
    public static String notWritten(String what, Path target, IOException failure) {
        Path absolute = target.toAbsolutePath().normalize();
        Path fileInTheWay = fileInTheWay(absolute);
        if (fileInTheWay != null) {
            return "Could not write " + what + " to " + absolute + ": " + fileInTheWay
                    + " is a file, not a folder.\nMaybe choose a path in a folder, or another name.";
        }
        String hint;
        if (failure instanceof AccessDeniedException) {
            hint = "Maybe the folder is read-only, or the file is open in another program (Excel); choose"
                    + " another place, or close it and try again.";
        } else if (failure instanceof FileAlreadyExistsException || failure instanceof NotDirectoryException) {
            hint = "Maybe a file stands where a folder is needed; choose another name.";
        } else {
            hint = "Maybe the disk is full or the file is open in another program; close it and try again.";
        }
        return "Could not write " + what + " to " + absolute + ": " + reason(failure) + ".\n" + hint;
    }

    /** The nearest existing part of {@code target}'s folders when it is a file, or {@code null}. */
    private static @Nullable Path fileInTheWay(Path target) {
        Path folder = target.getParent();
        while (folder != null && !Files.exists(folder)) {
            folder = folder.getParent();
        }
        return folder != null && !Files.isDirectory(folder) ? folder : null;
    }
}
