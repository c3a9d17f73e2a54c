package org.allianceplanner.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Guards what a user may have edited: a command that writes a scenario refuses a file, or a folder
 * with anything in it, unless told to replace it with {@code --force}.
 */
final class ExistingOutput {
    private ExistingOutput() {}

    /** Whether {@code path} is a file, or a folder with anything in it. */
    static boolean holdsSomething(Path path) {
        if (!Files.isDirectory(path)) {
            return Files.exists(path);
        }
        try (Stream<Path> entries = Files.list(path)) {
            return entries.findAny().isPresent();
        } catch (IOException e) {
            // A folder we cannot list is not one to write into blindly either.
            return true;
        }
    }

    /** The message that refuses to write {@code what} over {@code path}. */
    static String refusal(Path path, String what) {
        return String.format(
                "alliance: %s exists already; writing %s there would replace what it holds.%n"
                        + "Maybe choose a new name, or add --force to replace it.%n",
                path.toAbsolutePath().normalize(), what);
    }
}
